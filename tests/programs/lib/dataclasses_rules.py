# dataclasses: self-holding reprs, frozen inheritance rules, frozen errors, __post_init__, the generated methods' names
from dataclasses import dataclass, field, FrozenInstanceError, fields, asdict
@dataclass
class Node:
    name: str
    link: object = None
n = Node('a'); n.link = n
print(n)
print(Node('x') == ('x', None), Node('x') != Node('y'))
@dataclass(frozen=True)
class F:
    a: int
try:
    @dataclass
    class G(F):
        b: int = 0
except TypeError as e:
    print(e)
try:
    @dataclass(frozen=True)
    class H(Node):
        c: int = 0
except TypeError as e:
    print(e)
f = F(1)
try:
    del f.a
except FrozenInstanceError as e:
    print('del', e)
try:
    f.b = 2
except FrozenInstanceError as e:
    print('new', e)
print(F.__hash__ is not None, F.__hash__.__qualname__, F.__setattr__.__qualname__)
@dataclass
class WithPost:
    a: int
    b: int = field(init=False, default=7)
    def __post_init__(self):
        self.a *= 2
print(WithPost(2), asdict(WithPost(1)))
try:
    fields(5)
except TypeError as e:
    print(e)
try:
    WithPost(1, 2)
except TypeError as e:
    print(e)
@dataclass
class Defaults:
    xs: tuple = ()
    d: frozenset = frozenset()
print(Defaults(), Defaults.__init__.__defaults__ if hasattr(Defaults.__init__, '__defaults__') else '')
print(Node.__init__.__qualname__, Node.__repr__.__qualname__, Node.__eq__.__qualname__)
print(type(fields(Node)[0]).__name__, [m.__qualname__ for m in (Node.__eq__,)])
