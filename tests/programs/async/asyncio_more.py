# asyncio: interleaving by sleep(0), futures and call_later, wait(), cancellation inside a task, queues, an unawaited coroutine warns
import asyncio, time
async def tick(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0)
async def tock(n):
    for i in range(n):
        print("tock", i)
        await asyncio.sleep(0)
async def main():
    await asyncio.gather(tick(3), tock(3))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, 42)
    loop.call_soon(print, "call_soon ran")
    print("future result", await fut)
    print(await asyncio.sleep(0.001, result="slept"))
    t = asyncio.create_task(tick(1), name="named")
    print(t.get_name(), t.done())
    await t
    print(t.done(), t.result())
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0.01)), asyncio.create_task(asyncio.sleep(1))], timeout=0.05)
    print(len(done), len(pending))
    for p in pending: p.cancel()
    print(asyncio.iscoroutinefunction(main), asyncio.iscoroutine(tick(0)))
    async def slow():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("slow got cancelled")
            raise
    task = asyncio.create_task(slow())
    await asyncio.sleep(0.001)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    print(task.cancelled())
    pq = asyncio.PriorityQueue()
    for x in [3, 1, 2]: pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(3)])
    q = asyncio.Queue(maxsize=1)
    q.put_nowait(1)
    try: q.put_nowait(2)
    except asyncio.QueueFull: print("full")
    q.get_nowait(); q.task_done()
    await q.join()
    print("joined", q.empty(), q.qsize())
    start = time.monotonic()
    await asyncio.sleep(0.05)
    print(time.monotonic() - start >= 0.04)
asyncio.run(main())
async def boom():
    raise RuntimeError("inside")
try:
    asyncio.run(boom())
except RuntimeError as e:
    print("caught", e)
try:
    asyncio.run(42)
except ValueError as e:
    print(e)
