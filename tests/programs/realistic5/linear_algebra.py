# Vector and matrix classes: operator overloading (__matmul__, __radd__, __iadd__, __rmul__), tuple/slice indexing, __iter__, __bool__, __hash__.
import math
from fractions import Fraction
from numbers import Number


class Vector:
    __slots__ = ("_c",)

    def __init__(self, *components):
        if len(components) == 1 and not isinstance(components[0], Number):
            components = tuple(components[0])
        self._c = tuple(components)

    def __len__(self):
        return len(self._c)

    def __iter__(self):
        return iter(self._c)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(self._c[i])
        return self._c[i]

    def __repr__(self):
        return f"Vector({', '.join(map(repr, self._c))})"

    def __str__(self):
        return "<" + ", ".join(f"{x:g}" if isinstance(x, float) else str(x) for x in self._c) + ">"

    def _check(self, other):
        if not isinstance(other, Vector):
            return False
        if len(other) != len(self):
            raise ValueError(f"dimension mismatch: {len(self)} vs {len(other)}")
        return True

    def __add__(self, other):
        if not self._check(other):
            return NotImplemented
        return Vector(a + b for a, b in zip(self, other))

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __sub__(self, other):
        if not self._check(other):
            return NotImplemented
        return Vector(a - b for a, b in zip(self, other))

    def __mul__(self, k):
        if isinstance(k, Number):
            return Vector(a * k for a in self)
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vector(a / k for a in self)

    def __matmul__(self, other):
        if isinstance(other, Vector):
            self._check(other)
            return sum(a * b for a, b in zip(self, other))
        return NotImplemented

    def __neg__(self):
        return -1 * self

    def __abs__(self):
        return math.hypot(*self._c)

    def __bool__(self):
        return any(self._c)

    def __eq__(self, other):
        return isinstance(other, Vector) and self._c == other._c

    def __hash__(self):
        return hash(("Vector", self._c))


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.shape = (len(self.rows), len(self.rows[0]) if self.rows else 0)

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @classmethod
    def from_function(cls, n, m, f):
        return cls([[f(i, j) for j in range(m)] for i in range(n)])

    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            if isinstance(r, slice) or isinstance(c, slice):
                rows = self.rows[r] if isinstance(r, slice) else [self.rows[r]]
                return Matrix([row[c] if isinstance(c, slice) else [row[c]] for row in rows])
            return self.rows[r][c]
        return Vector(self.rows[key])

    def __setitem__(self, key, value):
        r, c = key
        self.rows[r][c] = value

    def __iter__(self):
        return (Vector(r) for r in self.rows)

    def __repr__(self):
        width = max((len(str(x)) for r in self.rows for x in r), default=1)
        lines = ["[" + " ".join(f"{str(x):>{width}}" for x in r) + "]" for r in self.rows]
        return "\n".join(lines)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    @property
    def T(self):
        return Matrix(zip(*self.rows))

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __iadd__(self, other):
        for r, s in zip(self.rows, other.rows):
            for j, b in enumerate(s):
                r[j] += b
        return self

    def __mul__(self, k):
        return Matrix([[a * k for a in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        if isinstance(other, Vector):
            return Vector(Vector(r) @ other for r in self.rows)
        if self.shape[1] != other.shape[0]:
            raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __rmatmul__(self, vec):
        return Vector(vec @ Vector(c) for c in zip(*self.rows))

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def determinant(self):
        m = [[Fraction(x) for x in r] for r in self.rows]
        n, det = len(m), Fraction(1)
        for col in range(n):
            pivot = next((r for r in range(col, n) if m[r][col] != 0), None)
            if pivot is None:
                return Fraction(0)
            if pivot != col:
                m[col], m[pivot] = m[pivot], m[col]
                det = -det
            det *= m[col][col]
            for r in range(col + 1, n):
                f = m[r][col] / m[col][col]
                m[r] = [a - f * b for a, b in zip(m[r], m[col])]
        return det


v, w = Vector(1, 2, 3), Vector(4.0, -5, 0.5)
print(v, w, repr(v + w), v - w, 2 * v, v * 3, -v, w / 2)
print(v @ w, abs(Vector(3, 4)), bool(Vector(0, 0)), bool(v), sum([v, w, v]))
print(v[1], v[::-1], v[1:], list(v), len(v), v == Vector([1, 2, 3]), {v: "x"}[Vector(1, 2, 3)])
try:
    v + Vector(1, 2)
except ValueError as e:
    print("error:", e)
try:
    v + 1
except TypeError as e:
    print("error:", e)
try:
    Vector(1).x = 3
except AttributeError as e:
    print("error:", e)

A = Matrix([[1, 2], [3, 4]])
B = Matrix.from_function(2, 3, lambda i, j: i * 3 + j)
print(A, B, A @ B, sep="\n--\n")
print(A[1], A[0, 1], A[:, 0].rows, A[1, :].rows, B[:, 1:].rows, B.T.shape)
print(A @ Vector(1, 1), Vector(1, 1) @ A, (A ** 10)[0, 0], A ** 0 == Matrix.identity(2))
C = A
C += Matrix.identity(2)
print(C is A, A.rows, (2 * A).rows, (A * Fraction(1, 2)).rows)
A[0, 0] = 7
print(A.rows, [str(r) for r in A])
try:
    A @ Matrix([[1, 2, 3]])
except ValueError as e:
    print("error:", e)
fib = Matrix([[1, 1], [1, 0]]) ** 90
print("fib(90) =", fib[0, 1])
hilbert = Matrix.from_function(4, 4, lambda i, j: Fraction(1, i + j + 1))
print("det(hilbert4) =", hilbert.determinant(), float(hilbert.determinant()))
print("det =", Matrix([[2, -3, 1], [2, 0, -1], [1, 4, 5]]).determinant(), Matrix([[1, 2], [2, 4]]).determinant())
rot = Matrix([[math.cos(math.pi / 6), -math.sin(math.pi / 6)], [math.sin(math.pi / 6), math.cos(math.pi / 6)]])
p = Vector(1.0, 0.0)
for _ in range(12):
    p = rot @ p
print("full turn:", Vector(round(x, 9) + 0.0 for x in p), round(abs(p), 12))
