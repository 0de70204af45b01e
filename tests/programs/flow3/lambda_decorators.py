import functools

def trace(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"-> {func.__name__}{args}{kwargs if kwargs else ''}")
        result = func(*args, **kwargs)
        print(f"<- {func.__name__} = {result!r}")
        return result
    return wrapper

def repeat(times):
    def deco(func):
        def wrapper(*a):
            return [func(*a) for _ in range(times)]
        return wrapper
    return deco

@trace
def add(a, b=2):
    "Add things."
    return a + b

add(1)
add(1, b=5)
print(add.__name__, add.__doc__, add.__wrapped__.__name__)

@repeat(3)
def hello(n):
    return f"hi {n}"
print(hello("x"), hello.__name__)

def stacked(label):
    def deco(f):
        def w():
            return f"{label}({f()})"
        return w
    return deco

@stacked("a")
@stacked("b")
def base():
    return "x"
print(base())

registry = []
def register(f):
    registry.append(f.__name__)
    return f
@register
class Thing:
    pass
@register
def thing2():
    pass
print(registry, Thing.__name__)

square = lambda x: x * x
print(square(4), square.__name__, (lambda: None)(), (lambda *a, **k: (a, k))(1, z=2))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
compose = lambda f, g: lambda x: f(g(x))
print(compose(square, lambda x: x + 1)(3))
print((lambda x, /, y=1, *, z: x + y + z)(1, z=10))
try:
    (lambda x: x)()
except TypeError as e:
    print("TypeError:", e)

@(lambda f: f())
def run_now():
    return "ran at decoration"
print(run_now)
class Deco:
    def __init__(self, f):
        self.f = f
        functools.update_wrapper(self, f)
    def __call__(self, *a):
        return self.f(*a) * 2
@Deco
def seven():
    "seven doc"
    return 7
print(seven(), seven.__doc__, seven.__name__)
