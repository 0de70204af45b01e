# weakref: ref, callbacks, the weak containers, finalize, proxies, WeakMethod
import weakref, gc
class A:
    def __init__(self, n): self.n = n
    def m(self): return self.n
    def __repr__(self): return f"A({self.n})"
a = A(1)
r = weakref.ref(a)
print(r() is a, r() , weakref.getweakrefcount(a), weakref.ref(a) is r)
def cb(ref): print("callback", ref() is None)
r2 = weakref.ref(a, cb)
print(r2 is r, weakref.getweakrefcount(a), len(weakref.getweakrefs(a)), r == r2, hash(r) == hash(a))
del a
print(r(), r2())
b = A(2); c = A(2)
print(type(r).__name__, weakref.ref, weakref.ReferenceType is weakref.ref)
print(repr(r).startswith("<weakref at 0x"), repr(r).endswith("; dead>"))
d = weakref.WeakValueDictionary()
d["b"] = b; d["c"] = c
print(sorted(d.keys()), len(d), "b" in d, d["b"])
del b
print(sorted(d.keys()), len(d), "b" in d, d.get("b"))
k = weakref.WeakKeyDictionary()
x, y = A(3), A(4)
k[x] = "x"; k[y] = "y"
print(len(k), k[x], sorted(k.values()))
del x
print(len(k), list(k.values()))
s = weakref.WeakSet()
p, q = A(5), A(6)
s.add(p); s.add(q)
print(len(s), p in s)
del p
print(len(s), list(s))
class B: pass
o = B()
f = weakref.finalize(o, print, "finalized", 1)
print(f.alive)
del o
print(f.alive)
o2 = B()
f2 = weakref.finalize(o2, print, "at exit")
class Node:
    def __init__(self): self.other = self
n = Node()
rn = weakref.ref(n, lambda r: print("cycle collected"))
del n
print("before collect", rn() is not None)
gc.collect()
print("after collect", rn())
pr = weakref.proxy(c)
print(pr.n, pr.m(), str(pr))
del c
try: pr.n
except ReferenceError as e: print("RefErr", e)
try: weakref.ref(1)
except TypeError as e: print(e)
try: weakref.ref([])
except TypeError as e: print(e)
z = A(9)
wm = weakref.WeakMethod(z.m)
print(wm()(), weakref.ref(z.m)())
del z
print(wm())
def func(): pass
rf = weakref.ref(func); print(rf() is func)
rc = weakref.ref(A); print(rc() is A)
class S:
    __slots__ = ("v",)
try: weakref.ref(S())
except TypeError as e: print(e)
class S2:
    __slots__ = ("v", "__weakref__")
s2 = S2(); print(weakref.ref(s2)() is s2)
print(A.__weakref__.__name__ if hasattr(A.__weakref__, "__name__") else A.__weakref__)
print("end")
