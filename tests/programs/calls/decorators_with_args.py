import functools

def repeat(times):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            results = []
            for _ in range(times):
                results.append(func(*args, **kwargs))
            return results
        return wrapper
    return decorator

@repeat(3)
def greet(name):
    """Say hello."""
    return f"hi {name}"

print(greet("bo"))
print(greet.__name__, greet.__doc__, greet.__wrapped__.__name__)

def trace(func):
    depth = 0
    @functools.wraps(func)
    def wrapper(*args):
        nonlocal depth
        print("  " * depth + f"-> {func.__name__}{args}")
        depth += 1
        try:
            result = func(*args)
        finally:
            depth -= 1
        print("  " * depth + f"<- {result}")
        return result
    return wrapper

@trace
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
fib(3)

registry = {}
def register(name=None):
    def deco(fn):
        registry[name or fn.__name__] = fn
        return fn
    return deco

@register()
def alpha(): return "a"
@register("beta-cmd")
def beta(): return "b"
print(sorted(registry), registry["beta-cmd"]())

def stack_a(f):
    def w(): return "a(" + f() + ")"
    return w
def stack_b(f):
    def w(): return "b(" + f() + ")"
    return w
@stack_a
@stack_b
def core(): return "core"
print(core())
print(core.__name__)

def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Db:
    def __init__(self, url): self.url = url
print(Db("x").url, Db("y").url, Db("z") is Db("w"))

@lambda f: f()
def computed():
    return 99
print(computed)
