import functools
from functools import reduce, partial, lru_cache, wraps, total_ordering, cache, cmp_to_key, cached_property, singledispatch
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 0), reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)
int2 = partial(int, base=2)
print(int2("1011"), int2.func, int2.args, int2.keywords, partial(pow, 2)(10), partial(partial(max, 1), 5)(3))
print(repr(partial(print, 1, sep="-"))[:30])
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
fib.cache_clear(); print(fib.cache_info())
@lru_cache(maxsize=2)
def sq(x):
    print("computing", x)
    return x * x
print(sq(2), sq(3), sq(2), sq(4), sq(3), sq.cache_info())
@cache
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(30), fact.cache_info().currsize)
def logged(func):
    @wraps(func)
    def wrapper(*args, **kw):
        print("calling", func.__name__, args, kw)
        return func(*args, **kw)
    return wrapper
@logged
def add(a, b=0):
    "Add numbers."
    return a + b
print(add(1, b=2), add.__name__, add.__doc__, add.__wrapped__.__name__)
@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(map(int, s.split(".")))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
vs = [Version("1.10"), Version("1.2"), Version("1.2.1")]
print(sorted(vs), max(vs), Version("2.0") >= Version("1.9"), Version("1.0") > Version("1.0"), Version("1") <= Version("1"))
print(sorted(["b10", "a2", "b9"], key=cmp_to_key(lambda x, y: (x[0] > y[0]) - (x[0] < y[0]) or int(x[1:]) - int(y[1:]))))
class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("computing area")
        return round(3.14159 * self.r ** 2, 2)
c = Circle(2)
print(c.area, c.area, "area" in vars(c))
@singledispatch
def describe(x):
    return "thing"
@describe.register
def _(x: int):
    return "int " + str(x)
@describe.register(list)
def _(x):
    return "list of " + str(len(x))
print(describe(3), describe([1, 2]), describe("s"), describe(True))
try:
    partial()
except TypeError as e:
    print("TypeError:", e)
try:
    partial(3)
except TypeError as e:
    print("TypeError:", e)
try:
    lru_cache(maxsize="x")
except TypeError as e:
    print("TypeError:", e)
