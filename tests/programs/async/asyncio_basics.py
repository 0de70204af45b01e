# asyncio: run, gather, create_task, wait_for timeouts, Queue, Event, Lock, Semaphore, cancel, as_completed, TaskGroup, timeout()
import asyncio
async def worker(name, delay):
    print(f"{name} start")
    await asyncio.sleep(delay)
    print(f"{name} done")
    return name.upper()
async def main():
    r = await asyncio.gather(worker("a", 0.02), worker("b", 0.01), worker("c", 0))
    print(r)
    t1 = asyncio.create_task(worker("t1", 0.01))
    t2 = asyncio.create_task(worker("t2", 0))
    print("tasks created")
    print(await t1, await t2)
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    q = asyncio.Queue()
    async def producer():
        for i in range(3):
            await q.put(i)
            print("put", i)
        await q.put(None)
    async def consumer():
        while True:
            item = await q.get()
            if item is None: break
            print("got", item)
    await asyncio.gather(producer(), consumer())
    ev = asyncio.Event()
    async def waiter():
        print("waiting")
        await ev.wait()
        print("event set")
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    await w
    lock = asyncio.Lock()
    async def crit(n):
        async with lock:
            print("in", n)
            await asyncio.sleep(0)
            print("out", n)
    await asyncio.gather(*(crit(i) for i in range(3)))
    sem = asyncio.Semaphore(2)
    async def lim(n):
        async with sem:
            print("sem in", n)
            await asyncio.sleep(0)
            print("sem out", n)
    await asyncio.gather(*(lim(i) for i in range(4)))
    async def fail():
        await asyncio.sleep(0)
        raise ValueError("boom")
    try:
        await asyncio.gather(fail(), worker("x", 0))
    except ValueError as e:
        print("gather raised", e)
    res = await asyncio.gather(fail(), worker("y", 0), return_exceptions=True)
    print(res)
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
    for coro in asyncio.as_completed([worker("p", 0.02), worker("q", 0.01)]):
        print("as_completed", await coro)
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(worker("g1", 0.01))
        b = tg.create_task(worker("g2", 0))
    print(a.result(), b.result())
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout cm")
    print(asyncio.current_task().get_name())
    return "main result"
print(asyncio.run(main()))
async def tg_fail():
    async def bad(n):
        await asyncio.sleep(0)
        raise ValueError(n)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(1))
            tg.create_task(bad(2))
    except* ValueError as eg:
        print("group", [str(e) for e in eg.exceptions])
asyncio.run(tg_fail())
loop = asyncio.new_event_loop()
print(loop.run_until_complete(worker("loop", 0)))
loop.close()
