# Matrices with operator overloading over exact rationals (a small Fraction
# class of our own): products, powers, determinant, inverse, solving.
from math import gcd


class Frac:
    __slots__ = ("n", "d")

    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Frac with zero denominator")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d)
        self.n, self.d = n // g, d // g

    @staticmethod
    def of(x):
        return x if isinstance(x, Frac) else Frac(x)

    def __add__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__

    def __sub__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)

    def __rsub__(self, o):
        return Frac.of(o) - self

    def __mul__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__

    def __truediv__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.d, self.d * o.n)

    def __neg__(self):
        return Frac(-self.n, self.d)

    def __eq__(self, o):
        o = Frac.of(o)
        return self.n == o.n and self.d == o.d

    def __hash__(self):
        return hash((self.n, self.d))

    def __bool__(self):
        return self.n != 0

    def __lt__(self, o):
        o = Frac.of(o)
        return self.n * o.d < o.n * self.d

    def __float__(self):
        return self.n / self.d

    def __repr__(self):
        return str(self.n) if self.d == 1 else f"{self.n}/{self.d}"


class Matrix:
    def __init__(self, rows):
        self.rows = [[Frac.of(x) for x in row] for row in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0
        if any(len(r) != self.m for r in self.rows):
            raise ValueError("ragged matrix")

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __add__(self, other):
        self._same_shape(other)
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def _same_shape(self, other):
        if (self.n, self.m) != (other.n, other.m):
            raise ValueError(f"shapes {self.n}x{self.m} and {other.n}x{other.m} differ")

    def __mul__(self, other):
        if isinstance(other, Matrix):
            if self.m != other.n:
                raise ValueError(f"cannot multiply {self.n}x{self.m} by {other.n}x{other.m}")
            cols = list(zip(*other.rows))
            return Matrix([[sum((a * b for a, b in zip(row, col)), Frac(0)) for col in cols] for row in self.rows])
        return Matrix([[a * other for a in row] for row in self.rows])

    __rmul__ = __mul__

    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result * base
            base = base * base
            k >>= 1
        return result

    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def det(self):
        if self.n != self.m:
            raise ValueError("determinant of a non-square matrix")
        a = [row[:] for row in self.rows]
        det = Frac(1)
        for c in range(self.n):
            pivot = next((r for r in range(c, self.n) if a[r][c]), None)
            if pivot is None:
                return Frac(0)
            if pivot != c:
                a[c], a[pivot] = a[pivot], a[c]
                det = -det
            det = det * a[c][c]
            for r in range(c + 1, self.n):
                f = a[r][c] / a[c][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c])]
        return det

    def inverse(self):
        n = self.n
        a = [row[:] + [Frac(int(i == j)) for j in range(n)] for i, row in enumerate(self.rows)]
        for c in range(n):
            pivot = next((r for r in range(c, n) if a[r][c]), None)
            if pivot is None:
                raise ZeroDivisionError("matrix is singular")
            a[c], a[pivot] = a[pivot], a[c]
            p = a[c][c]
            a[c] = [x / p for x in a[c]]
            for r in range(n):
                if r != c and a[r][c]:
                    f = a[r][c]
                    a[r] = [x - f * y for x, y in zip(a[r], a[c])]
        return Matrix([row[n:] for row in a])

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __repr__(self):
        width = max(len(repr(x)) for row in self.rows for x in row)
        return "\n".join("[" + " ".join(f"{x!r:>{width}}" for x in row) + "]" for row in self.rows)


A = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
B = Matrix([[1, 2], [0, 1], [4, 0]])
print(A, "", A * B, "", A.transpose(), sep="\n")
print("det", A.det(), "det of A^3", (A ** 3).det())
inv = A.inverse()
print(inv)
print("A * inv == I:", A * inv == Matrix.identity(3))
F = Matrix([[1, 1], [1, 0]])
print("fib via matrix power:", (F ** 80)[0, 1])
print(Matrix([[Frac(1, 2), Frac(1, 3)], [Frac(1, 4), Frac(1, 5)]]).inverse())
print(2 * Matrix([[1, 2]]), Matrix([[1, 2]]) * Frac(1, 2))
for bad in [lambda: A * A.transpose() * B * B,
            lambda: Matrix([[1, 2], [2, 4]]).inverse(),
            lambda: Matrix([[1, 2], [3]]),
            lambda: B.det(),
            lambda: A + B,
            lambda: Frac(1, 0)]:
    try:
        bad()
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
print(sorted([Frac(1, 3), Frac(-1, 2), Frac(5, 7), Frac(2, 6)]), float(Frac(22, 7)), {Frac(2, 4), Frac(1, 2)})
