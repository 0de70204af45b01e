# weakref: WeakMethod (dies with its object or its function, one callback,
# equality), finalize (detach, peek, atexit, the order at exit), membership
# tests of the weak containers with objects that cannot be weakly referenced
import weakref, gc

class Counter:
    def __init__(self, n): self.n = n
    def get(self): return self.n
    def __repr__(self): return f"Counter({self.n})"

c = Counter(7)
calls = []
wm = weakref.WeakMethod(c.get, lambda r: calls.append(r() is None))
print(wm()(), wm() == c.get, isinstance(wm, weakref.ref), type(wm).__name__)
same, other = weakref.WeakMethod(c.get), weakref.WeakMethod(Counter(8).get)
print(wm == same, wm != same, wm == other, wm != other, hash(wm) == hash(same), wm == 3)
del c
gc.collect()
print(wm(), calls, wm == same, wm == wm, wm != wm)
try: weakref.WeakMethod(len)
except TypeError as e: print(e)
try: weakref.WeakMethod(Counter.get)
except TypeError as e: print(e)

# the function dying first kills the WeakMethod too
class Temporary:
    pass
def method(self): return "method"
Temporary.method = method
t = Temporary()
dead = []
wm2 = weakref.WeakMethod(t.method, lambda r: dead.append("function gone"))
print(wm2()())
del Temporary.method, method
gc.collect()
print(wm2(), dead)
del t
gc.collect()
print(dead)

# finalize
class Thing: pass
log = []
x = Thing()
f = weakref.finalize(x, log.append, "x gone")
print(f.alive, f.atexit, f.peek()[1:] == (log.append, ("x gone",), {}), f.peek()[0] is x)
print(f.detach()[0] is x, f.alive, f.detach(), f.peek(), f())
del x; gc.collect(); print(log)
y = Thing()
g = weakref.finalize(y, lambda *a, **k: (log.append((a, k)), "result")[1], 1, 2, key="v")
print(g(), g(), log[-1], g.alive)
z = Thing()
h = weakref.finalize(z, log.append, "z")
h.atexit = False
print(h.atexit, repr(h).endswith("; for 'Thing' at " + hex(id(z)) + ">"))
del z; gc.collect(); print(log[-1], h.alive, h.atexit, repr(h).endswith("; dead>"))
h.atexit = True; print(h.atexit)

# membership: what cannot be weakly referenced is in no weak container
ws = weakref.WeakSet([Thing()])
kd = weakref.WeakKeyDictionary()
key = Thing(); kd[key] = 1
print(3 in ws, [] in ws, "text" in kd, [] in kd, key in kd, Thing() in kd)
try: ws.add(3)
except TypeError as e: print(e)
vd = weakref.WeakValueDictionary()
v = Thing(); vd["a"] = v
print("a" in vd, "b" in vd, [] in kd)

# the ones still alive at the end run then, newest first, unless atexit is off
keep = [Thing(), Thing(), Thing()]
weakref.finalize(keep[0], print, "first, runs last")
weakref.finalize(keep[1], print, "second, runs first")
off = weakref.finalize(keep[2], print, "never")
off.atexit = False
print("end of program")

# proxies' type names; WeakSet comparisons (equality only with a WeakSet)
class Plain: pass
class Call:
    def __call__(self): return "called"
pl, ca = Plain(), Call()
pp, cp = weakref.proxy(pl), weakref.proxy(ca)
print(type(pp), type(cp), type(cp).__name__, cp(), weakref.ProxyTypes)
for proxy_obj in (pp, cp):
    try: hash(proxy_obj)
    except TypeError as e: print(e)
try: pp.missing
except AttributeError as e: print(e)
ws1 = weakref.WeakSet([pl, ca])
print(ws1 == weakref.WeakSet([ca, pl]), ws1 == {pl, ca}, ws1 != {pl, ca}, ws1 <= [pl, ca], ws1 < [pl],
      ws1 >= [pl], ws1 > [pl], ws1.issubset([pl, ca, Call()]), ws1.issuperset(()))
print(repr(weakref.WeakSet()), repr(ws1).startswith("{<weakref at 0x"))
try: hash(ws1)
except TypeError as e: print(e)
