# os.PathLike as an ABC: a class with __fspath__ is one, __fspath__ = None opts out, register() and subclassing count, an abstract subclass cannot be made; the path constants; compared with python3.
import os
class A:
    def __fspath__(self): return 'a'
class B: pass
class C(A):
    __fspath__ = None
class D: pass
os.PathLike.register(D)
class E(os.PathLike):
    def __fspath__(self): return 'e'
class F(os.PathLike): pass
for k in (A, B, C, D, E, str, bytes):
    print(k.__name__, issubclass(k, os.PathLike), isinstance(k(), os.PathLike))
try:
    F()
except TypeError as e:
    print(e)
print(os.PathLike[str], os.fspath(E()))
class G(E): pass
print(issubclass(G, os.PathLike), os.sep, os.name, os.devnull, os.defpath, repr(os.linesep))
