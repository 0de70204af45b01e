"""Exact linear algebra with fractions: Gaussian elimination and inverses."""
from fractions import Fraction


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
        if self.shape[1] != other.shape[0]:
            raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[ " + " ".join(f"{c:>{w}}" for c in r) + " ]" for r in cells)

    def inverse(self):
        n, m = self.shape
        if n != m:
            raise ValueError("only square matrices have inverses")
        aug = [r[:] + e for r, e in zip(self.rows, Matrix.identity(n).rows)]
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
        return Matrix([r[n:] for r in aug])

    def determinant(self):
        n = self.shape[0]
        rows = [r[:] for r in self.rows]
        det = Fraction(1)
        for c in range(n):
            p = next((r for r in range(c, n) if rows[r][c]), None)
            if p is None:
                return Fraction(0)
            if p != c:
                rows[c], rows[p] = rows[p], rows[c]
                det = -det
            det *= rows[c][c]
            for r in range(c + 1, n):
                f = rows[r][c] / rows[c][c]
                rows[r] = [a - f * b for a, b in zip(rows[r], rows[c])]
        return det


a = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
print(a, "", sep="\n")
inv = a.inverse()
print(inv, "", sep="\n")
print(a @ inv == Matrix.identity(3), a.determinant(), inv.determinant(), a.determinant() * inv.determinant())
h = Matrix([[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)])
print(h.determinant(), h.inverse().rows[0])
print(Fraction(3, 4) + Fraction(1, 6), Fraction("0.125"), Fraction(1, 3) ** 2, float(Fraction(22, 7)), Fraction(7, -14), round(Fraction(5, 2)))
for bad in [lambda: Matrix([[1, 2], [2, 4]]).inverse(), lambda: Matrix([[1, 2]]) @ Matrix([[1, 2]]),
            lambda: Matrix([[1], [1, 2]]), lambda: Matrix([[1, 2]]).inverse(), lambda: Fraction(1, 0)]:
    try:
        bad()
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
