def g():
    print('start')
    x = yield 1
    print('got', x)
    try:
        yield 2
    except ValueError as e:
        print('caught', e)
        yield 'recovered'
    finally:
        print('cleanup')
    yield 3
gen = g()
print(gen.gi_running, gen.gi_frame is not None)
print(next(gen))
print(gen.send('hello'))
print(gen.throw(ValueError('boom')))
print(next(gen))
try:
    next(gen)
except StopIteration:
    print('stopped')
print(gen.gi_frame)
def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
c = closer(); next(c); c.close(); c.close()
print('closed')
def bad_closer():
    try:
        yield 1
    except GeneratorExit:
        yield 'nope'
b = bad_closer(); next(b)
try:
    b.close()
except RuntimeError as e:
    print(e)
def ret():
    return 5
    yield
try:
    next(ret())
except StopIteration as e:
    print(e.value, repr(e))
gen2 = g()
try:
    gen2.send(1)
except TypeError as e:
    print(e)
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print(e)
