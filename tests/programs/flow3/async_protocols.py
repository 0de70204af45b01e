import asyncio
async def main():
    try:
        await 5
    except TypeError as e:
        print("TypeError:", e)
    class Bad:
        def __await__(self):
            return 5
    try:
        await Bad()
    except TypeError as e:
        print("TypeError:", e)
    class Good:
        def __await__(self):
            yield
            return "good-await"
    print(await Good())
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async with object():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
    try:
        with asyncio.Lock():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
asyncio.run(main())

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")
async def drive():
    g = agen()
    print(await g.__anext__())
    print(await g.asend(None))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")
    g2 = agen()
    await g2.__anext__()
    try:
        await g2.athrow(ValueError("thrown"))
    except ValueError as e:
        print("ValueError:", e)
asyncio.run(drive())

async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)
async def consumer(q):
    got = []
    while (item := await q.get()) is not None:
        got.append(item)
    return got
async def pc():
    q = asyncio.Queue()
    _, got = await asyncio.gather(producer(q, 5), consumer(q))
    print(got)
asyncio.run(pc())
async def cancel_me():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cancelled!")
        raise
async def canceller():
    t = asyncio.create_task(cancel_me())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main saw cancel", t.cancelled())
asyncio.run(canceller())
async def sq(x):
    return x * x
async def comp():
    print([await sq(i) for i in range(4)])
    print({i: await sq(i) for i in range(3)})
asyncio.run(comp())
print(asyncio.iscoroutinefunction(sq), asyncio.iscoroutine(sq(1)))
import inspect
print(inspect.iscoroutinefunction(sq), inspect.isasyncgenfunction(agen), inspect.isgeneratorfunction(agen))
