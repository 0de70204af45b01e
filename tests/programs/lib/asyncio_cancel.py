# asyncio: cancellation in depth: messages, the error a cancelled task raises, cancel()
# before the first step, uncancel/cancelling, wait_for and TaskGroup under cancellation,
# locks and queues whose waiters are cancelled, shielding, reprs of futures and tasks
import asyncio


async def sleeper(label, delay=10):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError as e:
        print(label, "cancelled with", e.args)
        raise
    return label


async def messages():
    t = asyncio.create_task(sleeper("a"))
    await asyncio.sleep(0)
    print(t.cancel("stop now"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting a:", e.args)
    t = asyncio.create_task(sleeper("b"))
    print(t.cancel("before it ran"))
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting b:", e.args, t.cancelled())
    t = asyncio.create_task(sleeper("c"))
    await asyncio.sleep(0)
    t.cancel()
    t.cancel()
    print("requests", t.cancelling(), t.uncancel(), t.cancelling())
    print(await asyncio.gather(t, return_exceptions=True))

    async def swallow():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("swallowed")
        return "finished anyway"

    t = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())

    async def returns_at_once():
        return "quick"

    t = asyncio.create_task(returns_at_once())
    t.cancel()
    await asyncio.sleep(0)
    print("quick one cancelled:", t.cancelled())


async def wait_for_cancelled():
    async def guarded():
        try:
            await asyncio.wait_for(sleeper("inner", 10), timeout=5)
        except asyncio.CancelledError:
            print("wait_for passed the cancellation on")
            raise

    t = asyncio.create_task(guarded())
    await asyncio.sleep(0.001)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancelled())

    async def quick():
        await asyncio.sleep(0)
        return "quick"

    print(await asyncio.wait_for(quick(), timeout=0.5))
    try:
        await asyncio.wait_for(sleeper("late", 1), timeout=0.001)
    except TimeoutError as e:
        print("TimeoutError", type(e.__cause__).__name__)


async def task_groups():
    async def fail_after(delay, error):
        await asyncio.sleep(delay)
        raise error

    me = asyncio.current_task()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("tg-a", 1))
            tg.create_task(fail_after(0.001, KeyError("k")))
            tg.create_task(fail_after(0.001, OSError("o")))
            print(repr(tg))
            await asyncio.sleep(1)
            print("not reached")
    except* KeyError as group:
        print("KeyError part", group.exceptions)
    except* OSError as group:
        print("OSError part", group.exceptions)
    print("cancelling after the group:", me.cancelling())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("tg-b", 1))
            await asyncio.sleep(0)
            raise ValueError("in the body")
    except ExceptionGroup as group:
        print(repr(group), group.__cause__, group.__suppress_context__)
    late = sleeper("late")
    try:
        tg.create_task(late)
    except RuntimeError as e:
        print(e)
    late.close()

    async def outer():
        async with asyncio.TaskGroup() as tg:
            # (one task: CPython cancels a group's tasks in the order of a set)
            tg.create_task(sleeper("tg-c", 1))
        print("not reached either")

    t = asyncio.create_task(outer())
    await asyncio.sleep(0.001)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("outer cancelled:", t.cancelled())


async def primitives():
    lock = asyncio.Lock()
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    second = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(repr(lock).split("[")[1])
    waiter.cancel()
    lock.release()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(waiter.cancelled(), second.done(), lock.locked())
    lock.release()
    sem = asyncio.Semaphore(1)
    print(repr(sem).split("[")[1])
    await sem.acquire()
    waiting = [asyncio.create_task(sem.acquire()) for _ in range(2)]
    await asyncio.sleep(0)
    waiting[0].cancel()
    sem.release()
    await asyncio.sleep(0)
    print([t.cancelled() for t in waiting], [t.done() for t in waiting], sem.locked())
    cond = asyncio.Condition()

    async def cond_waiter():
        async with cond:
            try:
                await cond.wait()
            except asyncio.CancelledError:
                print("cond waiter cancelled, holds the lock:", cond.locked())
                raise

    t = asyncio.create_task(cond_waiter())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("lock free again:", not cond.locked())
    ev = asyncio.Event()
    waiters = [asyncio.create_task(ev.wait()) for _ in range(3)]
    await asyncio.sleep(0)
    print(repr(ev).split("[")[1])
    waiters[1].cancel()
    ev.set()
    print(await asyncio.gather(*waiters, return_exceptions=True))


async def queues():
    q = asyncio.Queue(maxsize=1)
    getter = asyncio.create_task(q.get())
    other = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(str(q))
    q.put_nowait("x")
    getter.cancel()     # woken, then cancelled: the item goes to the other getter
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(getter.cancelled(), other.result())
    q.put_nowait(1)
    putter = asyncio.create_task(q.put(2))
    await asyncio.sleep(0)
    print(str(q))
    print(await q.get(), await q.get(), q.empty())
    putter2 = asyncio.create_task(q.put(3))
    await asyncio.sleep(0)
    putter2.cancel()
    await asyncio.gather(putter2, return_exceptions=True)
    print(q.qsize(), putter2.cancelled())


async def reprs():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(print)
    print(repr(f))
    f.set_result([1, 2])
    print(repr(f))
    await asyncio.sleep(0)
    t = asyncio.create_task(sleeper("r", 0), name="reprs")
    print(repr(t).split(" coro=")[0])
    await t
    print(repr(t).split(" coro=")[0], repr(t).endswith("result='r'>"))
    print(repr(asyncio.get_running_loop()))
    print(repr(loop.call_soon(print, "from a handle")))
    await asyncio.sleep(0)


async def main():
    for part in (messages, wait_for_cancelled, task_groups, primitives, queues, reprs):
        print("--", part.__name__)
        await part()

asyncio.run(main())


async def leftover():
    asyncio.create_task(sleeper("left behind"))
    await asyncio.sleep(0)
    return "main done"

print(asyncio.run(leftover()))


async def task_name():
    print(asyncio.current_task().get_name())

asyncio.run(task_name())
