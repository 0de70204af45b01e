# enum: auto, IntEnum, StrEnum, Flag/IntFlag, unique, aliases, _missing_, functional API, __str__/__format__/repr as in 3.11
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color.CRIMSON is Color.RED, list(Color), len(Color), Color(2), Color["BLUE"], Color.RED.name, Color.RED.value)
print(list(Color.__members__), Color.__members__["CRIMSON"], f"{Color.RED}", format(Color.GREEN, ""), str(Color.BLUE), Color.RED in Color, hash(Color.RED) == hash(Color.RED))
print(Color.RED == 1, Color.RED < Color.GREEN if False else "", isinstance(Color.RED, Color), type(Color.RED), Color, repr(Color))
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    class Bigger(Color):
        PINK = 4
except TypeError as e:
    print("TypeError", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print("ValueError", e)
try:
    class Twice(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError", e)

class Auto(Enum):
    FIRST = auto()
    SECOND = auto()
    THIRD = 10
    FOURTH = auto()
print([(m.name, m.value) for m in Auto])
class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    NORTH = auto()
    SOUTH = auto()
print([m.value for m in Named], Named("north"))
class Prio(IntEnum):
    LOW = 1
    MID = auto()
    HIGH = 5
print(Prio.LOW, repr(Prio.MID), str(Prio.HIGH), f"{Prio.HIGH}", format(Prio.LOW, "03d"), f"{Prio.MID:>5}", Prio.LOW + 1, Prio.HIGH > Prio.LOW, Prio.MID == 2, sorted([Prio.HIGH, Prio.LOW]), int(Prio.HIGH), Prio(5), "%d %s" % (Prio.LOW, Prio.LOW))
print([p.name for p in Prio], Prio.LOW.value, isinstance(Prio.LOW, int), Prio["MID"], max(Prio), list(range(Prio.HIGH)))
class Mode(StrEnum):
    READ = auto()
    WRITE = "w"
print(Mode.READ, repr(Mode.READ), Mode.WRITE == "w", f"{Mode.WRITE}", Mode.READ.upper(), "x" + Mode.WRITE, Mode("read"))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm.RWX, repr(Perm(0)), Perm(6), list(Perm.RWX) if hasattr(Perm.RWX, "__iter__") else "", Perm.R in Perm.RWX, bool(Perm(0)), ~Perm.R, Perm.RWX & ~Perm.W, (Perm.R | Perm.X).name, Perm(3).value)
print(list(Perm), len(Perm.R | Perm.W), str(Perm.R), f"{Perm.W}", Perm.R ^ Perm.RWX)
class Open(IntFlag):
    RD = 1
    WR = 2
    APPEND = 4
print(Open.RD | Open.WR, repr(Open.RD | Open.WR), Open.RD | 8, repr(Open(0)), str(Open.WR), f"{Open.RD | Open.APPEND}", Open.RD + 1, Open(3) == 3, ~Open.RD, repr(Open(9)))
class AutoFlag(Flag):
    A = auto()
    B = auto()
    C = auto()
print([m.value for m in AutoFlag], AutoFlag.A | AutoFlag.C, repr(AutoFlag(5)))
try:
    Perm(8)
except ValueError as e:
    print("ValueError", e)
class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None
print(Status("ACTIVE"), Status("Inactive"))
try:
    Status(3)
except ValueError as e:
    print("ValueError", e)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 3)
print(Planet.EARTH.value, Planet.EARTH.mass, Planet.MERCURY.gravity, Planet((5.976e+24, 6.37814e6)))
class Shape(Enum):
    SQUARE = 2
    CIRCLE = 1
    def describe(self):
        return f"{self.name.title()} with value {self.value}"
    def __str__(self):
        return f"<{self.name}>"
    @property
    def sides(self):
        return {2: 4, 1: 0}[self.value]
print(Shape.SQUARE.describe(), Shape.CIRCLE, f"{Shape.CIRCLE}", Shape.SQUARE.sides, repr(Shape.SQUARE))
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal.CAT))
Fruit = Enum("Fruit", [("APPLE", 10), ("PEAR", 20)])
print(Fruit.PEAR, Fruit(10), IntEnum("Num", {"ONE": 1, "TWO": 2}).TWO + 0)
class Ordered(Enum):
    _order_ = "A B"
    A = 1
    B = 2
print(list(Ordered), Color.RED.__class__.__name__, Color._member_names_, type(Color).__name__, Color.__name__)
class Weekday(Enum):
    MON = 1
    TUE = 2
    _ignore_ = ["tmp"]
    tmp = 5
    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]
print(Weekday.MON.next(), Weekday.TUE.next(), hasattr(Weekday, "tmp"))
print({Color.RED: "r", Color.GREEN: "g"}[Color.CRIMSON], sorted(Color, key=lambda c: c.value, reverse=True), Color.RED.__reduce_ex__(4)[0] is Color)
class Const(Enum):
    PI = 3.14
    E = 2.72
    @enum.nonmember
    class Inner:
        pass
    HELPER = enum.nonmember(5)
print(list(Const), Const.HELPER, Const.PI.value)
class Rel(IntEnum):
    A = 1
print(enum.Enum.__members__ if False else "", Rel.A.__format__(""), "{:b}".format(Rel.A), hex(Rel.A), Rel.A.real)
class SE(str, Enum):
    X = "x"
print(SE.X, repr(SE.X), f"{SE.X}", SE.X == "x", format(SE.X))
class IE(int, Enum):
    ONE = 1
print(IE.ONE, repr(IE.ONE), f"{IE.ONE}", format(IE.ONE, ""))
try:
    format(IE.ONE, "d")     # (3.11 formats a mixed-in enum by its str())
except ValueError as e:
    print("ValueError", e)
class Verb(Flag, boundary=enum.STRICT):
    A = 1
    B = 2
try:
    Verb(4)
except ValueError as e:
    print("ValueError", e)
class Conform(Flag, boundary=enum.CONFORM):
    A = 1
    B = 2
class Eject(Flag, boundary=enum.EJECT):
    A = 1
    B = 2
class Keep(Flag, boundary=enum.KEEP):
    A = 1
    B = 2
class StrictInt(IntFlag, boundary=enum.STRICT):
    A = 1
    B = 2
print(Conform(7), repr(Conform(7)), Conform._boundary_, Eject(7), type(Eject(7)).__name__, ~Eject.A, Eject(3))
print(Keep(7), repr(Keep(7)), ~Keep.A, repr(Keep(-1)), ~StrictInt.A, repr(StrictInt.A | StrictInt.B))
try:
    StrictInt(7)
except ValueError as e:
    print("ValueError", e)
print(repr(enum.STRICT), str(enum.KEEP), list(enum.FlagBoundary), Flag._boundary_, IntFlag._boundary_, hasattr(Prio, "_boundary_"))
class Members(Enum):
    PLAIN = 1
    FUNC = enum.member(len)
    CONST = enum.nonmember(10)
    def method(self):
        return self.name
print(list(Members), Members.CONST, Members.FUNC.value is len, Members.PLAIN.method(), "CONST" in Members.__members__)
class Outer(Enum):
    ONE = 1
    class Nested:
        pass
print(list(Outer))
