"""Geometry class hierarchy: abstract base, operators, sorting, formatting."""
import math
from abc import ABC, abstractmethod


class Shape(ABC):
    registry = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Shape.registry[cls.__name__.lower()] = cls

    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def __lt__(self, other):
        return self.area() < other.area()

    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)

    def __hash__(self):
        return hash((type(self).__name__, tuple(sorted(vars(self).items()))))

    def __format__(self, spec):
        if spec == "full":
            return f"{self!r} area={self.area():.3f} perimeter={self.perimeter():.3f}"
        return format(str(self), spec)

    def __str__(self):
        return type(self).__name__

    @classmethod
    def parse(cls, text):
        name, *nums = text.split()
        try:
            shape_cls = cls.registry[name]
        except KeyError:
            raise ValueError(f"unknown shape {name!r}") from None
        return shape_cls(*map(float, nums))


class Circle(Shape):
    def __init__(self, r):
        if r <= 0:
            raise ValueError("radius must be positive")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r

    def __repr__(self):
        return f"Circle(r={self.r:g})"

    def __mul__(self, k):
        return Circle(self.r * k)

    __rmul__ = __mul__


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    def __repr__(self):
        return f"Rect({self.w:g}x{self.h:g})"


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)

    def __repr__(self):
        return f"Square({self.w:g})"


class Triangle(Shape):
    def __init__(self, a, b, c):
        sides = sorted((a, b, c))
        if sides[0] + sides[1] <= sides[2]:
            raise ValueError(f"not a triangle: {a:g}, {b:g}, {c:g}")
        self.a, self.b, self.c = a, b, c

    def area(self):
        s = self.perimeter() / 2
        return math.sqrt(s * (s - self.a) * (s - self.b) * (s - self.c))

    def perimeter(self):
        return self.a + self.b + self.c

    def __repr__(self):
        return f"Triangle({self.a:g}, {self.b:g}, {self.c:g})"


specs = ["circle 1", "rect 2 3", "square 2", "triangle 3 4 5", "hexagon 1", "triangle 1 1 5",
         "circle -1", "rect 1", "circle x"]
shapes = []
for spec in specs:
    try:
        shapes.append(Shape.parse(spec))
    except (ValueError, TypeError) as e:
        print(f"{spec!r}: {type(e).__name__}: {e}")
for s in sorted(shapes):
    print(f"{s:full}")
print(f"[{shapes[0]:>10}] [{shapes[1]:<10}] [{shapes[2]:^10}]")
print(max(shapes), min(shapes, key=lambda s: s.perimeter()))
print(2 * Circle(1.5), Circle(1) * 3, Square(2) == Square(2), Square(2) == Rect(2, 2))
print(len({Square(2), Square(2), Rect(2, 2)}))
print(sorted(Shape.registry))
print(isinstance(Square(1), Rect), issubclass(Square, Shape), Square.__mro__[1].__name__)
total = sum(s.area() for s in shapes)
print(f"total area {total:.4f}, mean {total / len(shapes):.4f}")
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
