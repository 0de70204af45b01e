class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented
    __rmul__ = __mul__
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __bool__(self):
        return bool(self.x or self.y)
    def __matmul__(self, other):
        return self.x * other.x + self.y * other.y
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, n):
        return Vec(self.x ** n, self.y ** n)
    def __invert__(self):
        return Vec(self.y, self.x)
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 2 * a, -a, +a, abs(b), a @ b, b / 2, b // 2, b % 2, a ** 2, ~a)
print(sum([a, b, Vec(1, 1)]), a == Vec(1, 2), a != b, bool(Vec(0, 0)), {a, Vec(1, 2)})
for bad in [lambda: a + 1, lambda: 1 + a, lambda: a * "s", lambda: a < b, lambda: "x" - a]:
    try:
        bad()
    except TypeError as e:
        print(e)
class Money:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, other):
        self.v += other
        return self
    def __lt__(self, other):
        return self.v < other.v
    def __le__(self, other):
        return self.v <= other.v
    def __repr__(self):
        return f"M{self.v}"
m = Money(5)
m += 10
print(m, Money(1) < Money(2), Money(3) > Money(2), Money(2) >= Money(2), sorted([Money(3), Money(1)]))
class Reflect:
    def __eq__(self, other):
        print("Reflect.__eq__ called")
        return True
print(1 == Reflect(), Reflect() == 1, [Reflect()] == [5])
