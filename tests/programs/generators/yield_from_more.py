def inner():
    x = yield 'i1'
    print('inner got', x)
    yield 'i2'
    return 'inner-result'
def outer():
    r = yield from inner()
    print('result', r)
    yield from [10, 20]
    yield from range(2)
    return 'outer-done'
g = outer()
print(next(g), g.send('sent'), next(g), next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print(e.value)
def delegating():
    try:
        yield from inner()
    except KeyError as e:
        print('outer caught', e)
        yield 'after'
d = delegating(); next(d)
print(d.throw(KeyError('k')))
def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def chain(*its):
    for it in its:
        yield from it
print(list(chain('ab', [1], (), range(2))))
