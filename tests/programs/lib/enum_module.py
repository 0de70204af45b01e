# enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
import copy
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique


def attempt(label, action):
    try:
        print(label, action())
    except Exception as error:
        print(label, type(error).__name__, error)


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


print(Color.RED, repr(Color.GREEN), Color(3), Color['BLUE'], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), list(Color.__members__), Color.RED.name, Color.RED.value)
print(f'{Color.RED:>12}|', format(Color.BLUE, ''), '%s' % Color.GREEN, str(Color.BLUE))
print(Color.RED == 1, Color.RED == Color(1), Color.RED != Color.BLUE)
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.BLUE])[0] is Color.BLUE)
print(Color.RED.__reduce_ex__(4), dir(Color.RED), isinstance(Color.RED, Color))
attempt('missing value', lambda: Color(7))
attempt('missing name', lambda: Color['PINK'])
attempt('set', lambda: setattr(Color.RED, 'value', 5))
attempt('del', lambda: delattr(Color.BLUE, 'name'))
print(len({Color.RED: 1, Color.BLUE: 2, Color.CRIMSON: 3}))
attempt('unique', lambda: unique(Color))


@unique
class Direction(Enum):
    NORTH = 'n'
    SOUTH = 's'


print(Direction('n'), Direction.SOUTH.value, [d.name for d in Direction])


class Step(Enum):
    FIRST = auto()
    SECOND = auto()
    THIRD = auto()


print(list(Step), [s.value for s in Step])


class Shape(Enum):
    SQUARE = 10
    CIRCLE = 3
    TRIANGLE = auto()


print(list(Shape))


class Label(Enum):
    TEXT = 'x'
    NEXT = auto()


print(list(Label))


class Lower(StrEnum):
    ALPHA = auto()
    BETA = 'beta value'


print(Lower.ALPHA, repr(Lower.ALPHA), Lower.ALPHA == 'alpha', Lower.BETA.upper(), f'{Lower.BETA}')


class Level(IntEnum):
    LOW = 1
    HIGH = 3


print(Level.LOW < Level.HIGH, Level.HIGH + 1, Level(3), str(Level.LOW), repr(Level.HIGH), f'{Level.HIGH:03d}')
print(sorted([Level.HIGH, Level.LOW]), Level.LOW == 1, int(Level.HIGH), [1, 2, 3, 4][Level.HIGH])


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), rw.value, list(rw))
print(~Perm.R, Perm(0), Perm(7), Perm.R ^ Perm.W)


class Bits(IntFlag):
    A = auto()
    B = auto()
    C = auto()


print([b.value for b in Bits], Bits.A | Bits.C, (Bits.A | Bits.B) + 0, Bits(5), Bits.A | 8)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)


print(Planet.EARTH.value, Planet.EARTH.mass, Planet.MERCURY.gravity, Planet((5.976e+24, 6.37814e6)))


class Mood(Enum):
    HAPPY = 'happy'
    SAD = 'sad'

    def describe(self):
        return f'{self.name.lower()} is {self.value}'

    @classmethod
    def default(cls):
        return cls.HAPPY

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None


print(Mood.SAD.describe(), Mood.default(), Mood('HAPPY'))
attempt('missing hook', lambda: Mood(3))


def extend():
    class More(Color):
        PINK = 9


attempt('extend', extend)
