import random
random.seed(42)
print(random.random(), random.random(), random.randint(1, 100), random.choice('abcdef'), random.uniform(1, 2))
l = list(range(10)); random.shuffle(l); print(l, random.sample(range(100), 5), random.randrange(0, 100, 7), random.getrandbits(70))
print(random.choices(['a', 'b', 'c'], weights=[1, 5, 2], k=6), random.gauss(0, 1), random.sample(range(10**6), 3))
random.seed(2**70 + 5); print([random.randint(0, 9) for _ in range(10)])
random.seed(0); print(random.random(), random.randrange(10))
r = random.Random(7); print(r.random(), r.choice([1, 2, 3]))
random.seed(3.5); print(random.random())
st = random.getstate(); a = random.random(); random.setstate(st); print(a == random.random())
import copy
class P:
    def __init__(self): self.items = [1, [2, 3]]; self.name = 'p'
p = P(); q = copy.copy(p); r2 = copy.deepcopy(p)
p.items[1].append(4)
print(q.items, r2.items, q.name, copy.deepcopy({'a': [1, {2}]}), copy.copy([1, [2]]))
from typing import List, Dict, Optional, Tuple, Any, Union, Callable, NamedTuple
def f(x: List[int], y: Optional[Dict[str, int]] = None) -> Tuple[int, ...]:
    return tuple(x)
print(f([1, 2]), List[int], Optional[int], Dict[str, Any])
class Emp(NamedTuple):
    name: str
    dept: str = 'eng'
e = Emp('ann')
print(e, e.dept, Emp._fields, e._replace(dept='ops'))
from dataclasses import dataclass, field, asdict, astuple, replace, fields
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
i = Item('pen', 1.5)
print(i, i == Item('pen', 1.5), asdict(i), astuple(i), replace(i, price=2.0), [f.name for f in fields(i)])
@dataclass(order=True, frozen=True)
class V:
    x: int
    y: int = 0
print(V(1, 2) < V(1, 3), sorted([V(2), V(1, 5)]), hash(V(1)) == hash(V(1)))
try:
    V(1).x = 5
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    Item()
except TypeError as ex:
    print(ex)
@dataclass
class Node:
    val: int
    def __post_init__(self):
        self.double = self.val * 2
print(Node(4), Node(4).double)
from enum import Enum, IntEnum, auto, unique, Flag
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color(3), Color['RED'], Color.RED.name, Color.RED.value, list(Color), len(Color), Color.RED in Color)
print(Color.RED == Color.RED, Color.RED is Color(1), {Color.RED: 'r'}[Color.RED], f'{Color.BLUE}', Color)
try:
    Color(7)
except ValueError as ex:
    print(ex)
class Prio(IntEnum):
    LOW = auto()
    HIGH = auto()
print(Prio.LOW, repr(Prio.HIGH), Prio.HIGH > Prio.LOW, Prio.LOW + 1, sorted([Prio.HIGH, Prio.LOW]))
class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
print([s.value for s in Shape], Shape.__members__.keys())
class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, Perm.R in (Perm.R | Perm.X), repr(Perm.R & Perm.W))
from abc import ABC, abstractmethod
class Animal(ABC):
    @abstractmethod
    def speak(self): ...
class Dog(Animal):
    def speak(self): return 'woof'
print(Dog().speak(), isinstance(Dog(), Animal))
try:
    Animal()
except TypeError as ex:
    print(ex)
class Half(Animal):
    pass
try:
    Half()
except TypeError as ex:
    print(ex)
