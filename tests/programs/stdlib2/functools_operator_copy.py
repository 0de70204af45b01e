# functools (partial repr, reduce, singledispatch, total_ordering, cached_property, lru_cache typed, cmp_to_key, wraps), operator getters, copy/deepcopy
import functools
from functools import partial, reduce, singledispatch, total_ordering, cached_property, lru_cache, cmp_to_key, wraps, partialmethod, cache
import operator
from operator import itemgetter, attrgetter, methodcaller
import copy

def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
sq = partial(power, exp=2)
p2 = partial(power, 2)
print(sq(5), p2(10), p2(10, mod=1000), repr(partial(int, "10", base=2)), partial(int, "10", base=2)(), repr(partial(max)))
pp = partial(partial(power, 3), mod=5)
print(pp(4), repr(pp).split(" at ")[0], pp.func is power, pp.args, pp.keywords)
print(repr(partial(print, 1, sep="-")), repr(partial(sorted, key=len)))
class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state):
        self.alive = state
    set_alive = partialmethod(set_state, True)
c = Cell(); c.set_alive(); print(c.alive)
try:
    partial()
except TypeError as e:
    print("TypeError", e)
try:
    partial(1)
except TypeError as e:
    print("TypeError", e)

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(operator.add, [], 0), reduce(max, [3, 9, 2]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError", e)

@singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
@describe.register(tuple)
def _(x):
    return f"sequence of {len(x)}"
@describe.register
def _(x: bool):
    return f"bool {x}"
@describe.register(float)
def describe_float(x):
    return f"float {x:.1f}"
print(describe(1), describe(True), describe([1, 2]), describe((1,)), describe(2.25), describe("s"), describe(None))
print(describe.dispatch(int).__name__ if hasattr(describe.dispatch(int), "__name__") else "?", describe.dispatch(str) is describe.registry[object], sorted(t.__name__ for t in describe.registry))
class Base: pass
class Derived(Base): pass
@describe.register
def _(x: Base):
    return "a Base"
print(describe(Derived()))
class Shape:
    @functools.singledispatchmethod
    def area(self, arg):
        raise NotImplementedError
    @area.register
    def _(self, arg: int):
        return arg * arg
    @area.register
    def _(self, arg: str):
        return "str:" + arg
print(Shape().area(3), Shape().area("x"))

@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(1, 2), Version(1, 0, 5), Version(2), Version(1, 2)]
print(sorted(vs), Version(1) <= Version(1), Version(2) > Version(1, 9), Version(1) >= Version(2), max(vs))
try:
    @total_ordering
    class NoOrder:
        pass
except ValueError as e:
    print("ValueError", e)

class Data:
    def __init__(self, n):
        self.n = n
        self.computed = 0
    @cached_property
    def total(self):
        self.computed += 1
        return sum(range(self.n))
d = Data(10)
print(d.total, d.total, d.computed, "total" in vars(d))
del d.total
print(d.total, d.computed, Data.total.__class__.__name__, Data.total.attrname)

calls = []
@lru_cache(maxsize=2)
def slow(x):
    calls.append(x)
    return x * 2
print([slow(i) for i in [1, 2, 1, 3, 1, 2]], calls, slow.cache_info())
slow.cache_clear(); print(slow.cache_info())
@lru_cache(typed=True)
def typed(x):
    calls.append(("t", x))
    return x
calls.clear()
typed(1); typed(1.0); typed(1); print(calls, typed.cache_info(), typed.cache_parameters())
@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info(), fib.__name__, fib.__wrapped__.__name__)
@cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
print(fact(20), fact.cache_info())
@lru_cache(maxsize=None)
def kw(a, b=1):
    return a + b
kw(1); kw(1, b=1); kw(a=1); print(kw.cache_info())
try:
    @lru_cache
    def bad(x):
        return x
    bad([1])
except TypeError as e:
    print("TypeError", e)

def cmp_len(a, b):
    return len(a) - len(b) or (a > b) - (a < b)
print(sorted(["ccc", "a", "bb", "aa", "b"], key=cmp_to_key(cmp_len)), cmp_to_key(cmp_len)("a") < cmp_to_key(cmp_len)("bb"))
def deco(f):
    @wraps(f)
    def wrapper(*a, **k):
        """wrapper doc"""
        return f(*a, **k)
    return wrapper
@deco
def greet(name: str) -> str:
    """Say hello."""
    return "hi " + name
greet.extra = 1
print(greet("x"), greet.__name__, greet.__qualname__, greet.__doc__, greet.__annotations__, greet.__wrapped__.__name__, greet.__module__)
def plain():
    pass
plain.attr = 5
w = functools.update_wrapper(lambda: None, plain)
print(w.__name__, w.attr, w.__wrapped__ is plain, functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

ig = itemgetter(1)
ig2 = itemgetter(0, 2)
ag = attrgetter("real")
ag2 = attrgetter("a.b", "c")
mc = methodcaller("split", ",", maxsplit=1)
print(repr(ig), repr(ig2), repr(ag), repr(ag2), repr(mc), repr(methodcaller("upper")), repr(itemgetter("k")), repr(attrgetter("x", "y")))
print(ig("abc"), ig2("abc"), ag(3), mc("a,b,c"), methodcaller("upper")("x"), itemgetter(slice(1, 3))([1, 2, 3, 4]))
class NS:
    pass
o = NS(); o.a = NS(); o.a.b = 7; o.c = 8
print(ag2(o), sorted([("b", 2), ("a", 3), ("c", 1)], key=itemgetter(1)), sorted([3 + 1j, 1 + 5j], key=attrgetter("imag")))
try:
    itemgetter(5)([1])
except IndexError as e:
    print("IndexError", e)
try:
    attrgetter("zz")(o)
except AttributeError as e:
    print("AttributeError", e)
try:
    attrgetter(1)
except TypeError as e:
    print("TypeError", e)
try:
    methodcaller()
except TypeError as e:
    print("TypeError", e)
print(operator.add(1, 2), operator.concat([1], [2]), operator.contains("abc", "b"), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"), operator.truth(0), operator.is_(None, None), operator.not_(1))
print(operator.neg(5), operator.pos(-5), operator.inv(5), operator.lshift(1, 4), operator.mod(7, 3), operator.truediv(7, 2), operator.floordiv(7, 2), operator.matmul.__name__, operator.index(5))
lst = [1, 2, 3]; operator.setitem(lst, 0, 9); operator.delitem(lst, 1); print(lst, operator.getitem(lst, -1), operator.length_hint(iter(range(5))), operator.iadd([1], [2]), operator.__add__(1, 1))

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None
a = Node("a"); b = Node("b"); a.children.append(b); b.parent = a
a2 = copy.deepcopy(a)
print(a2 is a, a2.children[0].parent is a2, a2.children[0] is b, a2.children[0].name)
lst = [1, [2, 3]]; lst.append(lst)
l2 = copy.deepcopy(lst)
print(l2[2] is l2, l2[1] is lst[1], copy.copy(lst)[1] is lst[1])
class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("copy called")
        return Custom(self.v)
    def __deepcopy__(self, memo):
        print("deepcopy called", type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo))
cc = Custom([1])
print(copy.copy(cc).v is cc.v, copy.deepcopy(cc).v is cc.v, copy.deepcopy([cc, cc])[0].v)
t = (1, [2]); print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.copy({1: [2]}), copy.deepcopy({"k": {1, 2}}))
class Slotted:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = [1]
        self.y = 2
s2 = copy.deepcopy(Slotted()); print(s2.x, s2.y)
class WithState:
    def __init__(self):
        self.data = [1]
    def __getstate__(self):
        return {"data": self.data, "extra": 1}
    def __setstate__(self, state):
        self.__dict__.update(state)
ws = copy.deepcopy(WithState()); print(vars(ws))
class Red:
    def __init__(self, a):
        self.a = a
    def __reduce__(self):
        return (Red, (self.a + 1,))
print(copy.copy(Red(1)).a, copy.deepcopy(Red(1)).a)
import functools as ft
print(copy.copy(ft.partial(max, 1))(2), copy.deepcopy(range(3)), copy.copy(print) is print, copy.deepcopy(Node) is Node)
try:
    copy.deepcopy(iter([1]).__class__)
    import threading
    copy.deepcopy(threading.Lock())
except TypeError as e:
    print("TypeError", e)
tagged = partial(power, 2, mod=7); tagged.tag = "t"
dup = copy.copy(tagged); deep = copy.deepcopy(tagged)
print(dup(10), dup.tag, dup.args, dup.keywords, deep.keywords is tagged.keywords, repr(deep).split(" at ")[0])
