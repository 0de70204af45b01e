class Point:
    count = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
    def __str__(self):
        return f'({self.x}, {self.y})'
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)
    def dist2(self):
        return self.x ** 2 + self.y ** 2
p, q = Point(1, 2), Point(3, 4)
print(p, repr(q), p + q, p == Point(1, 2), p != q, p < q, sorted([q, p]))
print(p.dist2(), Point.count, len({p, Point(1, 2)}), Point.dist2(q))
print(type(p).__name__, type(p), isinstance(p, Point), p.__class__ is Point)
print(p.__dict__, hasattr(p, 'x'), getattr(p, 'z', 'none'))
setattr(p, 'z', 9); print(p.z)
