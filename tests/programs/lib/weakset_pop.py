# weakref.WeakSet.pop: returns live elements until none is left, skips the
# elements that died, and says so when empty (without a chained exception).
import gc
import weakref


class Thing:
    def __init__(self, n):
        self.n = n


keep = [Thing(i) for i in range(4)]
ws = weakref.WeakSet(keep)
doomed = [Thing(10 + i) for i in range(3)]
ws.update(doomed)
print(len(ws))
del doomed
gc.collect()
print(len(ws))
popped = sorted(ws.pop().n for _ in range(4))
print(popped, len(ws))
try:
    ws.pop()
except KeyError as exc:
    print("KeyError", exc, exc.__context__, exc.__suppress_context__)

# only dead references left: pop still finds none
ws = weakref.WeakSet()
ghosts = [Thing(i) for i in range(5)]
for g in ghosts:
    ws.add(g)
del g, ghosts
gc.collect()
try:
    ws.pop()
except KeyError as exc:
    print("KeyError", exc)
print(len(ws), list(ws))
