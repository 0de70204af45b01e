def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


def pairs(iterable):
    iterator = iter(iterable)
    for first in iterator:
        yield first, next(iterator, None)


print(list(countdown(5)))
print(list(pairs("abcde")))
gen = countdown(2)
print(next(gen), next(gen))
try:
    next(gen)
except StopIteration as stop:
    print("returned", stop.value)
print(sum(x * x for x in range(10)))
