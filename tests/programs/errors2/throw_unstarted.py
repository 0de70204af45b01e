# throw() into generators and coroutines that never started
def g():
    try:
        yield 1
    except ValueError:
        yield 'caught'

for exc in [ValueError, StopIteration, GeneratorExit, KeyError('k')]:
    it = g()
    try:
        print(it.throw(exc))
    except BaseException as e:
        print(type(e).__name__, repr(e), repr(e.__cause__))
    print(next(it, 'finished'))

it = g()
print(next(it), it.throw(ValueError))

def outer():
    r = yield from g()
    return r

it = outer()
try:
    it.throw(StopIteration)
except RuntimeError as e:
    print('outer:', e)

async def co():
    return 1

c = co()
try:
    c.throw(ValueError('into coroutine'))
except ValueError as e:
    print('coroutine:', e)
try:
    c.send(None)
except RuntimeError as e:
    print(e)

async def ag():
    yield 1

a = ag()
t = a.athrow(ValueError('into async gen'))
try:
    t.send(None)
except ValueError as e:
    print('asyncgen:', e)

def gen_close():
    yield 1
it = gen_close()
it.close()
print(next(it, 'closed'))
