import functools

def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"-> {fn.__name__}{args}")
        r = fn(*args, **kwargs)
        print(f"<- {fn.__name__} = {r!r}")
        return r
    return wrapper

def times(n):
    def deco(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        w.__name__ = fn.__name__ + "_x" + str(n)
        return w
    return deco

@trace
@times(2)
def sq(x):
    """square it"""
    return x * x

print(sq(3))
print(sq.__name__, sq.__doc__, sq.__wrapped__.__name__)

def register(registry):
    def deco(cls):
        registry[cls.__name__] = cls
        return cls
    return deco
REG = {}
@register(REG)
class Foo:
    pass
@register(REG)
class Bar:
    pass
print(sorted(REG))

class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)

@CountCalls
def add(a, b):
    return a + b
add(1, 2); add(3, 4)
print(add.calls, add(5, 6))

def memo(fn):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    w.cache = cache
    return w
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))

@functools.lru_cache(maxsize=None)
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)
print(ways(50), ways.cache_info())

deco_list = [lambda f: f]
@deco_list[0]
def plain():
    return "plain"
print(plain())
