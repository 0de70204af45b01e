class Vec:
    def __init__(self, *c):
        self.c = list(c)
    def __repr__(self):
        return 'Vec' + repr(tuple(self.c))
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __setitem__(self, i, v):
        self.c[i] = v
    def __delitem__(self, i):
        del self.c[i]
    def __contains__(self, v):
        return v in self.c
    def __iter__(self):
        return iter(self.c)
    def __neg__(self):
        return Vec(*[-x for x in self.c])
    def __abs__(self):
        return sum(x * x for x in self.c) ** 0.5
    def __mul__(self, k):
        return Vec(*[x * k for x in self.c])
    def __rmul__(self, k):
        return self * k
    def __iadd__(self, other):
        self.c = [a + b for a, b in zip(self.c, other.c)]
        return self
    def __bool__(self):
        return any(self.c)
    def __call__(self, i):
        return self.c[i] * 10
v = Vec(3, 4)
print(v, len(v), v[0], v[-1], 3 in v, list(v), -v, abs(v), v * 2, 2 * v, bool(v), bool(Vec(0)), v(1))
v[0] = 10; print(v)
v += Vec(1, 1); print(v)
del v[0]; print(v)
print([x for x in Vec(1, 2, 3)], sum(Vec(1, 2, 3)), max(Vec(5, 9, 2)))
