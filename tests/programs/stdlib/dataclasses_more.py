# dataclasses: field options, the errors at class creation, order/frozen, kw_only, slots=True, inheritance, make_dataclass, InitVar, asdict/astuple/replace
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, make_dataclass, InitVar, FrozenInstanceError
from typing import ClassVar, List
@dataclass
class A:
    x: int
    y: str = "a"
    z: List[int] = field(default_factory=list, repr=False)
    n: ClassVar[int] = 0
print(A(1), A(1, "b", [1]) == A(1, "b", [1]), [f.name for f in fields(A)], is_dataclass(A), is_dataclass(A(1)), A.__match_args__)
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e: print(e)
try:
    @dataclass
    class Bad2:
        x: int = 1
        y: int
except TypeError as e: print(e)
@dataclass(order=True, frozen=True)
class V:
    a: int
    b: int = 0
print(V(1) < V(2), V(1, 2) <= V(1, 2), hash(V(1)) == hash(V(1)), sorted([V(2), V(1, 5), V(1)]))
try: V(1) < 1
except TypeError as e: print(e)
try: V(1).a = 2
except FrozenInstanceError as e: print(type(e).__name__, e)
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1))
try: K(1)
except TypeError as e: print(e)
@dataclass(slots=True)
class S:
    a: int
print(S(1), S.__slots__, hasattr(S(1), "__dict__"))
@dataclass
class Base:
    x: int = 0
@dataclass
class Derived(Base):
    y: int = 1
print(Derived(), Derived(5, 6), fields(Derived)[0].name)
P = make_dataclass("P", ["x", ("y", int, field(default=3))]); print(P(1))
@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 1
    def __post_init__(self, scale): self.a *= scale
print(WithInit(2, 10), asdict(WithInit(1)))
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1))
@dataclass(repr=False)
class NoRepr:
    a: int
print(repr(NoRepr(1)).startswith("<__main__.NoRepr object"))
@dataclass
class Nested:
    inner: A
    items: list
print(asdict(Nested(A(1), [A(2)])), astuple(Nested(A(1), [])), replace(A(1), y="q"))
print(A.__dataclass_fields__["z"].default_factory, A.__dataclass_params__ if False else "")
try: replace(A(1), nope=1)
except TypeError as e: print(e)
