# asyncio.Barrier: the documentation's example, places in the arrivals, rounds, async with,
# a cancelled waiter, reset() and abort() while tasks wait, the errors
import asyncio


async def docs_example():
    b = asyncio.Barrier(3)
    asyncio.create_task(b.wait())
    asyncio.create_task(b.wait())
    await asyncio.sleep(0)
    print(repr(b).split(" [")[1])
    await b.wait()
    print(repr(b).split(" [")[1])
    print("barrier passed")
    await asyncio.sleep(0)
    print(repr(b).split(" [")[1])


async def rounds():
    b = asyncio.Barrier(3)
    log = []

    async def runner(name, delay):
        for round_number in range(2):
            await asyncio.sleep(delay)
            place = await b.wait()
            log.append((round_number, name, place))
        async with b as place:
            log.append(("with", name, place))

    await asyncio.gather(runner("a", 0.002), runner("b", 0), runner("c", 0.001))
    for entry in log:
        print(entry)
    print(b.parties, b.n_waiting, b.broken)


async def breaking():
    b = asyncio.Barrier(3)

    async def waiter(name):
        try:
            print(name, "got place", await b.wait())
        except asyncio.BrokenBarrierError as e:
            print(name, "BrokenBarrierError:", e)

    tasks = [asyncio.create_task(waiter(n)) for n in "xy"]
    await asyncio.sleep(0)
    print(b.n_waiting)
    tasks[0].cancel()
    await asyncio.sleep(0)
    print("after a cancel:", b.n_waiting, repr(b).split(" [")[1])
    await b.reset()
    print(repr(b).split(" [")[1])
    await asyncio.gather(*tasks, return_exceptions=True)
    print(repr(b).split(" [")[1])
    tasks = [asyncio.create_task(waiter(n)) for n in "pq"]
    await asyncio.sleep(0)
    await b.abort()
    await asyncio.gather(*tasks)
    print(b.broken, b.n_waiting, repr(b).split(" [")[1])
    await waiter("late")
    await b.reset()
    print(repr(b).split(" [")[1])
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print(e)
    print(issubclass(asyncio.BrokenBarrierError, RuntimeError), asyncio.BrokenBarrierError.__module__)


async def main():
    for part in (docs_example, rounds, breaking):
        print("--", part.__name__)
        await part()

asyncio.run(main())
