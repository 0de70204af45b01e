# inspect: source of decorated, multi-line and one-line definitions (with
# comments and strings that break indentation), lambdas and classes; docs
# inherited by classes and methods; members and static attributes; the
# is* tests; frames and stacks; closures; generator and coroutine states
import inspect, functools, sys, types, asyncio

def deco(f): return f
def deco_with(*args): return deco

@deco
@deco_with(1,
           2)
def decorated(a,
              b):   # a comment
    x = """
not indented"""
    # a comment inside

    return x, [1,
  2]
    # trailing comment
# a comment at column 0 after the body

def one_liner(): return 1
double = lambda x: (x +
                    1)
class Base:
    """Base doc.

        Indented part.
    """
    def method(self):
        """Method doc."""
        return 1   # with a comment

    @property
    def prop(self):
        "property doc"
        return 2
class Child(Base):
    def method(self): return 3
    class Inner: pass
class Bare: pass
@deco
class Decorated(Base): x = 1

for obj in [decorated, one_liner, double, Base, Child.method, Child().method, Child.Inner,
            Decorated, Bare]:
    lines, start = inspect.getsourcelines(obj)
    print(start, len(lines))
    print(''.join(lines), end='|\n')
frame = sys._getframe()
print(inspect.getsourcelines(frame)[1], len(inspect.getsource(sys.modules[__name__])) > 100)
for obj in [len, 3, sys]:
    try: inspect.getsource(obj)
    except (TypeError, OSError) as e: print(type(e).__name__, e)
print(inspect.getfile(decorated) == __file__, inspect.getsourcefile(Base) == __file__,
      inspect.getmodule(Base) is sys.modules[__name__], inspect.getmodule(3), inspect.getmodule(sys) is sys)

# docs
for obj in [Base, Child, Bare, Child.method, Child().method, Base.prop, decorated]:
    print(repr(inspect.getdoc(obj)))
print(inspect.cleandoc("  first\n      second\n    third\n\n"), inspect.cleandoc("\n\n  a\n\tb\n"), sep="|")
print(repr(inspect.cleandoc("")), repr(inspect.cleandoc("one")))

# members and attributes
print([name for name, _ in inspect.getmembers(Child, inspect.isfunction)])
print([name for name, _ in inspect.getmembers(Child()) if not name.startswith('__')])
print(inspect.getmembers(Base, lambda v: isinstance(v, property)) == [('prop', Base.__dict__['prop'])])
class Slots:
    __slots__ = ('s',)
    data = 5
sl = Slots()
print([n for n, v in inspect.getmembers(sl) if not n.startswith('__')])
class Dynamic:
    def __getattr__(self, name): return 42
d = Dynamic(); d.own = 1
print(inspect.getattr_static(d, 'own'), inspect.getattr_static(d, 'nothing', 'default'))
try: inspect.getattr_static(d, 'nothing')
except AttributeError as e: print("AttributeError", e)
print(type(inspect.getattr_static(Base(), 'prop')).__name__, type(inspect.getattr_static(Base, 'method')).__name__)
print(inspect.getattr_static(Child, 'mro') is type.__dict__['mro'], inspect.getattr_static(Slots, 'data'))
print(inspect.getattr_static(Base, 'missing', None))
print(inspect.getmro(Child) == Child.__mro__)
def loop(): pass
loop.__wrapped__ = loop
try: inspect.unwrap(loop)
except ValueError as e: print("ValueError", str(e).split(" at ")[0])
w = functools.wraps(decorated)(lambda: 0)
print(inspect.unwrap(w) is decorated, inspect.unwrap(w, stop=lambda f: True) is w)

# the is* tests
def gen(): yield 1
async def coro(): pass
async def agen(): yield 1
class Awaitable:
    def __await__(self): yield
g, c, a = gen(), coro(), agen()
objects = [decorated, Child().method, Child, sys, len, g, c, a, frame, frame.f_code, Base.prop,
           Base.__dict__['method'], str.upper, int.real, Awaitable(), gen, coro, agen,
           functools.partial(gen), staticmethod(gen), 3]
tests = ['isfunction', 'ismethod', 'isclass', 'ismodule', 'isbuiltin', 'isroutine', 'isgenerator',
         'iscoroutine', 'isasyncgen', 'isframe', 'iscode', 'istraceback', 'isgeneratorfunction',
         'iscoroutinefunction', 'isasyncgenfunction', 'isawaitable', 'ismethoddescriptor',
         'isdatadescriptor', 'isabstract']
for name in tests:
    test = getattr(inspect, name)
    print(f"{name:20}", ''.join('X' if test(o) else '.' for o in objects), test.__name__ == name)
c.close()
import abc
class Abstract(abc.ABC):
    @abc.abstractmethod
    def needed(self): pass
class Concrete(Abstract):
    def needed(self): pass
print(inspect.isabstract(Abstract), inspect.isabstract(Concrete), inspect.isabstract(3))
try: raise ValueError
except ValueError as e: print(inspect.istraceback(e.__traceback__), inspect.getframeinfo(e.__traceback__)[1:3])

# frames
def inner():
    info = inspect.getframeinfo(inspect.currentframe(), context=3)
    print(info.lineno, info.function, info.index, [l.strip() for l in info.code_context])
    print(info.filename == __file__, len(info), info[1:3])
    names = [f.function for f in inspect.stack()]
    print(names, inspect.stack()[0].code_context, inspect.stack(0)[1][2:], inspect.stack()[1].filename == __file__)
    outer = inspect.getouterframes(inspect.currentframe().f_back, context=1)
    print([(f.function, f.index) for f in outer])
def middle(): inner()
middle()

# closures
import os
def make(counter):
    limit = 10
    def step(n):
        return min(counter + n, limit) + len(os.sep) + undefined_name.attribute
    return step
cv = inspect.getclosurevars(make(3))
print(cv.nonlocals, sorted(cv.globals), sorted(cv.builtins), sorted(cv.unbound))
try: inspect.getclosurevars(len)
except TypeError as e: print(e)

# generator and coroutine states
def watcher():
    print("running:", inspect.getgeneratorstate(it))
    yield 1
it = watcher()
print(inspect.getgeneratorstate(it)); next(it); print(inspect.getgeneratorstate(it))
it.close(); print(inspect.getgeneratorstate(it))
async def waiting():
    await asyncio.sleep(0)
co = waiting(); print(inspect.getcoroutinestate(co)); co.send(None); print(inspect.getcoroutinestate(co))
co.close(); print(inspect.getcoroutinestate(co))
print(inspect.GEN_CREATED, inspect.CORO_CLOSED, inspect.CO_GENERATOR, inspect.CO_VARARGS | inspect.CO_VARKEYWORDS)
