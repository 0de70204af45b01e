class A:
    def who(self): return 'A'
    def hello(self): return 'hello from ' + self.who()
class B(A):
    def who(self): return 'B'
class C(A):
    def who(self): return 'C'
class D(B, C):
    pass
print(D().hello(), [k.__name__ for k in D.__mro__], D.mro() == list(D.__mro__))
class Base:
    def __init__(self, name):
        self.name = name
    def describe(self):
        return f'{type(self).__name__}({self.name})'
class Child(Base):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def describe(self):
        return super().describe() + f' age {self.age}'
print(Child('kid', 5).describe(), isinstance(Child('a', 1), Base), issubclass(Child, Base), issubclass(Base, Child))
class X: pass
class Y(X): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print(e)
class M1:
    def f(self): return ['M1'] 
class M2(M1):
    def f(self): return ['M2'] + super().f()
class M3(M1):
    def f(self): return ['M3'] + super().f()
class M4(M2, M3):
    def f(self): return ['M4'] + super().f()
print(M4().f())
class S(list):
    def sum(self): return sum(self)
s = S([1, 2, 3]); s.append(4)
print(s, s.sum(), type(s).__name__, len(s), s[1:])
class D2(dict):
    def __missing__(self, k): return k * 2
d = D2(a=1); print(d['a'], d['zz'], d)
