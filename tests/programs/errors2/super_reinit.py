# super() does its work in __init__: an unbound super re-initialised, an uninitialised one
s = super(int)
print(s)
print(type(s.__init__).__name__)
try:
    s.__init__()
except RuntimeError as e:
    print(e)
try:
    s.bit_length
except AttributeError as e:
    print(e)
s.__init__(str, 'abc')
print(s, s.upper())
u = super.__new__(super)
print(u, u.__thisclass__, u.__self__)
class A:
    def f(self): return 'A'
class B(A):
    def f(self): return 'B' + super().f()
    def g(self):
        return super().__repr__()[:6]
print(B().f(), B().g())
