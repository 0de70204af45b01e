# enum.verify with UNIQUE, CONTINUOUS and NAMED_FLAGS, EnumCheck, and show_flag_values.
from enum import Enum, IntEnum, Flag, IntFlag, EnumCheck, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, show_flag_values
import enum


def attempt(make):
    try:
        cls = make()
        print("ok:", list(cls))
    except (ValueError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")


def dup():
    @verify(UNIQUE)
    class Color(Enum):
        RED = 1
        GREEN = 2
        CRIMSON = 1
        LIME = 2
    return Color


def gap():
    @verify(CONTINUOUS)
    class Level(IntEnum):
        LOW = 1
        MID = 3
        TOP = 6
    return Level


def flag_gap():
    @verify(CONTINUOUS)
    class Bits(Flag):
        A = 1
        D = 8
        E = 32
    return Bits


def named():
    @verify(NAMED_FLAGS)
    class Perm(Flag):
        R = 1
        W = 2
        RWX = 7
    return Perm


def named2():
    @verify(NAMED_FLAGS)
    class Perm(IntFlag):
        R = 1
        ALL = 13
        MORE = 17
    return Perm


def fine():
    @verify(UNIQUE, CONTINUOUS, NAMED_FLAGS)
    class Step(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
    return Step


def not_enum():
    @verify(UNIQUE)
    class Plain:
        pass
    return Plain


def long_gap():
    return verify(CONTINUOUS)(Enum("Wide", [("A", 1), ("B", 400)]))


for make in (dup, gap, flag_gap, named, named2, fine, not_enum, long_gap):
    attempt(make)
print(list(EnumCheck), UNIQUE, repr(CONTINUOUS), NAMED_FLAGS.value)
print(show_flag_values(13), show_flag_values(0), enum.verify.__name__)
