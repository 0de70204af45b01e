class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._celsius = value

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._celsius

    @property
    def fahrenheit(self):
        """Temperature in Fahrenheit."""
        return self.celsius * 9 / 5 + 32

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)
print(Temperature.fahrenheit.__doc__, type(Temperature.celsius).__name__)
print(Temperature.celsius.fget.__name__, Temperature.celsius.fset is not None)
class Lazy:
    def __init__(self):
        self.calls = 0
    @property
    def value(self):
        self.calls += 1
        return 42
l = Lazy()
print(l.value, l.value, l.calls)
try:
    del l.value
except AttributeError as e:
    print(e)
class Computed:
    area = property(lambda self: self.w * self.h)
    def __init__(self, w, h):
        self.w, self.h = w, h
print(Computed(3, 4).area)
class Child(Temperature):
    @property
    def celsius(self):
        return "overridden"
c = Child.__new__(Child)
print(c.celsius)
try:
    c.celsius = 5
except AttributeError as e:
    print(e)
