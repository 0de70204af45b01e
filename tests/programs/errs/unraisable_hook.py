# Exceptions that cannot be raised (in __del__, a generator's cleanup, a weak
# reference's callback) go to sys.unraisablehook.
import gc
import sys
import weakref

seen = []

def hook(info):
    seen.append((info.exc_type.__name__, str(info.exc_value), type(info.object).__name__,
                 info.err_msg, info.exc_traceback is not None))
    print("hook:", seen[-1])

sys.unraisablehook = hook

class Resource:
    def __del__(self):
        raise ValueError("close failed")

r = Resource()
del r

def worker():
    try:
        yield 1
    finally:
        raise KeyError("cleanup")

g = worker()
next(g)
del g

class Target:
    pass

t = Target()
ref = weakref.ref(t, lambda w: 1 / 0)
del t
gc.collect()
print(len(seen), [s[0] for s in seen])
print(sys.__unraisablehook__ is not hook, callable(sys.unraisablehook), type(sys.__unraisablehook__).__name__)
sys.unraisablehook = sys.__unraisablehook__
print("restored")
