async def ticker(n):
    try:
        for i in range(n):
            received = yield i
            if received:
                print('received', received)
    finally:
        print('ticker cleanup')

def run(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value

async def main():
    t = ticker(5)
    print(await t.__anext__(), await t.asend('hello'), await t.__anext__())
    try:
        await t.athrow(ValueError('stop it'))
    except ValueError as e:
        print('athrow raised', e)
    try:
        await t.__anext__()
    except StopAsyncIteration:
        print('exhausted')
    t2 = ticker(3)
    print(await t2.__anext__())
    await t2.aclose()
    print('closed', t2.ag_frame is None)
    results = [x async for x in ticker(3)]
    print(results)
    return 'main done'

print(run(main()))
a = ticker(1)
print(type(a).__name__, type(a.__anext__()).__name__, a.__aiter__() is a)
