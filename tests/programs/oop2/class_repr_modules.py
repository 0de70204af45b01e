# How classes and their instances name themselves: module.qualname, or in
# the builtins module (code run by exec with empty globals) the bare name.
exec("class A:\n    class B: pass\nprint(A.B, A, A.__module__, A.B.__qualname__)", {})
exec("class C:\n    class D: pass\nprint(C.D, repr(C.D())[:16])", {"__name__": "mymod"})
class Outer:
    class Inner:
        pass
print(Outer.Inner, repr(Outer.Inner())[:31], Outer.Inner.__qualname__)
print(int, type, object, type(None), type(...), type(iter([])), type(print), str, type({}.keys()))
import sys
print(type(sys.flags), type(sys.version_info))
def factory():
    class Local:
        pass
    return Local
print(factory(), factory().__qualname__)
