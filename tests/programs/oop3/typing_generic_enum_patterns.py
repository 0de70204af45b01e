from typing import Generic, TypeVar, Protocol, NamedTuple, Iterator, Callable, Any, Union, Optional
T = TypeVar("T")
K = TypeVar("K", bound=str)
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
    def __iter__(self) -> Iterator[T]:
        return iter(reversed(self.items))
s: Stack[int] = Stack[int]()
s.push(1); s.push(2)
print(list(s), s.pop(), type(s).__name__, Stack[int])
class Point(NamedTuple):
    x: float
    y: float = 0.0
    def dist(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5
p = Point(3, 4)
print(p, p.dist(), p._replace(x=0), p._asdict(), Point._fields, p[0], Point(1))
x, y = p
print(x, y, isinstance(p, tuple))
class Greeter(Protocol):
    def greet(self) -> str: ...
class En:
    def greet(self) -> str:
        return "hello"
def welcome(g: Greeter) -> str:
    return g.greet()
print(welcome(En()))
def apply(f: Callable[[int], int], v: int) -> int:
    return f(v)
print(apply(lambda v: v + 1, 2), Optional[int], Union[int, str], Callable[[int], str])
print(T, K.__bound__, Stack.__parameters__)
from collections import namedtuple
Pair = namedtuple("Pair", "a b")
pr = Pair(1, b=2)
print(pr, pr.a, pr._fields, Pair._make([5, 6]))
try:
    Pair(1)
except TypeError as e:
    print("TypeError:", e)
from enum import Enum, auto, IntEnum, Flag
class Color(Enum):
    RED = auto()
    GREEN = auto()
    def describe(self):
        return f"{self.name.lower()}={self.value}"
print(Color.RED, repr(Color.GREEN), Color(2), Color["RED"], [c.describe() for c in Color], len(Color))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
class Level(IntEnum):
    LOW = 1
    HIGH = 2
print(Level.LOW < Level.HIGH, Level.HIGH + 1, sorted([Level.HIGH, Level.LOW]))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, Perm.R in (Perm.R | Perm.X), repr(Perm.R | Perm.W))
