def f():
    yield 1
    return 5
async def g():
    yield from f()
