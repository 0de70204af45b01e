# assigning a function's __code__ (free variables must match) and __dict__, and deleting them
x = 10

def f():
    return 'f'

def g():
    return x

def make():
    y = 2
    def k():
        return y
    return k

k = make()
f.__code__ = g.__code__
print(f(), f.__name__, f.__code__.co_name)
for target, value in [(f, make().__code__), (k, g.__code__), (f, 1), (f, None)]:
    try:
        target.__code__ = value
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
k.__code__ = make().__code__
print(k())
try:
    del f.__code__
except TypeError as e:
    print(type(e).__name__, e)
for value in [1, [], None]:
    try:
        f.__dict__ = value
    except TypeError as e:
        print(type(e).__name__, e)
try:
    del f.__dict__
except TypeError as e:
    print(type(e).__name__, e)
f.__dict__ = {'tag': 1}
print(f.tag)

def gen():
    yield 1
    yield 2

it = gen()
print(next(it))
gen.__code__ = f.__code__
print(next(it), gen())
