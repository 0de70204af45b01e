# asyncio with threads: to_thread, run_in_executor (the loop's pool and a given one),
# wrap_future, call_soon_threadsafe and run_coroutine_threadsafe from other threads
import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor


def blocking(n, delay=0.01):
    time.sleep(delay)
    return n * 10, threading.current_thread().name.split("_")[0]


def failing():
    raise LookupError("from a thread")


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.to_thread(blocking, 1))
    print(await asyncio.to_thread(blocking, n=2, delay=0))
    results = await asyncio.gather(*(asyncio.to_thread(blocking, i, 0.01 * (3 - i))
                                     for i in range(3)))
    print([r[0] for r in results])
    try:
        await asyncio.to_thread(failing)
    except LookupError as e:
        print("raised:", e)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="mine") as pool:
        print(await loop.run_in_executor(pool, blocking, 4))
        cf = pool.submit(blocking, 5)
        print(await asyncio.wrap_future(cf))
        slow = loop.run_in_executor(pool, time.sleep, 0.05)
        queued = loop.run_in_executor(pool, print, "never printed")
        queued.cancel()
        await slow
        print("cancelled:", queued.cancelled())

    got = loop.create_future()

    def from_thread():
        time.sleep(0.01)
        loop.call_soon_threadsafe(got.set_result, "set from a thread")

    threading.Thread(target=from_thread).start()
    print(await got)

    async def doubled(x):
        await asyncio.sleep(0.001)
        return 2 * x

    answers = []

    def submitter():
        future = asyncio.run_coroutine_threadsafe(doubled(21), loop)
        answers.append(future.result(timeout=5))
        bad = asyncio.run_coroutine_threadsafe(asyncio.sleep(10), loop)
        time.sleep(0.01)
        bad.cancel()
        answers.append(bad.cancelled())

    worker = threading.Thread(target=submitter)
    worker.start()
    while worker.is_alive():
        await asyncio.sleep(0.005)
    print(answers)
    try:
        asyncio.run_coroutine_threadsafe(42, loop)
    except TypeError as e:
        print(e)
    await loop.shutdown_default_executor()
    try:
        await loop.run_in_executor(None, print)
    except RuntimeError as e:
        print(e)

asyncio.run(main())
print(asyncio.run(asyncio.to_thread(sum, [1, 2, 3])))


async def very_long_sleep():
    loop = asyncio.get_running_loop()
    sleeper = asyncio.create_task(asyncio.sleep(1e12))

    def cancel_soon():
        time.sleep(0.05)
        loop.call_soon_threadsafe(sleeper.cancel)

    threading.Thread(target=cancel_soon).start()
    try:
        await sleeper
    except asyncio.CancelledError:
        print("a sleep of 1e12 seconds, cancelled from a thread")

asyncio.run(very_long_sleep())
