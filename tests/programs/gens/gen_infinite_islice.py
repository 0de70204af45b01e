from itertools import islice, count, takewhile, dropwhile, cycle, accumulate, chain, repeat

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def primes():
    found = []
    for n in count(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n

print(list(islice(fib(), 15)))
print(list(islice(primes(), 12)))
print(list(takewhile(lambda x: x < 100, fib())))
print(list(islice(dropwhile(lambda x: x < 1000, fib()), 3)))
print(list(islice(cycle("abc"), 7)), list(repeat("z", 3)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(chain.from_iterable([[1], [2, 3], []])))
g = fib()
print(next(g), next(g), next(g), sum(islice(g, 5)))
evens = (n for n in count() if n % 2 == 0)
print([next(evens) for _ in range(5)])
