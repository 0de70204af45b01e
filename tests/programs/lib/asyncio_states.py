# asyncio: what the reprs of TaskGroup and the queues show as they change; TaskGroup's
# refusals; cancel()/cancelling()/uncancel() counts, also through gather (a repeated
# awaitable is cancelled once per argument); Condition.notify(n) for n = 2, 0, -1;
# a Semaphore place given to a task cancelled before it ran goes to the next;
# Queue.join() with several joiners; run_until_complete when the task's
# KeyboardInterrupt stops the loop (the error is not reported again later)
import asyncio
import gc
import re


def shown(obj):
    return re.sub(r'0x[0-9a-f]+', '0x?', repr(obj))


def refused_task(when, group):
    coro = asyncio.sleep(0)
    try:
        group.create_task(coro)
    except RuntimeError as e:
        print(f'{when}:', shown(e))
        coro.close()


async def group_states():
    tg = asyncio.TaskGroup()
    print(shown(tg))
    refused_task('before', tg)

    async def fail():
        await asyncio.sleep(0)
        raise ValueError('boom')

    try:
        async with tg:
            print(shown(tg))
            tg.create_task(asyncio.sleep(0.01))
            tg.create_task(fail())
            print(shown(tg))
            try:
                async with tg:
                    pass
            except RuntimeError as e:
                print('twice:', shown(e))
            await asyncio.sleep(0.001)
    except* ValueError as group:
        print('errors:', [str(e) for e in group.exceptions])
        print(shown(tg))
    refused_task('after', tg)
    async with asyncio.TaskGroup() as ok:
        t = ok.create_task(asyncio.sleep(0, 'fine'))
    print(shown(ok), t.result())


async def cancel_counts():
    async def forever():
        await asyncio.sleep(10)

    t = asyncio.create_task(forever())
    await asyncio.sleep(0)
    print(t.cancel(), t.cancel('again'), t.cancelling())
    print(t.uncancel(), t.uncancel(), t.uncancel(), t.cancelling())
    print(await asyncio.gather(t, return_exceptions=True), t.cancel())

    a = asyncio.create_task(forever())
    b = asyncio.create_task(forever())
    g = asyncio.gather(a, b, a)
    await asyncio.sleep(0)
    print('gather cancel:', g.cancel(), a.cancelling(), b.cancelling(), g.done())
    try:
        await g
    except asyncio.CancelledError:
        print('gather ended cancelled', g.cancelled(), a.cancelled(), b.cancelled())
    print('cancel again:', g.cancel())

    done = asyncio.ensure_future(asyncio.sleep(0, 1))
    await done
    late = asyncio.gather(done, return_exceptions=True)
    print('nothing to cancel:', late.cancel(), await late)


async def condition_counts():
    cond = asyncio.Condition()
    woken = []

    async def waiter(i):
        async with cond:
            await cond.wait()
            woken.append(i)

    tasks = [asyncio.create_task(waiter(i)) for i in range(5)]
    await asyncio.sleep(0)
    for n in (2, 0, -1, 1):
        async with cond:
            cond.notify(n)
        await asyncio.sleep(0)
        print('notify', n, '->', sorted(woken))
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)
    print('all:', sorted(woken))


async def semaphore_handover():
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    order = []

    async def take(name):
        async with sem:
            order.append(name)
            await asyncio.sleep(0)

    first = asyncio.create_task(take('first'))
    second = asyncio.create_task(take('second'))
    await asyncio.sleep(0)
    sem.release()           # the place goes to first...
    first.cancel()          # ...which is cancelled before it runs
    await asyncio.gather(first, second, return_exceptions=True)
    print('semaphore:', order, first.cancelled(), sem.locked(), shown(sem))


async def queue_states():
    q = asyncio.Queue(maxsize=1)
    print(shown(q), '|', str(q))
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(str(q))
    await q.put('a')
    print(str(q), await getter)
    await q.put('b')
    putter = asyncio.create_task(q.put('c'))
    await asyncio.sleep(0)
    print(str(q))
    print(q.get_nowait(), str(q))
    await putter
    print(str(q))

    finished = []

    async def joiner(name):
        await q.join()
        finished.append(name)

    joiners = [asyncio.create_task(joiner(n)) for n in 'xy']
    await asyncio.sleep(0)
    q.task_done()
    q.task_done()
    print(q.get_nowait(), str(q))
    q.task_done()
    q.put_nowait('d')       # put before the joiners run: they return all the same
    await asyncio.gather(*joiners)
    print('joined:', finished, str(q))
    q.get_nowait()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print(e)

    for kind in (asyncio.LifoQueue, asyncio.PriorityQueue):
        q = kind()
        for item in (3, 1, 2):
            q.put_nowait(item)
        print(kind.__name__, str(q), [q.get_nowait() for _ in range(3)], q.empty())


for demo in (group_states, cancel_counts, condition_counts, semaphore_handover, queue_states):
    print('--', demo.__name__)
    asyncio.run(demo())


async def interrupted():
    await asyncio.sleep(0)
    raise KeyboardInterrupt('stop')

print('-- run_until_complete')
loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(interrupted())
except KeyboardInterrupt as e:
    print('interrupted:', e)
gc.collect()
print(loop.run_until_complete(asyncio.sleep(0, 'still usable')))
loop.close()
