# a generator's finally raising OSError when close() throws GeneratorExit into it
def g():
    try:
        yield 1
    finally:
        raise OSError('gen cleanup')
it = g()
next(it)
it.close()
