from abc import ABC, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return f"{type(self).__name__}: area={self.area():.2f} perimeter={self.perimeter():.2f}"

class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)

class HalfDone(Shape):
    def area(self):
        return 0

print(Rect(2, 3).describe())
for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print(e)
print(isinstance(Rect(1, 1), Shape), issubclass(Rect, ABC), sorted(Shape.__abstractmethods__))
class Plugin(ABC):
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def create(cls): ...
class Good(Plugin):
    name = "good"
    @classmethod
    def create(cls):
        return cls()
print(Good.create().name)
try:
    Plugin()
except TypeError as e:
    print(e)
class Base:
    def run(self):
        raise NotImplementedError("subclasses must implement run")
try:
    Base().run()
except NotImplementedError as e:
    print(type(e).__name__, e)
