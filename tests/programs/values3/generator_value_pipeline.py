def numbers(limit):
    n = 0
    while n < limit:
        yield n
        n += 1
def squares(seq):
    for x in seq:
        yield x * x
def evens(seq):
    return (x for x in seq if x % 2 == 0)
pipeline = evens(squares(numbers(10)))
print(type(pipeline).__name__, list(pipeline), list(pipeline), sum(squares(range(4))))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)], next(f))
def running_mean():
    total, n = 0.0, 0
    value = yield
    while True:
        total += value
        n += 1
        value = yield round(total / n, 3)
rm = running_mean()
next(rm)
print([rm.send(v) for v in (10, 20, 15, 40)])
def chunks(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]
print(list(chunks("abcdefgh", 3)), list(chunks([1, 2, 3, 4], 2)), list(chunks("", 2)))
g = (c.upper() for c in "abc")
print(next(g), list(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
def gen_with_return():
    yield 1
    return "done"
it = gen_with_return()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("returned", e.value)
