class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        "Temperature in Celsius."
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temp(20)
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
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)
print(Temp.celsius.__doc__)
print(type(Temp.celsius).__name__)
print(Temp.fahrenheit.fset, Temp.fahrenheit.fdel)
p = property(lambda self: 42)
class K:
    x = p
print(K().x)
class L:
    @property
    def broken(self):
        return self.missing
try:
    L().broken
except AttributeError as e:
    print("AttributeError:", e)
class M(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return "M:" + str(self._c)
m = M(5)
print(m.celsius)
m.celsius = 7
print(m.celsius)
