def gen():
    x = yield 1
    y = yield x
    return y
import inspect
g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
g.send("a")
try:
    g.send("b")
except StopIteration as e:
    print(e.value, inspect.getgeneratorstate(g))
def outer():
    yield from inner()
def inner():
    yield 1
o = outer()
next(o)
print(o.gi_yieldfrom.__name__, o.gi_code.co_name, gen.__name__, g.__name__, g.__qualname__)
print(type(g).__name__, repr(g).startswith("<generator object gen at"))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
print(list(zip(range(3), fib())))
gexp = (x * 2 for x in range(3))
print(next(gexp), list(gexp), list(gexp))
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
def early():
    return 5
    yield
print(list(early()))
def g2():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        raise
x = g2(); next(x); del x
print("after del")
def lazy():
    print("started")
    yield
l = lazy()
print("created")
next(l)
it = iter([1, 2, 3])
def take(it):
    for v in it:
        yield v
        if v == 2:
            return
print(list(take(it)), list(it))
def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == "reset":
            i = 0
        else:
            i += 1
c = counter()
print(next(c), next(c), c.send("reset"), next(c))
print(c.throw(StopIteration) if False else "skip")
try:
    c.throw(TypeError, "legacy", None)
except TypeError as e:
    print("TypeError:", e)
