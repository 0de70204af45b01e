# dataclasses: field options, asdict/astuple/replace, __post_init__, InitVar, kw_only, slots=True, frozen, order, inheritance, errors
import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar, KW_ONLY, FrozenInstanceError, is_dataclass, make_dataclass
from typing import ClassVar, Optional

@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    secret: str = field(default="x", repr=False, compare=False)
    count: int = field(default=1, metadata={"unit": "pcs"})
    kind: ClassVar[str] = "item"
i = Item("pen", 1.5)
print(i, repr(i), i == Item("pen", 1.5, secret="y"), i.tags is not Item("a").tags, Item.kind, [f.name for f in fields(i)])
print(fields(Item)[4].metadata["unit"], fields(Item)[4].metadata, fields(Item)[2].default_factory is list, fields(Item)[0].default is dataclasses.MISSING, type(dataclasses.MISSING).__name__)
print(asdict(i), astuple(i), replace(i, price=2.0), is_dataclass(i), is_dataclass(Item), is_dataclass(1), Item.__match_args__)
print(Item.__init__.__annotations__ if False else "", Item.__dataclass_params__.__class__.__name__, Item.__dataclass_fields__["tags"].name)
try:
    Item()
except TypeError as e:
    print("TypeError", e)
try:
    replace(i, nope=1)
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class BadDefault:
        a: list = []
except ValueError as e:
    print("ValueError", e)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)
v = Version(1, 2, "b")
print(sorted([Version(2), Version(1, 5), v]), v < Version(1, 3), hash(v) == hash(Version(1, 2, "zz")), {v: 1}[Version(1, 2)])
try:
    v.major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError", e, isinstance(e, AttributeError))
try:
    del v.minor
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
try:
    Version(1) < (1, 0)
except TypeError as e:
    print("TypeError", e)

@dataclass
class Rect:
    w: float
    h: float
    scale: InitVar[float] = 1.0
    area: float = field(init=False)
    def __post_init__(self, scale):
        self.w *= scale
        self.h *= scale
        self.area = self.w * self.h
r = Rect(2, 3, scale=2)
print(r, [f.name for f in fields(r)], asdict(r), Rect(1, 1))

@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int
o = Opts(level=3)
print(o)
try:
    Opts(True, 3)
except TypeError as e:
    print("TypeError", e)
@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int
    d: int = field(default=4, kw_only=False)
print(Mixed(1, c=3), Mixed(1, 9, c=3, b=7), Mixed.__match_args__)

@dataclass(slots=True)
class Pt:
    x: int
    y: int = 0
p = Pt(1)
print(p, Pt.__slots__, hasattr(p, "__dict__"))
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError", e)
@dataclass(slots=True, frozen=True)
class FPt:
    x: int
print(FPt(3), hash(FPt(3)) == hash(FPt(3)))

@dataclass
class Base:
    x: int
    y: int = 0
    def total(self):
        return self.x + self.y
@dataclass
class Child(Base):
    z: int = 5
    y: int = 10
c = Child(1)
print(c, c.total(), [f.name for f in fields(Child)], asdict(c), isinstance(c, Base), Child.__mro__[1].__name__)
@dataclass
class Nested:
    items: list
    mapping: dict
    pair: tuple
    child: Optional[Base] = None
n = Nested([Base(1), Base(2, 3)], {"k": Base(4)}, (Base(5), 6), Base(7))
print(asdict(n))
print(astuple(n))
print(asdict(n, dict_factory=lambda kv: {k: v for k, v in kv if k != "mapping"}))
@dataclass(eq=False)
class Ident:
    a: int
print(Ident(1) == Ident(1), Ident(1).__eq__ is not None)
@dataclass(repr=False)
class NoRepr:
    a: int
print(repr(NoRepr(1)).startswith("<__main__.NoRepr object"))
@dataclass(unsafe_hash=True)
class Hashable:
    a: int
    b: list = field(default_factory=list, hash=False)
print(hash(Hashable(1)) == hash(Hashable(1, [2])))
@dataclass
class Unhashable:
    a: int
print(Unhashable.__hash__)
D = make_dataclass("D", ["a", ("b", int), ("c", int, field(default=3))], bases=(), namespace={"total": lambda self: self.a + self.b + self.c})
print(D(1, 2), D(1, 2).total(), [f.type for f in fields(D)])
@dataclass
class WithDefaultsFn:
    a: int = field(default_factory=lambda: 42)
    b: str = dataclasses.field(default="s", init=False)
print(WithDefaultsFn(), WithDefaultsFn(1))
try:
    fields(1)
except TypeError as e:
    print("TypeError", e)
try:
    asdict(Item)
except TypeError as e:
    print("TypeError", e)
@dataclass
class Recursive:
    val: int
    next: "Recursive | None" = None
print(Recursive(1, Recursive(2)), fields(Recursive)[1].type)
@dataclass
class Matchable:
    x: int
    y: int
match Matchable(1, 2):
    case Matchable(a, y=b):
        print("matched", a, b)
@dataclass(init=False)
class Manual:
    a: int
    def __init__(self, a):
        self.a = a * 10
print(Manual(2), dataclasses.fields(Manual)[0].name)
@dataclass(frozen=True)
class OnlySomeHashed:
    a: int
    b: int = field(compare=False)
    c: list = field(default=None, hash=False)
    d: int = field(default=0, compare=False, hash=True)
print(hash(OnlySomeHashed(1, 2, [3], 4)) == hash((1, 4)), OnlySomeHashed(1, 2) == OnlySomeHashed(1, 3))
try:
    @dataclass(unsafe_hash=True)
    class Explicit:
        a: int
        def __hash__(self):
            return 1
except TypeError as e:
    print("TypeError", e)
@dataclass(frozen=True)
class KeepsOwnHash:
    a: int
    def __hash__(self):
        return 7
print(hash(KeepsOwnHash(1)))
