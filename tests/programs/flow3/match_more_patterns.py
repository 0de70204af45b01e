def m(x):
    match x:
        case [1, *mid, 9]:
            return f"framed {mid}"
        case (a, b) if a == b:
            return "twin"
        case [int() | float() as n, str() as s]:
            return f"num-str {n} {s}"
        case {"k": [_, *_] as lst}:
            return f"k-list {lst}"
        case {**rest} if not rest:
            return "empty mapping"
        case str() | bytes():
            return "text"
        case [*_]:
            return "some seq"
        case -1:
            return "minus one"
        case 1+2j:
            return "complex"
        case _:
            return "nope"
for v in [[1, 2, 3, 9], (1, 9), (4, 4), [2.5, "x"], {"k": [1, 2]}, {"k": []}, {}, "abc", b"x",
          range(3), -1, 1+2j, 3, [], (1,), {1: 2}]:
    print(repr(v), m(v))
class P:
    __match_args__ = ("a", "b")
    def __init__(self, a, b):
        self.a, self.b = a, b
match P(1, 2):
    case P(b=2, a=x):
        print("kw", x)
match P(1, 2):
    case P(1, c=3):
        print("no")
    case P(1, b=2):
        print("mixed")
try:
    match P(1, 2):
        case P(1, a=1):
            pass
except TypeError as e:
    print("TypeError:", e)
class BadArgs:
    __match_args__ = ["x"]
    x = 1
try:
    match BadArgs():
        case BadArgs(y):
            print("list match_args ok", y)
except TypeError as e:
    print("TypeError:", e)
try:
    match 5:
        case len():
            pass
except TypeError as e:
    print("TypeError:", e)
match (1, 2, 3):
    case (1, *rest):
        print(type(rest).__name__, rest)
from collections import OrderedDict, defaultdict
match OrderedDict(a=1):
    case {"a": v}:
        print("ordered", v)
dd = defaultdict(int)
match dd:
    case {"missing": _}:
        print("matched missing?")
    case _:
        print("defaultdict not auto-filled", dict(dd))
x = 5
match x:
    case y:
        print("capture", y)
import math
match 3.14159:
    case math.pi:
        print("pi")
    case float(f) if abs(f - math.pi) < 0.01:
        print("near pi")
match [True, False]:
    case [1, 0]:
        print("bools match ints")
match 1:
    case True:
        print("1 is True?")
    case _:
        print("1 is not True pattern")
