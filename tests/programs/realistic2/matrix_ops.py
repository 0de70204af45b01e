"""A small matrix class: arithmetic dunders, Gaussian elimination with fractions."""
from fractions import Fraction


class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("matrix rows must be non-empty and of equal length")
        self.rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __mul__(self, other):
        if isinstance(other, (int, float, Fraction)):
            return Matrix([[x * other for x in r] for r in self.rows])
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"cannot multiply {n}x{m} by {m2}x{p}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def transpose(self):
        return Matrix(zip(*self.rows))

    def inverse(self):
        n, m = self.shape
        if n != m:
            raise ValueError("only square matrices have inverses")
        aug = [[Fraction(x) for x in r] + [Fraction(int(i == j)) for j in range(n)]
               for i, r in enumerate(self.rows)]
        for col in range(n):
            pivot = next((r for r in range(col, n) if aug[r][col] != 0), None)
            if pivot is None:
                raise ZeroDivisionError("matrix is singular")
            aug[col], aug[pivot] = aug[pivot], aug[col]
            p = aug[col][col]
            aug[col] = [x / p for x in aug[col]]
            for r in range(n):
                if r != col and aug[r][col]:
                    f = aug[r][col]
                    aug[r] = [a - f * b for a, b in zip(aug[r], aug[col])]
        return Matrix(r[n:] for r in aug)

    def __repr__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        width = max(len(c) for r in cells for c in r)
        return "\n".join("[ " + " ".join(c.rjust(width) for c in r) + " ]" for r in cells)


a = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
b = Matrix([[1, 2], [0, 1], [4, 0]])
print(a, a.shape, sep="\n")
print(a @ b)
print(a + Matrix.identity(3))
print(2 * b, b * Fraction(1, 2), sep="\n")
inv = a.inverse()
print(inv)
print(a @ inv == Matrix.identity(3), inv @ a == Matrix.identity(3))
print(b.transpose(), b.transpose().shape)
for bad in (lambda: b @ b, lambda: a + b, lambda: Matrix([[1, 2], [2, 4]]).inverse(),
            lambda: Matrix([[1], [2, 3]]), lambda: b.inverse(), lambda: a * "x"):
    try:
        bad()
    except (ValueError, ZeroDivisionError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")
