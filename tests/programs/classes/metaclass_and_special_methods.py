class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', name, sorted(k for k in ns if not k.startswith('__')), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print('Meta.__call__', cls.__name__, a)
        return super().__call__(*a, **k)
    def __repr__(cls):
        return f'<class {cls.__name__} via Meta>'
class Base(metaclass=Meta, flag=1):
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        print('init_subclass', cls.__name__, tag)
class Child(Base, tag='c'):
    x = 1
print(Child, Child.tag, type(Child), type(Child()).__name__, isinstance(Child, Meta))
class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
s1, s2 = Singleton(1), Singleton(2)
print(s1 is s2, s1.v)
class GA:
    def __getattr__(self, name):
        if name.startswith('x'):
            return name.upper()
        raise AttributeError(f'no {name}')
g = GA()
print(g.xyz, getattr(g, 'abc', 'default'), hasattr(g, 'x1'))
class GAT:
    def __getattribute__(self, name):
        if name == 'magic':
            return 42
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        print('set', name, value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print('del', name)
        object.__delattr__(self, name)
o = GAT(); o.a = 1; print(o.magic, o.a); del o.a
class CG:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'
print(CG[int], list[int], dict[str, int], tuple[int, ...], type(list[int]))
print(int | str, isinstance(1, int | str), int | None)
class Vec:
    def __init__(self, *c): self.c = c
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __round__(self, n=None): return Vec(*(round(x, n) for x in self.c))
    def __repr__(self): return f'Vec{self.c}'
    def __pow__(self, e, mod=None): return Vec(*(pow(x, e, mod) for x in self.c))
    def __divmod__(self, o): return ('dm', o)
    def __rdivmod__(self, o): return ('rdm', o)
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
    def __trunc__(self): return 'trunc'
    def __complex__(self): return 1+2j
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __index__(self): return 3
    def __invert__(self): return 'inv'
    def __pos__(self): return 'pos'
import math
v = Vec(1.26, 2.71)
print(v @ Vec(2, 3), round(v, 1), round(v), pow(Vec(2, 3), 2, 5), divmod(v, 1), divmod(1, v), math.floor(v), math.ceil(v), math.trunc(v))
print(complex(v), int(v), float(v), [0,1,2,3,4][v], ~v, +v, bin(v), hex(v), oct(v))
x = 5
x @= 3 if False else 1
print(x)
