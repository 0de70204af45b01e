# dataclasses: nested asdict/astuple, match, ClassVar, inheritance, make_dataclass, InitVar with replace, order, unsafe_hash
from dataclasses import dataclass, field, fields, asdict, astuple, replace, make_dataclass, InitVar, KW_ONLY, is_dataclass
from typing import ClassVar, List, Optional
import dataclasses

@dataclass
class Node:
    value: int
    children: List['Node'] = field(default_factory=list)
    parent: Optional['Node'] = field(default=None, repr=False, compare=False)
    count: ClassVar[int] = 0

n = Node(1, [Node(2), Node(3, [Node(4)])])
print(n)
print(asdict(n))
print(astuple(n))
print(Node.__match_args__, Node.count, [f.name for f in fields(Node)])
match n:
    case Node(value=1, children=[first, *rest]):
        print('matched', first, len(rest))

@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str = 'x'
print(hash(Key(1)) == hash(Key(1)), {Key(1): 1}[Key(1)], Key.__hash__ is not None)

@dataclass(eq=True, frozen=False)
class NoHash:
    a: int
print(NoHash.__hash__)

@dataclass
class Base:
    x: int
    y: int = 0
@dataclass
class Derived(Base):
    z: int = 5
    x: int = 10
print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)])

C = make_dataclass('C', ['a', ('b', int), ('c', int, field(default=3))], namespace={'total': lambda self: self.a + self.b + self.c})
print(C(1, 2), C(1, 2).total(), C.__name__, is_dataclass(C))

@dataclass
class P:
    x: int
    scale: InitVar[int] = 2
    y: int = field(init=False)
    def __post_init__(self, scale):
        self.y = self.x * scale
p = P(3)
print(p, replace(p, x=5), replace(p, x=5, scale=10))
try:
    replace(p, y=1)
except ValueError as e:
    print('ValueError', e)

@dataclass(repr=False)
class Quiet:
    a: int
print(repr(Quiet(1)).startswith('<__main__.Quiet object'))

@dataclass(order=True)
class Ord:
    a: int
    b: str = field(compare=False, default='')
print(sorted([Ord(3), Ord(1, 'z'), Ord(2)]), Ord(1) == Ord(1, 'q'))
try:
    Ord(1) < 3
except TypeError as e:
    print(e)

@dataclass
class WithDefaults:
    a: int = 1
    b: list = field(default_factory=lambda: [1, 2])
print(WithDefaults(), WithDefaults.a, hasattr(WithDefaults, 'b'))
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)

import re
print(re.sub(r' at 0x[0-9a-f]+', '', repr(dataclasses.fields(p)[0])))
