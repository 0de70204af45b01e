"""A geometry toolkit: shapes with operators, properties, sorting and a report."""
import math
from functools import total_ordering


class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def cross(self, o):
        return self.x * o.y - self.y * o.x

    def __iter__(self):
        yield self.x
        yield self.y

    def __repr__(self):
        return f"Vector({self.x:g}, {self.y:g})"


@total_ordering
class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must define area()")

    def perimeter(self):
        raise NotImplementedError

    def __lt__(self, other):
        return self.area() < other.area()

    def __eq__(self, other):
        return math.isclose(self.area(), other.area())

    def __str__(self):
        return f"{self.name:<10} area={self.area():>9.3f} perimeter={self.perimeter():>8.3f}"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Polygon(Shape):
    def __init__(self, *points, name="polygon"):
        super().__init__(name)
        if len(points) < 3:
            raise ValueError(f"a polygon needs 3 points, got {len(points)}")
        self.points = [Vector(*p) for p in points]

    def edges(self):
        pts = self.points
        return zip(pts, pts[1:] + pts[:1])

    def area(self):
        return abs(sum(a.cross(b) for a, b in self.edges())) / 2

    def perimeter(self):
        return sum(abs(b - a) for a, b in self.edges())

    def centroid(self):
        n = len(self.points)
        total = Vector(0, 0)
        for p in self.points:
            total = total + p
        return total * (1 / n)


class Rectangle(Polygon):
    def __init__(self, w, h):
        super().__init__((0, 0), (w, 0), (w, h), (0, h), name="rectangle")
        self.w, self.h = w, h

    @property
    def diagonal(self):
        return math.hypot(self.w, self.h)


class Blob(Shape):
    pass


shapes = [Circle(1), Rectangle(3, 4), Polygon((0, 0), (4, 0), (0, 3), name="triangle"),
          Circle(0.5), Polygon((0, 0), (2, 0), (3, 2), (1, 3), (-1, 2), name="pentagon")]
for s in sorted(shapes):
    print(s)
print("largest:", max(shapes).name, "| smallest:", min(shapes).name)
print("rect diagonal:", Rectangle(3, 4).diagonal, "centroid:", Rectangle(3, 4).centroid())
print("triangle == rect/2:", Polygon((0, 0), (4, 0), (0, 3)) == Rectangle(2, 3))
print("shapes made:", Shape.count, "| total area: %.4f" % sum(s.area() for s in shapes))
v = Vector(3, 4)
print(v, abs(v), 2 * v, v - Vector(1, 1), list(v), dict(zip("xy", v)))
for bad in [lambda: Blob("blob").area(), lambda: Polygon((0, 0), (1, 1)), lambda: v.z, lambda: setattr(v, "z", 1)]:
    try:
        bad()
    except (NotImplementedError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
