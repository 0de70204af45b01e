def trace(func):
    def wrapper(*args, **kwargs):
        print('call', func.__name__, args, kwargs)
        r = func(*args, **kwargs)
        print('ret', r)
        return r
    wrapper.__name__ = func.__name__
    return wrapper
def repeat(n):
    def deco(func):
        def wrapper(*a):
            return [func(*a) for _ in range(n)]
        return wrapper
    return deco
@trace
def add(a, b=0):
    return a + b
add(1, b=2)
@repeat(3)
def hello(name):
    return 'hi ' + name
print(hello('bob'))
@trace
@repeat(2)
def sq(x):
    return x * x
sq(4)
def register(registry):
    def deco(f):
        registry[f.__name__] = f
        return f
    return deco
reg = {}
@register(reg)
def one(): return 1
@register(reg)
def two(): return 2
print(sorted(reg), reg['two']())
class Cnt:
    def __init__(self, f):
        self.f = f
        self.n = 0
    def __call__(self, *a):
        self.n += 1
        return self.f(*a)
@Cnt
def double(x): return 2 * x
print(double(2), double(3), double.n)
