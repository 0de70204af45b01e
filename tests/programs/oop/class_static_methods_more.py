class Date:
    count = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.count += 1
    @classmethod
    def from_string(cls, text):
        y, m, d = map(int, text.split("-"))
        return cls(y, m, d)
    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date):
    pass
print(Date.from_string("2024-02-29"), MyDate.from_string("2000-01-01"))
print(Date.is_leap(2000), Date.is_leap(1900), MyDate(1, 2, 3).is_leap(2024), Date.count)
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_leap"]).__name__)
print(Date.from_string.__self__ is Date, MyDate.from_string.__self__ is MyDate)
print(Date.is_leap.__name__, Date.from_string.__func__.__name__)
sm = staticmethod(len)
print(sm("abc") if callable(sm) else "not callable", staticmethod(len).__func__ is len)
class Counter:
    instances = []
    def __init__(self):
        type(self).instances.append(self)
    @classmethod
    def total(cls):
        return len(cls.instances)
Counter(); Counter()
print(Counter.total(), Counter().total())
class Registry:
    _items = {}
    @classmethod
    def register(cls, name):
        def deco(fn):
            cls._items[name] = fn
            return fn
        return deco
@Registry.register("double")
def double(x):
    return x * 2
print(Registry._items["double"](21))
