# a TypeError from * inside a generator expression inside nested comprehensions in __matmul__
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, other):
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*other.rows)] for r in self.rows])
    def __eq__(self, other):
        return self.rows == other.rows
    def __len__(self):
        return None
m = Matrix([[1, 2]])
print((m @ Matrix([[1], [2]])).rows)
m @ Matrix([['a'], [2]])
