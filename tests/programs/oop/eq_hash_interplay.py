class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
pts = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(pts), Point(1, 2) in pts, {Point(0, 0): "origin"}[Point(0, 0)])
print(Point(1, 2) == (1, 2), Point(1, 2) != Point(1, 3), [Point(1, 1)].index(Point(1, 1)))
class NoHash:
    def __eq__(self, other):
        return True
print(NoHash.__hash__ is None)
try:
    {NoHash()}
except TypeError as e:
    print(e)
class Identity:
    pass
i1, i2 = Identity(), Identity()
print(i1 == i1, i1 == i2, i1 != i2, hash(i1) == hash(i1))
class KeepsHash(Point):
    def __eq__(self, other):
        return super().__eq__(other)
    __hash__ = Point.__hash__
print(hash(KeepsHash(1, 1)) == hash(Point(1, 1)))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
print(OnlyLt(1) < OnlyLt(2), OnlyLt(3) > OnlyLt(2))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print(e)
from functools import total_ordering
@total_ordering
class Ver:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __lt__(self, o):
        return self.n < o.n
print(Ver(1) <= Ver(2), Ver(3) >= Ver(2), Ver(2) > Ver(2), Ver(2) != Ver(2))
