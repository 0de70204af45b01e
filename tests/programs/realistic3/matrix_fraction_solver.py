"""Gaussian elimination over exact fractions, with a determinant and an inverse."""
from fractions import Fraction


class SingularMatrix(ArithmeticError):
    pass


class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and of equal length")
        self.rows = [[Fraction(x) for x in r] for r in rows]

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"cannot multiply {n}x{m} by {m2}x{p}")
        return Matrix([[sum(self.rows[i][k] * other.rows[k][j] for k in range(m))
                        for j in range(p)] for i in range(n)])

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        width = max(len(c) for r in cells for c in r)
        return "\n".join("[ " + "  ".join(c.rjust(width) for c in r) + " ]" for r in cells)

    def determinant(self):
        n, m = self.shape
        if n != m:
            raise ValueError("determinant of a non-square matrix")
        a = [row[:] for row in self.rows]
        det = Fraction(1)
        for col in range(n):
            pivot = next((r for r in range(col, n) if a[r][col] != 0), None)
            if pivot is None:
                return Fraction(0)
            if pivot != col:
                a[col], a[pivot] = a[pivot], a[col]
                det = -det
            det *= a[col][col]
            for r in range(col + 1, n):
                factor = a[r][col] / a[col][col]
                a[r] = [x - factor * y for x, y in zip(a[r], a[col])]
        return det

    def inverse(self):
        n, _ = self.shape
        aug = [row[:] + ident for row, ident in zip(self.rows, Matrix.identity(n).rows)]
        for col in range(n):
            pivot = next((r for r in range(col, n) if aug[r][col] != 0), None)
            if pivot is None:
                raise SingularMatrix("matrix is singular")
            aug[col], aug[pivot] = aug[pivot], aug[col]
            pv = aug[col][col]
            aug[col] = [x / pv for x in aug[col]]
            for r in range(n):
                if r != col and aug[r][col] != 0:
                    f = aug[r][col]
                    aug[r] = [x - f * y for x, y in zip(aug[r], aug[col])]
        return Matrix([row[n:] for row in aug])


def solve(a, b):
    inv = Matrix(a).inverse()
    return [row[0] for row in (inv @ Matrix([[x] for x in b])).rows]


A = Matrix([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]])
print(A, "\ndet =", A.determinant())
inv = A.inverse()
print(inv)
print("A @ inv == I:", A @ inv == Matrix.identity(3))
print("solution:", solve([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3]))
H = Matrix([[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)])
print("Hilbert det:", H.determinant(), float(H.determinant()))
print(H.inverse())
for bad in [lambda: Matrix([[1, 2], [2, 4]]).inverse(), lambda: Matrix([[1, 2]]) @ Matrix([[1, 2]]),
            lambda: Matrix([[1], [2, 3]]), lambda: Matrix([[1, 2, 3]]).determinant()]:
    try:
        bad()
    except (ArithmeticError, ValueError) as e:
        print(type(e).__name__ + ":", e)
