import sys
class Tracked:
    alive = 0
    def __init__(self, name):
        self.name = name
        Tracked.alive += 1
    def __del__(self):
        Tracked.alive -= 1
        print("del", self.name)
def scope():
    t = Tracked("local")
    print("in scope", Tracked.alive)
scope()
print("after scope", Tracked.alive)
a = Tracked("a")
b = a
del a
print("still referenced", Tracked.alive)
b = None
print("gone", Tracked.alive)
items = [Tracked(f"item{i}") for i in range(3)]
items.pop(1)
print("popped")
items.clear()
print("cleared")
x = Tracked("cycle1"); y = Tracked("cycle2")
x.other = y; y.other = x
del x, y
import gc
print("collected", gc.collect() > 0)
class Resurrect:
    saved = []
    def __del__(self):
        print("resurrecting")
        Resurrect.saved.append(self)
r = Resurrect()
del r
print(len(Resurrect.saved))
def gen():
    t = Tracked("in-gen")
    yield 1
    yield 2
g = gen()
next(g)
del g
print("gen deleted")
try:
    t = Tracked("in-try")
    raise ValueError
except ValueError:
    pass
del t
print(sys.getrefcount(object()) >= 1)
last = Tracked("at-exit")
print("end of program")
