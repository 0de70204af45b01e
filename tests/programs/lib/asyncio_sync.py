# asyncio: Condition, BoundedSemaphore, shield, wait() modes, wait_for, as_completed with a
# timeout, timeout() rescheduled, gather cancelled, queues of every kind, futures' states
import asyncio


async def condition_demo():
    cond = asyncio.Condition()
    items = []

    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: items)
            print("consumer", n, "took", items.pop())

    tasks = [asyncio.create_task(consumer(i)) for i in range(3)]
    await asyncio.sleep(0)
    for value in "abc":
        async with cond:
            items.append(value)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)
    async with cond:
        cond.notify_all()
    try:
        cond.notify()
    except RuntimeError as e:
        print("notify:", e)


async def semaphore_demo():
    sem = asyncio.BoundedSemaphore(2)
    print(sem.locked())
    await sem.acquire()
    await sem.acquire()
    print(sem.locked())
    sem.release()
    sem.release()
    try:
        sem.release()
    except ValueError as e:
        print("bounded:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(e)
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print(e)
    order = []

    async def holder(n):
        async with lock:
            order.append(n)
            await asyncio.sleep(0.001)

    await asyncio.gather(*(holder(i) for i in range(4)))
    print(order, lock.locked())


async def shield_demo():
    async def inner():
        await asyncio.sleep(0.01)
        return "inner done"

    task = asyncio.create_task(inner())
    outer = asyncio.shield(task)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled", task.cancelled())
    print(await task)


async def wait_demo():
    async def after(delay, value, fail=False):
        await asyncio.sleep(delay)
        if fail:
            raise KeyError(value)
        return value

    tasks = [asyncio.create_task(after(d, v)) for d, v in [(0.03, "slow"), (0.001, "fast")]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    await asyncio.wait(pending)
    tasks = [asyncio.create_task(after(0.001, "bad", True)), asyncio.create_task(after(0.05, "late"))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), repr(list(done)[0].exception()))
    for t in pending:
        t.cancel()
    try:
        await asyncio.wait([])
    except ValueError as e:
        print(e)
    try:
        await asyncio.wait(tasks, return_when="sometimes")
    except ValueError as e:
        print(e)
    print(await asyncio.wait_for(after(0.001, "in time"), timeout=1))
    print(await asyncio.wait_for(after(0, "no limit"), timeout=None))
    try:
        await asyncio.wait_for(after(0.5, "never"), timeout=0)
    except asyncio.TimeoutError:
        print("timeout 0")
    try:
        for aw in asyncio.as_completed([after(0.001, 1), after(1, 2)], timeout=0.02):
            print("arrived", await aw)
    except asyncio.TimeoutError:
        print("as_completed timed out")


async def timeout_demo():
    async with asyncio.timeout(None) as cm:
        print(cm.when(), cm.expired())
        cm.reschedule(asyncio.get_running_loop().time() + 0.01)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("cancelled inside")
            raise
    print("never")


async def gather_cancel_demo():
    async def forever(n):
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("child", n, "cancelled")
            raise

    g = asyncio.gather(forever(1), forever(2))
    await asyncio.sleep(0)
    print(g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())
    print(await asyncio.gather())


async def queue_demo():
    for kind in (asyncio.Queue, asyncio.LifoQueue, asyncio.PriorityQueue):
        q = kind()
        for x in (5, 1, 3):
            await q.put(x)
        print(kind.__name__, q.qsize(), q.full(), [await q.get() for _ in range(3)])
    q = asyncio.Queue(2)
    print(q.maxsize, q.empty(), str(q))
    await q.put("a")
    print(str(q))

    async def slow_producer():
        for i in range(4):
            await q.put(i)
            print("produced", i)

    async def slow_consumer():
        for _ in range(5):
            item = await q.get()
            print("consumed", item)
            q.task_done()
            await asyncio.sleep(0)

    await asyncio.gather(slow_producer(), slow_consumer())
    await q.join()
    try:
        q.task_done()
    except ValueError as e:
        print(e)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("empty")
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    getter.cancel()
    await asyncio.sleep(0)
    q.put_nowait("after cancel")
    print(getter.cancelled(), q.get_nowait())


async def future_demo():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.done(), f.cancelled(), repr(f))
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("invalid:", e)
    f.add_done_callback(lambda fut: print("callback saw", fut.result()))
    f.set_result(7)
    print(repr(f))
    try:
        f.set_result(8)
    except asyncio.InvalidStateError as e:
        print("invalid again")
    await asyncio.sleep(0)
    g = loop.create_future()
    g.set_exception(ValueError("bad"))
    print(repr(g.exception()))
    h = loop.create_future()
    print(h.cancel("why"), h.cancel())
    try:
        h.result()
    except asyncio.CancelledError as e:
        print("cancelled with", e.args)
    handle = loop.call_later(0.001, print, "never printed")
    handle.cancel()
    print(handle.cancelled())
    ev = asyncio.Event()
    print(ev.is_set())
    ev.set(); ev.clear()
    print(ev.is_set())
    t = asyncio.current_task()
    print(t in asyncio.all_tasks(), t.done())
    print(await asyncio.ensure_future(asyncio.sleep(0, "ensured")))


async def main():
    for demo in (condition_demo, semaphore_demo, shield_demo, wait_demo,
                 gather_cancel_demo, queue_demo, future_demo):
        print("--", demo.__name__)
        await demo()
    print("-- timeout_demo")
    try:
        await timeout_demo()
    except TimeoutError:
        print("timed out")

asyncio.run(main())
with asyncio.Runner() as runner:
    print(runner.run(asyncio.sleep(0, "runner")))
    print(runner.get_loop().is_closed())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)


async def nested_runs():
    async def inner():
        print("inner ran")
    for loop in (asyncio.get_running_loop(), asyncio.new_event_loop()):
        coro = inner()
        try:
            loop.run_until_complete(coro)
        except RuntimeError as e:
            print(e)
        coro.close()
        if not loop.is_running():
            loop.close()
    await asyncio.sleep(0)

asyncio.run(nested_runs())

async def task_name():
    # tasks are numbered over the whole program: this shows how many were made
    print(asyncio.current_task().get_name())

asyncio.run(task_name())

# the generic classes of annotations, and where CPython defines the classes
queue_of_ints: asyncio.Queue[int] = asyncio.Queue()
print(asyncio.Queue[int], asyncio.Future[str], asyncio.Task[int], asyncio.LifoQueue[int])
print([(c.__module__, c.__qualname__) for c in (asyncio.Lock, asyncio.Runner, asyncio.TaskGroup,
                                                asyncio.Timeout, asyncio.Handle,
                                                asyncio.SelectorEventLoop)])
print(asyncio.iscoroutinefunction(__import__("functools").partial(task_name)))
