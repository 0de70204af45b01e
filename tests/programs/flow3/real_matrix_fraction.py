"""Exact matrix algebra with fractions: Gaussian elimination, determinants, inverses."""
from fractions import Fraction


class MatrixError(ValueError):
    pass


class Matrix:
    def __init__(self, rows):
        rows = [[Fraction(x) for x in row] for row in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise MatrixError("rows must be non-empty and of equal length")
        self.rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        if self.shape != other.shape:
            raise MatrixError(f"shape mismatch {self.shape} + {other.shape}")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __mul__(self, other):
        if isinstance(other, (int, Fraction)):
            return Matrix([[a * other for a in r] for r in self.rows])
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise MatrixError(f"cannot multiply {n}x{m} by {m2}x{p}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def _eliminate(self):
        n, m = self.shape
        a = [row[:] for row in self.rows]
        sign = 1
        r = 0
        for c in range(m):
            pivot = next((i for i in range(r, n) if a[i][c] != 0), None)
            if pivot is None:
                continue
            if pivot != r:
                a[r], a[pivot] = a[pivot], a[r]
                sign = -sign
            for i in range(r + 1, n):
                f = a[i][c] / a[r][c]
                a[i] = [x - f * y for x, y in zip(a[i], a[r])]
            r += 1
        return a, sign, r

    def det(self):
        n, m = self.shape
        if n != m:
            raise MatrixError("determinant needs a square matrix")
        a, sign, _ = self._eliminate()
        result = Fraction(sign)
        for i in range(n):
            result *= a[i][i]
        return result

    def rank(self):
        return self._eliminate()[2]

    def inverse(self):
        n, _ = self.shape
        if self.det() == 0:
            raise MatrixError("matrix is singular")
        aug = Matrix([r + e for r, e in zip(self.rows, Matrix.identity(n).rows)])
        a = [row[:] for row in aug.rows]
        for c in range(n):
            p = next(i for i in range(c, n) if a[i][c] != 0)
            a[c], a[p] = a[p], a[c]
            pv = a[c][c]
            a[c] = [x / pv for x in a[c]]
            for i in range(n):
                if i != c and a[i][c] != 0:
                    f = a[i][c]
                    a[i] = [x - f * y for x, y in zip(a[i], a[c])]
        return Matrix([row[n:] for row in a])

    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        width = max(len(c) for r in cells for c in r)
        return "\n".join("[ " + "  ".join(c.rjust(width) for c in r) + " ]" for r in cells)

    def __repr__(self):
        return f"Matrix({[[str(x) for x in r] for r in self.rows]})"


A = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
B = Matrix([[1, 2], [0, 1], [Fraction(1, 2), 4]])
print(A)
print("det", A.det(), "rank", A.rank(), "shape", A.shape)
inv = A.inverse()
print(inv)
print(A @ inv == Matrix.identity(3), inv @ A == Matrix.identity(3))
print(A @ B)
print(repr(B.transpose()))
print(2 * B + B * Fraction(1, 3))
S = Matrix([[1, 2], [2, 4]])
print("singular det", S.det(), "rank", S.rank())
for bad in (lambda: S.inverse(), lambda: B @ B, lambda: A + B, lambda: Matrix([[1], [1, 2]]),
            lambda: B.det(), lambda: A @ 3, lambda: Matrix([])):
    try:
        bad()
    except MatrixError as e:
        print("MatrixError:", e)
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(MatrixError("x"), ValueError), A[0, 1], A[2, 0] + Fraction(1, 3))
H = Matrix([[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)])
print("hilbert det", H.det())
print(H.inverse().rows[0])
