# numbers: the tower's isinstance answers, the abstract methods each level
# leaves, the derived methods of a user's Integral and Real
import numbers, fractions, decimal, math

levels = (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)
for v in (3, True, 2.5, 1j, fractions.Fraction(1, 3), decimal.Decimal("1.5"), "7", None):
    print(repr(v), [isinstance(v, c) for c in levels])
for c in levels:
    print(c.__name__, sorted(c.__abstractmethods__))
print(numbers.Number.__hash__, numbers.__all__)

class Small(numbers.Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __repr__(self): return "Small(%d)" % self.v
    def __add__(self, o): return Small(self.v + int(o))
    __radd__ = __add__
    def __neg__(self): return Small(-self.v)
    def __pos__(self): return Small(self.v)
    def __mul__(self, o): return Small(self.v * int(o))
    __rmul__ = __mul__
    def __truediv__(self, o): return self.v / int(o)
    def __rtruediv__(self, o): return int(o) / self.v
    def __pow__(self, e, m=None): return Small(pow(self.v, int(e), m))
    def __rpow__(self, b): return b ** self.v
    def __abs__(self): return Small(abs(self.v))
    def __eq__(self, o): return self.v == int(o)
    def __hash__(self): return hash(self.v)
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, n=None): return self.v
    def __floordiv__(self, o): return Small(self.v // int(o))
    def __rfloordiv__(self, o): return Small(int(o) // self.v)
    def __mod__(self, o): return Small(self.v % int(o))
    def __rmod__(self, o): return Small(int(o) % self.v)
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    def __lshift__(self, o): return Small(self.v << int(o))
    def __rlshift__(self, o): return Small(int(o) << self.v)
    def __rshift__(self, o): return Small(self.v >> int(o))
    def __rrshift__(self, o): return Small(int(o) >> self.v)
    def __and__(self, o): return Small(self.v & int(o))
    def __rand__(self, o): return Small(int(o) & self.v)
    def __xor__(self, o): return Small(self.v ^ int(o))
    def __rxor__(self, o): return Small(int(o) ^ self.v)
    def __or__(self, o): return Small(self.v | int(o))
    def __ror__(self, o): return Small(int(o) | self.v)
    def __invert__(self): return Small(~self.v)

s = Small(7)
print(s - 2, 10 - s, divmod(s, 2), divmod(30, s), bool(s), bool(Small(0)))
print(float(s), complex(s), s.real, s.imag, s.conjugate(), s.numerator, s.denominator)
print([10, 20, 30, 40, 50, 60, 70, 80][s], hex(s), math.floor(s), isinstance(s, numbers.Rational))

class Half(numbers.Rational):
    pass
try:
    Half()
except TypeError as e:
    print(e)

print(numbers.Rational.__float__(fractions.Fraction(1, 3)), numbers.Integral.__float__(5))
print(numbers.Complex.__sub__.__qualname__, numbers.Real.__divmod__(7.5, 2), numbers.Real.__rdivmod__(2.0, 7))
try:
    numbers.Complex.__add__(1, 2)
except NotImplementedError:
    print("NotImplementedError")
