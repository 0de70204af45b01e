from collections import namedtuple, OrderedDict, defaultdict, Counter
import time
Pt = namedtuple("Pt", "x y")
class L(list): pass
class D(dict): pass
class T(tuple): pass
class S(str): pass
for v in [Pt(1, 2), L([1, 2]), D(a=1), T((1, 2)), S("ab"), OrderedDict(a=1), defaultdict(int, a=1), Counter(a=1), time.gmtime(0)[:2]]:
    match v:
        case {"a": a}:
            print(type(v).__name__, "mapping", a)
        case [a, b]:
            print(type(v).__name__, "sequence", a, b)
        case _:
            print(type(v).__name__, "neither")
