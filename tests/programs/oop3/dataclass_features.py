from dataclasses import dataclass, field, fields, astuple, KW_ONLY, InitVar
from typing import ClassVar, Optional, List
@dataclass
class Base:
    id: int
    tags: List[str] = field(default_factory=list)
@dataclass
class Child(Base):
    name: str = "anon"
    count: ClassVar[int] = 0
    def __post_init__(self):
        Child.count += 1
c = Child(1, ["a"], "bob")
print(c, Child.count, [f.name for f in fields(c)], astuple(c))
print(Child(2) == Child(2), Child(2) == Base(2))
@dataclass(slots=True)
class S:
    x: int
    y: int = 2
s = S(1)
print(s, hasattr(s, "__dict__"), S.__slots__)
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 0
print(K(a=1))
try:
    K(1)
except TypeError as e:
    print("TypeError:", e)
@dataclass
class M:
    a: int
    _: KW_ONLY
    b: int = 3
print(M(1, b=4))
@dataclass
class WithInit:
    x: int
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.x *= scale
print(WithInit(3, 4))
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1))
@dataclass(unsafe_hash=True)
class H:
    v: int
print(hash(H(1)) == hash(H(1)))
@dataclass
class Node:
    val: int
    next: Optional["Node"] = None
print(Node(1, Node(2)))
@dataclass(repr=False)
class R:
    v: int
    def __repr__(self):
        return "custom"
print(R(1), Child.__match_args__)
match Child(5, [], "z"):
    case Child(5, _, name):
        print("matched", name)
