class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            print("made")
        return cls._instance
    def __init__(self, v):
        self.v = v

a = Singleton(1)
b = Singleton(2)
print(a is b, a.v)

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return f"Point{tuple.__repr__(self)}"
p = Point(1, 2)
print(p, p.x, len(p), p + (3,), type(p + (3,)).__name__, p == (1, 2))

class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper("hello")
print(u, type(u).__name__, type(u.lower()).__name__, u[1:], isinstance(u, str))

class Celsius(float):
    def __new__(cls, v):
        if v < -273.15:
            raise ValueError("too cold")
        return super().__new__(cls, v)
    def __repr__(self):
        return f"{float(self)}°C"
c = Celsius(21.5)
print(repr(c), c + 1, type(c + 1).__name__)
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)

class Even(int):
    def __new__(cls, n):
        return super().__new__(cls, n - n % 2)
print(Even(7), Even(8), Even(7) + 1, type(Even(7) * 2).__name__)

class NotSelf:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never runs")
print(NotSelf())
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(5)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
class Args:
    pass
try:
    Args(1)
except TypeError as e:
    print("TypeError:", e)
class OnlyNew:
    def __new__(cls, x):
        o = super().__new__(cls)
        o.x = x
        return o
print(OnlyNew(5).x)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
