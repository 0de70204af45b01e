class V:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f'V({self.x}, {self.y})'
    def __add__(self, o): return V(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return V(self.x * k, self.y * k)
    def __rmul__(self, k): return self * k
    def __neg__(self): return V(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o): return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __bool__(self): return bool(self.x or self.y)
    def __len__(self): return 2
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __iter__(self): yield self.x; yield self.y
    def __contains__(self, v): return v in (self.x, self.y)
    def __lt__(self, o): return abs(self) < abs(o)
v, w = V(1, 2), V(3, 4)
print(v + w, w - v, v * 3, 3 * v, -v, abs(w), v == V(1, 2), v != w, bool(V(0, 0)), len(v), v[1], list(v), 2 in v, v < w)
print({v: 1}[V(1, 2)], sorted([w, v]), max(v, w), tuple(v), [*w])
x, y = w
print(x, y)
class Idx:
    def __index__(self): return 2
print([10, 20, 30][Idx()], 'abc'[Idx()], bin(Idx()), range(10)[Idx()])
class Call:
    def __call__(self, *a, **k): return a, k
print(Call()(1, b=2), callable(Call()), callable(Call))
class Ctx:
    def __enter__(self): print('enter'); return self
    def __exit__(self, *a): print('exit', a[0].__name__ if a[0] else None); return True
with Ctx() as c:
    raise ValueError('swallowed')
print('after with')
