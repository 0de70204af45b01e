def echo():
    received = None
    while True:
        try:
            received = yield received
            print('got', received)
        except ValueError as e:
            print('handled', e)
            received = 'after error'
        finally:
            pass
g = echo()
print(next(g))
print(g.send('hello'))
print(g.throw(ValueError('oops')))
g.close()
print('closed')
def closing():
    try:
        yield 1
        yield 2
    finally:
        print('generator cleanup')
c = closing()
print(next(c))
c.close()
try:
    echo().send(5)
except TypeError as e:
    print(e)
def stopper():
    yield 1
    raise StopIteration
try:
    list(stopper())
except RuntimeError as e:
    print(e)
