from abc import ABC, abstractmethod
from dataclasses import dataclass, field, asdict, replace, FrozenInstanceError

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f"{type(self).__name__} area={self.area():.2f}"

class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def perimeter(self):
        return 4 * self.s

class Half(Shape):
    def area(self):
        return 0

for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(Sq(3).describe(), isinstance(Sq(1), Shape))

@dataclass(order=True)
class Card:
    rank: int
    suit: str = "hearts"
    tags: list = field(default_factory=list, compare=False, repr=False)

c1, c2 = Card(10), Card(3, "spades")
print(c1, c2, c1 > c2, sorted([c1, c2]), c1 == Card(10, tags=[1]))
print(asdict(c1), replace(c2, rank=4))

@dataclass(frozen=True)
class Pt:
    x: float
    y: float = 0.0
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
p = Pt(3, 4)
print(p, p.norm(), hash(p) == hash(Pt(3, 4)), {p, Pt(3, 4)})
try:
    p.x = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)

@dataclass
class Inventory:
    items: dict = field(default_factory=dict)
    total: int = field(init=False, default=0)
    def __post_init__(self):
        self.total = sum(self.items.values())
inv = Inventory({"a": 2, "b": 3})
print(inv, inv.total)
try:
    Card()
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Mut:
        x: list = []
except ValueError as e:
    print("ValueError:", e)
