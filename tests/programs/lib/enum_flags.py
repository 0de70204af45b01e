# enum: Flag and IntFlag as in 3.11 (canonical members, pseudo-members, boundaries, ~), membership tests
from enum import Flag, IntFlag, auto, Enum
class Perm(Flag):
    R = auto(); W = auto(); X = auto(); RWX = R | W | X; NONE = 0
print(len(Perm), list(Perm), list(Perm.__members__), Perm._member_names_)
print(list(Perm.RWX), len(Perm.RWX), list(Perm(0)), len(Perm(0)), Perm(5), repr(Perm(5)), Perm(7), repr(~Perm.R), repr(~Perm.RWX), Perm.NONE, repr(Perm(0)))
print(Perm.R ^ Perm.RWX, Perm.RWX & Perm.W, Perm.R in Perm.RWX, bool(Perm.NONE))
for bad in (8, 'x', -9):
    try: print(Perm(bad))
    except Exception as e: print(type(e).__name__, e)
try: 1 in Perm.R
except TypeError as e: print(e)
class Mode(IntFlag):
    A = 1; B = 2
print(repr(Mode.A | Mode.B), repr(Mode.A | 4), repr(~Mode.A), repr(Mode(4)), repr(Mode(7)), repr(Mode.A ^ Mode.B), repr(Mode.A & 3), repr(3 | Mode.A), repr(Mode.A + 1), type(Mode.A + 1))
print(list(Mode(3)), len(Mode), Mode(0), repr(Mode(0)), str(Mode.A|Mode.B), format(Mode.B, 'd'), repr(~Mode(0)), repr(Mode(-1)))
class Color(Flag):
    RED = 1; GREEN = 2; BLUE = 4
    WHITE = 7
print(repr(Color(6)), str(Color(6)), Color(6).name, Color.WHITE.name, Color(7), ~Color.RED, Color.RED.value, Color(6) is Color(6))
print(repr(Color.RED | Color.GREEN), Color(0), repr(Color(0)), list(Color), type(Color.__members__).__name__)
try: Color.RED | 1
except TypeError as e: print(e)
try: Color(-1)
except ValueError as e: print(e)
print(repr(~Color(0)), Color(-8) if False else '')

import warnings
warnings.simplefilter('ignore', DeprecationWarning)


class Suit(Enum):
    HEARTS = 1


class Rank(Enum):
    ACE = 1


print(Suit.HEARTS in Suit, Rank.ACE in Suit, repr(Suit), repr(Perm))
for probe in (1, 'HEARTS', None):
    try:
        print(probe in Suit)
    except TypeError as e:
        print(e)
