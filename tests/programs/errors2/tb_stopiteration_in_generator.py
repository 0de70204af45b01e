# StopIteration raised inside a generator under list(): RuntimeError with the direct cause
def g():
    yield 1
    raise StopIteration('early')
list(g())
