import math

class Meters:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
    def __round__(self, nd=None):
        return Meters(round(self.v, nd)) if nd is not None else round(self.v)
    def __trunc__(self):
        return math.trunc(self.v)
    def __floor__(self):
        return math.floor(self.v)
    def __ceil__(self):
        return math.ceil(self.v)
    def __complex__(self):
        return complex(self.v, 1)
    def __repr__(self):
        return f"Meters({self.v})"
    def __bool__(self):
        return self.v != 0

m = Meters(3.7)
print(int(m), float(m), round(m), round(m, 0), math.trunc(m), math.floor(m), math.ceil(m), complex(m))
print(bin(Meters(5)), hex(Meters(255)), oct(Meters(8)), [10, 20, 30, 40][Meters(2)], "abcdef"[Meters(1):Meters(4)])
print(list(range(Meters(3))), bool(Meters(0)), bool(m), operator_index := __import__("operator").index(Meters(9)))

class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
try:
    if BadBool():
        pass
except TypeError as e:
    print("TypeError:", e)
class BadIndex:
    def __index__(self):
        return 1.5
try:
    [1, 2][BadIndex()]
except TypeError as e:
    print("TypeError:", e)
class BadInt:
    def __int__(self):
        return "x"
try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)
class BadFloat:
    def __float__(self):
        return 1
try:
    float(BadFloat())
except TypeError as e:
    print("TypeError:", e)
class NoConv:
    pass
for fn in (int, float, complex, bin, round, math.floor):
    try:
        fn(NoConv())
    except TypeError as e:
        print(fn.__name__, "TypeError:", e)
try:
    [1][NoConv()]
except TypeError as e:
    print("TypeError:", e)
try:
    range(NoConv())
except TypeError as e:
    print("TypeError:", e)
try:
    "x" * NoConv()
except TypeError as e:
    print("TypeError:", e)
class LenOnly:
    def __len__(self):
        return 0
print(bool(LenOnly()), not LenOnly())
class IntSub(int):
    pass
print(int(IntSub(5)).__class__.__name__, float(IntSub(2)), IntSub(3) + IntSub(4), type(IntSub(3) + IntSub(4)).__name__)
print(True + True, True * 3.0, -True, ~True, True / 2, True // 1, divmod(True, 2))
