import sys
x = object()
print(sys.getrefcount(x))
l = [x, x]
print(sys.getrefcount(x))
def f(a):
    return sys.getrefcount(a)
print(f(x))
print(sys.getrefcount([]), sys.getrefcount(12345678))
s = 'unique string here'
print(sys.getrefcount(s))
class C: pass
c = C()
print(sys.getrefcount(c), sys.getrefcount(C) > 2)
d = {'k': c}
print(sys.getrefcount(c))
del l
print(sys.getrefcount(x))
print(sys.getrefcount(None) > 100, sys.getrefcount(1) > 10)
