def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return 'done'
print(list(countdown(5)))
g = countdown(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('stop value', e.value)
def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fibs()
print([next(f) for _ in range(15)])
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
print(list(take(5, fibs())), sum(take(10, fibs())))
gen = (x * x for x in range(5))
print(gen.__class__.__name__, list(gen), list(gen))
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received
e = echo()
print(next(e), e.send('a'), e.send('b'))
try:
    e.send(None)
except StopIteration as s:
    print('returned', s.value)
