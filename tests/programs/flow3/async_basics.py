import asyncio

async def fetch(name, delay):
    await asyncio.sleep(delay)
    return f"{name} done"

async def main():
    r = await fetch("one", 0)
    print(r)
    results = await asyncio.gather(fetch("a", 0.02), fetch("b", 0.01), fetch("c", 0))
    print(results)
    t = asyncio.create_task(fetch("task", 0))
    print(await t, t.done(), t.result())
    return "main result"

print(asyncio.run(main()))

async def fails():
    await asyncio.sleep(0)
    raise ValueError("async failure")

async def catcher():
    try:
        await fails()
    except ValueError as e:
        print("caught", e)
    res = await asyncio.gather(fails(), fetch("ok", 0), return_exceptions=True)
    print([repr(x) for x in res])
asyncio.run(catcher())

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * 10

async def consume():
    out = []
    async for v in agen(3):
        out.append(v)
    print(out)
    print([v async for v in agen(4) if v])
asyncio.run(consume())

class AsyncCM:
    async def __aenter__(self):
        print("aenter")
        return self
    async def __aexit__(self, et, ev, tb):
        print("aexit", et.__name__ if et else None)
        return True
async def use_cm():
    async with AsyncCM() as cm:
        print("inside", type(cm).__name__)
        raise KeyError("suppressed")
    print("after")
asyncio.run(use_cm())

async def coro():
    return 1
c = coro()
print(type(c).__name__)
c.close()
class AIter:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3:
            raise StopAsyncIteration
        return self.i
async def use_aiter():
    async for x in AIter():
        print("aiter", x)
asyncio.run(use_aiter())
async def timeout():
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except asyncio.TimeoutError:
        print("timed out")
asyncio.run(timeout())
