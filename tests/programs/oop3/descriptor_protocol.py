class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
        self.storage = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.storage, value)
    def __delete__(self, obj):
        print("delete", self.name)

class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"

class Point:
    x = Typed(int)
    y = Typed(int)
    label = NonData()
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y, p.label)
try:
    p.x = "s"
except TypeError as e:
    print("TypeError:", e)
p.label = "instance wins"
print(p.label)
del p.x
print(Point.x.name, type(Point.x).__name__)
p.__dict__["x"] = 99
print(p.x)
print(sorted(p.__dict__))

class Ten:
    def __get__(self, obj, objtype):
        return 10
class A:
    t = Ten()
print(A.t, A().t)

class Verbose:
    def __get__(self, obj, objtype=None):
        print("get", obj is None, objtype.__name__)
        return 1
class B:
    v = Verbose()
B.v
B().v
