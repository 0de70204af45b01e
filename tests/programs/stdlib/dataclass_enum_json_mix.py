# dataclasses with enums: asdict (deep copies of enum members), order, frozen, NamedTuple, Flag/IntEnum, json
from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar
from enum import Enum, IntEnum, Flag, auto, unique
from typing import List, Optional, Dict, NamedTuple
import json
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
class Perm(Flag):
    R = auto(); W = auto(); X = auto()
class Prio(IntEnum):
    LOW = 1; HIGH = 2
@dataclass(order=True)
class Item:
    name: str
    price: float = 0.0
    tags: List[str] = field(default_factory=list)
    color: Color = Color.RED
@dataclass(frozen=True)
class Pt:
    x: int
    y: int = 0
class Emp(NamedTuple):
    name: str
    age: int = 30
items = [Item("b", 2.5, ["x"]), Item("a", 1.0), Item("c", 2.5, color=Color.BLUE)]
print(sorted(items)[0], asdict(items[0]), astuple(items[1]), replace(items[1], price=9))
print([f.name for f in fields(Item)], Item.__doc__ if False else "", items[0] == Item("b", 2.5, ["x"]))
p = Pt(1, 2); print(p, hash(p) == hash(Pt(1, 2)))
try: p.x = 5
except Exception as e: print(type(e).__name__, e)
print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.RED.name, Color.RED.value, list(Color), len(Color), Color.RED in Color)
print(Perm.R | Perm.W, Perm.R in (Perm.R | Perm.X), repr(Perm.R | Perm.W), Perm(5), ~Perm.R)
print(Prio.HIGH > Prio.LOW, Prio.HIGH + 1, sorted([Prio.HIGH, Prio.LOW]), int(Prio.LOW), f"{Prio.HIGH}", str(Prio.HIGH), format(Color.RED))
e = Emp("bob"); print(e, e._fields, e._replace(age=5), e._asdict())
print(json.dumps({"items": [asdict(i) | {"color": i.color.name} for i in items]}, indent=2, sort_keys=True))
try: Color(9)
except ValueError as ex: print(ex)
@unique
class U(Enum):
    A = 1
    B = 2
class WithMethods(Enum):
    X = "x"
    def describe(self): return f"{self.name}={self.value}"
    @classmethod
    def default(cls): return cls.X
print(WithMethods.X.describe(), WithMethods.default(), Color.RED is Color(1), {Color.RED: 1})
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
    def add(self, v):
        n = Node(v); self.children.append(n); return n
root = Node(1); root.add(2).add(3); print(root)
@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    def __post_init__(self): self.b = self.a * 2
print(WithPost(3))
@dataclass
class KW:
    a: int
    _: InitVar[int] = 0
print(KW(1, 2))
