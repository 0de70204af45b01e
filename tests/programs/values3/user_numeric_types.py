from functools import total_ordering
import math


@total_ordering
class Money:
    __slots__ = ("cents", "currency")

    def __init__(self, amount, currency="USD"):
        self.cents = round(amount * 100)
        self.currency = currency

    @classmethod
    def _from_cents(cls, cents, currency):
        m = cls.__new__(cls)
        m.cents, m.currency = cents, currency
        return m

    def _check(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        if other.currency != self.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
        return other

    def __add__(self, other):
        other = self._check(other)
        if other is NotImplemented:
            return other
        return Money._from_cents(self.cents + other.cents, self.currency)

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Money._from_cents(round(self.cents * k), self.currency)
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Money._from_cents(round(self.cents / k), self.currency)

    def __neg__(self):
        return Money._from_cents(-self.cents, self.currency)

    def __abs__(self):
        return Money._from_cents(abs(self.cents), self.currency)

    def __bool__(self):
        return self.cents != 0

    def __eq__(self, other):
        return isinstance(other, Money) and (self.cents, self.currency) == (other.cents, other.currency)

    def __lt__(self, other):
        other = self._check(other)
        if other is NotImplemented:
            return other
        return self.cents < other.cents

    def __hash__(self):
        return hash((self.cents, self.currency))

    def __repr__(self):
        return f"Money({self.cents / 100!r}, {self.currency!r})"

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        return f"{sign}{abs(self.cents) // 100:,}.{abs(self.cents) % 100:02d} {self.currency}"

    def __format__(self, spec):
        return format(str(self), spec)

    def __round__(self, n=0):
        return Money._from_cents(round(self.cents, n - 2) if n < 2 else self.cents, self.currency)

    def __int__(self):
        return self.cents // 100

    def __float__(self):
        return self.cents / 100


a = Money(19.99)
b = Money(5.01)
print(a + b, a - b if hasattr(a, "__sub__") else "no sub", a * 3, 2 * a, a / 3, -a, abs(-a), bool(Money(0)))
print(sum([a, b, Money(0.5)]), max(a, b), sorted([a, b, Money(1)]), a > b, a >= b, a <= a, b < a)
print(repr(a), str(Money(1234567.891)), f"[{a:>16}]", f"[{b:*<14}]", round(Money(1234.56)), round(Money(1250), -3), int(a), float(a), math.floor(float(a)))
print({a: "x"}[Money(19.99)], len({a, Money(19.99), b}), a == 19.99, a != b)
for expr in ["a + 1", "a < 1", "a * a", "a + Money(1, 'EUR')", "1 - a", "a @ b", "a ** 2", "divmod(a, 2)", "math.sqrt(a)", "[1][a]", "range(a)"]:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)


class Vec:
    def __init__(self, *xs):
        self.xs = xs

    def __repr__(self):
        return "Vec" + repr(self.xs)

    def __len__(self):
        return len(self.xs)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vec(*self.xs[i])
        return self.xs[i]

    def __add__(self, o):
        return Vec(*(a + b for a, b in zip(self.xs, o.xs, strict=True)))

    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.xs, o.xs))

    def __iter__(self):
        return iter(self.xs)

    def __contains__(self, x):
        return x in self.xs

    def __index__(self):
        raise TypeError("Vec is not an index")


v = Vec(1, 2, 3)
print(v + Vec(4, 5, 6), v @ v, v[1:], v[-1], len(v), list(v), 2 in v, 9 in v, sum(v), max(v), sorted(v, reverse=True), [*v, *v])
try:
    v + Vec(1)
except ValueError as e:
    print("ValueError:", e)
try:
    v[10]
except IndexError as e:
    print("IndexError:", e)
try:
    "abc"[v]
except TypeError as e:
    print("TypeError:", e)
