# dir() of classes and instances (no __getattr__ on object; __weakref__ and
# __getstate__ present), vars(), __getstate__ with __slots__
class Base:
    def hello(self): return "base"
class Der(Base):
    x = 1
print(dir(Base()))
print(dir(Der))
print(vars(Der))
print(str(vars(Base)) == str(dict(vars(Base))))
print([n for n in dir(object) if "get" in n])
class S:
    __slots__ = ("p", "q")
s = S()
print(s.__getstate__())
s.p = 1
print(s.__getstate__())
class T(S): pass
t = T(); t.q = 2; t.z = 3
print(t.__getstate__())
a = Base()
print(a.__getstate__())
a.v = 5
print(a.__getstate__(), a.__getstate__() is a.__dict__)
print((1).__getstate__(), [].__getstate__())
print("__weakref__" in dir(S), "__weakref__" in dir(T), "__weakref__" in dir(Base))
