class Matrix:
    def __init__(self, rows):
        self.rows = rows
        self.width = len(rows[0])
        for r in rows:
            if len(r) != self.width:
                raise ValueError(f"ragged row: {r!r}")

m = Matrix([[1, 2], [3, 4]])
print(m.width)
bad = Matrix([[1, 2], [3]])
