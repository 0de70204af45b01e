def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(5)))
g = count_up(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print('done')
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
gen = fib()
print([next(gen) for _ in range(10)])
print(sum(x * x for x in range(10)), list(x for x in 'abc' if x != 'b'))
def with_return():
    yield 1
    return 'result'
try:
    g = with_return()
    next(g); next(g)
except StopIteration as e:
    print('stop value', e.value)
