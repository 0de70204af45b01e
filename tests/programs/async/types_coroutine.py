# types.coroutine marks a generator function awaitable (CO_ITERABLE_COROUTINE via code.replace); code.replace of names
import types, asyncio, inspect

def plain():
    yield

@types.coroutine
def ticks(n):
    total = 0
    for i in range(n):
        total += yield from asyncio.sleep(0, result=i).__await__()
    return total

@types.coroutine
def delegate():
    # a coroutine object may be delegated to only from a coroutine-like generator
    return (yield from inner())

async def inner():
    await asyncio.sleep(0)
    return 'inner done'

def not_marked(coroutine):
    return (yield from coroutine)

async def main():
    try:
        await plain()
    except TypeError as e:
        print('TypeError:', e)
    print(await ticks(4), await delegate())
    coroutine = inner()
    try:
        not_marked(coroutine).send(None)
    except TypeError as e:
        print('TypeError:', e)
    coroutine.close()
    print(inspect.isgeneratorfunction(ticks), inspect.iscoroutinefunction(ticks),
          inspect.isawaitable(ticks(1)), inspect.isawaitable(plain()))
    print(bool(ticks.__code__.co_flags & 0x100), bool(plain.__code__.co_flags & 0x100))

asyncio.run(main())

def f(a, b=2):
    return a + b
code = f.__code__
renamed = code.replace(co_name='g', co_qualname='outer.g')
print(renamed.co_name, renamed.co_qualname, renamed.co_varnames, code.co_name)
f.__code__ = renamed
print(f(1), f.__name__, f.__code__ is renamed)
print(code.replace() is code, code.replace().co_consts == code.co_consts)
for bad in [lambda: code.replace(1), lambda: code.replace(co_bogus=1), lambda: code.replace(co_name=5)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
