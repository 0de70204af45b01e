class V:
    def __init__(self, *c):
        self.c = list(c)
    def __repr__(self):
        return f"V{tuple(self.c)}"
    def __add__(self, o):
        if isinstance(o, V):
            return V(*(a + b for a, b in zip(self.c, o.c)))
        if isinstance(o, (int, float)):
            return V(*(a + o for a in self.c))
        return NotImplemented
    __radd__ = __add__
    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return V(*(a * k for a in self.c))
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return V(*(-a for a in self.c))
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __eq__(self, o):
        return isinstance(o, V) and self.c == o.c
    def __lt__(self, o):
        return abs(self) < abs(o)
    def __iadd__(self, o):
        self.c = (self + o).c
        return self
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))
    def __bool__(self):
        return any(self.c)
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __contains__(self, x):
        return x in self.c
    __hash__ = None

a, b = V(1, 2), V(3, 4)
print(a + b, a + 1, 1 + a, a * 3, 2 * a, -a, abs(b), a @ b)
print(a == V(1, 2), a != b, a < b, b > a, sorted([b, a]))
c = a
c += b
print(a, c is a)
print(bool(V(0, 0)), len(a), a[0], a[-1], a[0:1], 4 in a, 9 in a)
try:
    a * "x"
except TypeError as e:
    print(e)
try:
    "x" - a
except TypeError as e:
    print(e)
try:
    hash(a)
except TypeError as e:
    print(e)
try:
    a <= b
except TypeError as e:
    print(e)
try:
    a ** 2
except TypeError as e:
    print(e)
try:
    {a: 1}
except TypeError as e:
    print(e)
class R:
    def __radd__(self, o):
        return f"radd({o!r})"
    def __rsub__(self, o):
        return "rsub"
    def __rpow__(self, o):
        return "rpow"
    def __rfloordiv__(self, o):
        return "rfloordiv"
print(1 + R(), [1] + R(), "s" - R() if False else 2 - R(), 2 ** R(), 7 // R())
print(sum([R()], 5) if False else sum([1, 2], 0))
class Sub(int):
    def __radd__(self, o):
        return "Sub.radd wins"
print(1 + Sub(2), Sub(2) + 1)
