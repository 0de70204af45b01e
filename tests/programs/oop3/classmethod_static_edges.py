class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        type(self).count += 1
    @classmethod
    def make(cls, *args):
        return cls(*args)
    @staticmethod
    def area_of(w, h):
        return w * h
    @classmethod
    def kind(cls):
        return cls.__name__.lower()

class Square(Shape):
    pass

s = Square.make("sq")
print(type(s).__name__, s.name, Square.count, Shape.count)
print(Shape.area_of(3, 4), s.area_of(2, 5))
print(Square.kind(), s.kind())
print(Shape.make)
print(type(Shape.__dict__["make"]).__name__, type(Shape.__dict__["area_of"]).__name__)
print(Shape.__dict__["area_of"].__func__ is Shape.area_of)
cm = Shape.__dict__["kind"]
print(cm.__func__(Square))
try:
    Shape.area_of(1)
except TypeError as e:
    print("TypeError:", e)
try:
    s.kind(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Shape.make("a", "b")
except TypeError as e:
    print("TypeError:", e)
bound = s.kind
print(bound.__self__ is Square, bound.__name__)
m = s.__init__
print(m.__self__ is s, m.__func__ is Shape.__init__)
