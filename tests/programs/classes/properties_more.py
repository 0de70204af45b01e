class Temp:
    def __init__(self): self._c = 0
    @property
    def celsius(self): return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15: raise ValueError('too cold')
        self._c = v
    @celsius.deleter
    def celsius(self): print('deleting'); self._c = None
    @property
    def fahrenheit(self): return self._c * 9 / 5 + 32
t = Temp(); t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(e)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
del t.celsius; print(t.celsius)
class Desc:
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, typ=None):
        if obj is None: return self
        return obj.__dict__.get(self.name, 'unset') + '!'
    def __set__(self, obj, v): obj.__dict__[self.name] = v.upper()
class H:
    attr = Desc()
h = H(); print(h.attr); h.attr = 'abc'; print(h.attr, type(H.attr).__name__, H.attr.name)
class Stat:
    @staticmethod
    def s(x): return x * 2
    @classmethod
    def c(cls, x): return cls.__name__, x
class Sub(Stat): pass
print(Stat.s(2), Stat().s(3), Stat.c(1), Sub.c(2), Sub().c(3))
