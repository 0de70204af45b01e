def inner():
    x = yield 'first'
    print('inner got', x)
    yield 'second'
    return 'inner result'
def outer():
    r = yield from inner()
    print('outer got', r)
    yield from [10, 20]
    yield from range(2)
g = outer()
print(next(g))
print(g.send('sent'))
print(list(g))
def flatten(items):
    for it in items:
        if isinstance(it, list):
            yield from flatten(it)
        else:
            yield it
print(list(flatten([1, [2, [3, [4]], 5], 6])))
