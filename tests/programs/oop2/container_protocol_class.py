class SparseVector:
    """A vector that stores only its non-zero entries."""

    def __init__(self, size, entries=None):
        self.size = size
        self.data = {}
        for i, v in (entries or {}).items():
            self[i] = v

    def _check(self, i):
        if not isinstance(i, int):
            raise TypeError(f"indices must be integers, not {type(i).__name__}")
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError(f"index {i} out of range for size {self.size}")
        return i

    def __getitem__(self, key):
        if isinstance(key, slice):
            return [self[i] for i in range(*key.indices(self.size))]
        return self.data.get(self._check(key), 0)

    def __setitem__(self, key, value):
        i = self._check(key)
        if value:
            self.data[i] = value
        else:
            self.data.pop(i, None)

    def __delitem__(self, key):
        self.data.pop(self._check(key), None)

    def __len__(self):
        return self.size

    def __iter__(self):
        return (self.data.get(i, 0) for i in range(self.size))

    def __contains__(self, value):
        return value in self.data.values() or (value == 0 and len(self.data) < self.size)

    def __bool__(self):
        return bool(self.data)

    def __eq__(self, other):
        if not isinstance(other, SparseVector):
            return NotImplemented
        return self.size == other.size and self.data == other.data

    def __add__(self, other):
        if not isinstance(other, SparseVector) or other.size != self.size:
            return NotImplemented
        out = SparseVector(self.size, self.data)
        for i, v in other.data.items():
            out[i] = out[i] + v
        return out

    def __repr__(self):
        return f"SparseVector({self.size}, {dict(sorted(self.data.items()))})"


v = SparseVector(6, {1: 5, 4: -2})
w = SparseVector(6, {1: -5, 2: 7})
print(v, list(v), len(v), v[1], v[-2], v[1:5], v[::2], 5 in v, 0 in v, 9 in v)
print(v + w, bool(SparseVector(3)), bool(v), v == SparseVector(6, {4: -2, 1: 5}), v != w)
v[0] = 3
del v[4]
v[5] = 0
print(v, sum(v), max(v), sorted(v), [i for i, x in enumerate(v) if x])
for bad in [lambda: v[6], lambda: v["a"], lambda: v + 1, lambda: v < w, lambda: SparseVector(2) + v]:
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
