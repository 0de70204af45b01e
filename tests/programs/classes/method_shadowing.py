class A:
    def m(self): return 'method'
a = A(); b = A()
for o in (a, b, a):
    print(o.m())
b.m = lambda: 'instance attr'
for o in (a, b, a, b):
    print(o.m())
c = A()
c.__dict__['m'] = lambda: 'via dict'
print(c.m(), a.m())
class B:
    def m(self): return 'B'
d = B()
print(d.m())
vars(d)['m'] = lambda: 'vars'
print(d.m())
class C:
    pass
e = C(); e.m = lambda: 'first instance'
f = C()
def cm(self): return 'class m'
C.m = cm
print(e.m(), f.m(), e.m(), f.m())
class D:
    def m(self): return 'D'
g = D()
g.__class__ = A
print(g.m())
setattr(a, 'm', lambda: 'setattr')
print(a.m())
