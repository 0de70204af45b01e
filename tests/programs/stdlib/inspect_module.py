# inspect: signature (str, parameters, bind), getdoc/cleandoc, the is* tests, getmembers, getsource, stack, getcallargs
import inspect, functools
def f(a, b: int = 2, *args, c, d="x", **kw) -> bool:
    """Doc of f.

        indented
    """
    return True
def g(x, /, y, *, z=3): pass
class C:
    """Class doc."""
    def __init__(self, p, q=1): self.p = p
    def m(self, r): return r
    @staticmethod
    def s(t): pass
    @classmethod
    def k(cls, u): pass
sig = inspect.signature(f)
print(sig, repr(sig))
for name, p in sig.parameters.items():
    print(name, p.kind, p.default is p.empty, p.annotation, str(p))
print(inspect.signature(g), inspect.signature(C), inspect.signature(C(1).m), inspect.signature(C.s), inspect.signature(C.k))
print(inspect.signature(lambda *a, **k: 0), inspect.signature(functools.partial(f, 1)))
b = sig.bind(1, c=3)
print(b, b.args, b.kwargs); b.apply_defaults(); print(b.arguments)
try: sig.bind(1)
except TypeError as e: print(e)
print(inspect.getdoc(f)); print(inspect.getdoc(C), inspect.cleandoc("  x\n    y\n  z"))
print(inspect.isfunction(f), inspect.ismethod(C(1).m), inspect.isclass(C), inspect.isbuiltin(len), inspect.isroutine(len), inspect.ismodule(inspect))
def gen(): yield 1
async def co(): pass
print(inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()), inspect.iscoroutinefunction(co), inspect.isgeneratorfunction(f))
print([n for n, v in inspect.getmembers(C, inspect.isfunction)])
print(inspect.getsource(g), end="")
print(inspect.getsource(C.m), end="")
print(inspect.getfullargspec(f))
def caller():
    return inspect.stack()[1].function, inspect.currentframe().f_code.co_name
print(caller())
print(inspect.getmro(C), inspect.getmodule(f).__name__)
print(inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=1), inspect.Parameter.POSITIONAL_ONLY)
print(inspect.getcallargs(f, 1, c=2))
