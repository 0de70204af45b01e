# pickle: instances of classes (__reduce__, __getstate__/__setstate__, __slots__, __getnewargs__(_ex), list and dict subclasses), nested classes and functions by reference
import pickle
class Point:
    def __init__(self, x, y):
        self.x = x; self.y = y
    def __eq__(self, o): return type(o) is Point and vars(o) == vars(self)
class Outer:
    class Inner:
        pass
class Slotted:
    __slots__ = ('a', 'b', '__c')
    def __init__(self): self.a = 1; self.__c = 3
class WithState:
    def __init__(self): self.v = 5; self.cache = 'drop'
    def __getstate__(self): return {'v': self.v}
    def __setstate__(self, s): self.__dict__.update(s); self.cache = None
class Red:
    def __reduce__(self): return (Red, (), {'k': 1})
class NewArgs(int):
    def __new__(cls, v, extra): o = int.__new__(cls, v); o.extra = extra; return o
    def __getnewargs__(self): return (int(self), self.extra)
class NewArgsEx:
    def __new__(cls, *, a): o = object.__new__(cls); o.a = a; return o
    def __getnewargs_ex__(self): return ((), {'a': self.a})
class MyList(list):
    pass
class MyDict(dict):
    pass
class Empty:
    pass
def func(): pass
p1 = Point(1, [2])
ml = MyList([1, 2]); ml.tag = 't'
md = MyDict(a=1)
vals = [p1, [p1, p1], Outer.Inner, Outer.Inner(), Slotted(), WithState(), Red(), NewArgs(7, 'e'), NewArgsEx(a=2), ml, md, Empty(), func, Point, (Point, Point)]
for v in vals:
    for p in range(6):
        try:
            d = pickle.dumps(v, p)
            print(p, d)
            r = pickle.loads(d)
            print('  ', type(r).__name__, getattr(r, '__dict__', None) if not isinstance(r, type) else r)
        except Exception as e:
            print(p, type(e).__name__, e)
s = pickle.loads(pickle.dumps(Slotted(), 2)); print(s.a, s._Slotted__c, hasattr(s, 'b'))
print(pickle.loads(pickle.dumps(ml, 2)), pickle.loads(pickle.dumps(ml, 2)).tag)
