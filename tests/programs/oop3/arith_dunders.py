class Vec:
    def __init__(self, *c):
        self.c = list(c)
    def __repr__(self):
        return f"Vec{tuple(self.c)}"
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(*(a + b for a, b in zip(self.c, o.c)))
        if isinstance(o, (int, float)):
            return Vec(*(a + o for a in self.c))
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o):
        return Vec(*(a - b for a, b in zip(self.c, o.c)))
    def __mul__(self, k):
        if isinstance(k, Vec):
            return sum(a * b for a, b in zip(self.c, k.c))
        return Vec(*(a * k for a in self.c))
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Vec(*(a / k for a in self.c))
    def __floordiv__(self, k):
        return Vec(*(a // k for a in self.c))
    def __mod__(self, k):
        return Vec(*(a % k for a in self.c))
    def __pow__(self, k, mod=None):
        return Vec(*(pow(a, k, mod) for a in self.c))
    def __neg__(self):
        return Vec(*(-a for a in self.c))
    def __pos__(self):
        return self
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __invert__(self):
        return Vec(*reversed(self.c))
    def __matmul__(self, o):
        return "matmul"
    def __iadd__(self, o):
        print("iadd")
        self.c = [a + o for a in self.c]
        return self
    def __bool__(self):
        return any(self.c)
    def __len__(self):
        return len(self.c)
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __lshift__(self, o): return "lshift"
    def __rshift__(self, o): return "rshift"
    def __rlshift__(self, o): return "rlshift"

v = Vec(1, 2, 3)
w = Vec(4, 5, 6)
print(v + w, v + 1, 1 + v, v - w)
print(v * 2, 2 * v, v * w)
print(v / 2, v // 2, v % 2, v ** 2, pow(v, 2, 3))
print(-v, +v is v, abs(Vec(3, 4)), ~v, v @ w)
print(v & 1, v | 1, v ^ 1, v << 1, v >> 1, 1 << v)
u = v
u += 10
print(u is v, v)
print(bool(Vec(0, 0)), bool(v), len(v))
try:
    v + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "s" - v
except TypeError as e:
    print("TypeError:", e)
try:
    v @= 3
    print(v)
except TypeError as e:
    print("TypeError:", e)
try:
    divmod(v, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    v < w
except TypeError as e:
    print("TypeError:", e)
w -= Vec(1, 1, 1)
print(w)
