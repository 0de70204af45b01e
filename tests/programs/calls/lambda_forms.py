square = lambda x: x * x
add = lambda a, b=10: a + b
varargs = lambda *a, **k: (a, k)
kwonly = lambda *, key: key
print(square(7), add(1), add(1, 2), varargs(1, 2, z=3), kwonly(key="k"))
print(square.__name__, square.__qualname__)

pairs = [(3, "c"), (1, "a"), (2, "b")]
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(list(map(lambda x, y: x ** y, [2, 3], [3, 2])))
print(list(filter(lambda s: s.isupper(), ["A", "b", "C"])))

compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))

fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))

class K:
    f = lambda self: "method from lambda"
print(K().f())
print(K.f.__qualname__)

cond = (lambda: "yes") if True else (lambda: "no")
print(cond())
print((lambda: (yield))().__class__.__name__)
dispatch = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for op in "+-*":
    print(op, dispatch[op](6, 3))
try:
    square()
except TypeError as e:
    print(e)
try:
    add(1, 2, 3)
except TypeError as e:
    print(e)
