# cls.__abstractmethods__ is the class's own only: a subclass has none inside __init_subclass__, before ABCMeta computes it; deleting and setting it.
import abc
class A(abc.ABC):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, getattr(cls, "__abstractmethods__", "none"), "__abstractmethods__" in cls.__dict__)
    @abc.abstractmethod
    def f(self): ...
class B(A):
    pass
class C(B):
    def f(self): return 1
print(B.__abstractmethods__, C.__abstractmethods__)
class P:
    pass
try:
    print(P.__abstractmethods__)
except AttributeError as e:
    print("AttributeError:", e)
print(type.__dict__["__abstractmethods__"].__get__(A) if "__abstractmethods__" in type.__dict__ else "no descr")
for action in ("set", "del"):
    try:
        if action == "set":
            int.__abstractmethods__ = frozenset()
        else:
            del int.__abstractmethods__
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class K:
    pass
K.__abstractmethods__ = frozenset({"x"})
print(K.__abstractmethods__, "__abstractmethods__" in K.__dict__)
del K.__abstractmethods__
print(hasattr(K, "__abstractmethods__"), K() is not None)
try:
    del K.__abstractmethods__
except AttributeError as e:
    print("AttributeError", e)
try:
    type.__abstractmethods__
except AttributeError as e:
    print("AttributeError", e)
