# concurrent.futures: Future's states and callbacks by hand, wait() and as_completed()
# on futures finished in a known order, timeouts, map over several iterables, shutdown
# with cancel_futures, a failing initializer, worker names, work left at the exit
import logging
import threading
import time
from concurrent import futures
from concurrent.futures import (Future, ThreadPoolExecutor, wait, as_completed,
                                FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)

logging.getLogger("concurrent.futures").addHandler(logging.NullHandler())
logging.getLogger("concurrent.futures").propagate = False


def state(f):
    return repr(f).split(" state=")[1]


f = Future()
print(state(f), f.done(), f.running(), f.cancelled())
f.add_done_callback(lambda fut: print("callback 1 sees", fut.result()))
print(f.set_running_or_notify_cancel(), state(f), f.running(), f.cancel())
try:
    f.result(timeout=0.01)
except futures.TimeoutError:
    print("TimeoutError while running")
f.set_result([1, 2])
print(state(f), f.result(), f.exception())
f.add_done_callback(lambda fut: print("callback 2 runs at once"))
for bad in (lambda: f.set_result(3), lambda: f.set_exception(ValueError())):
    try:
        bad()
    except futures.InvalidStateError as e:
        print("InvalidStateError", str(e).split(":")[0])
try:
    f.set_running_or_notify_cancel()
except RuntimeError as e:
    print(e)

g = Future()
g.add_done_callback(lambda fut: print("cancelled callback", fut.cancelled()))
print(g.cancel(), g.cancel(), state(g), g.done())
for get in (g.result, g.exception):
    try:
        get()
    except futures.CancelledError as e:
        print("CancelledError", type(e).__mro__[1].__name__)
print(g.set_running_or_notify_cancel(), state(g))
h = Future()
h.set_exception(KeyError("k"))
print(state(h), repr(h.exception()))
try:
    h.result()
except KeyError as e:
    print("raised", e)
print(Future[int], ThreadPoolExecutor.__module__, issubclass(futures.BrokenExecutor, RuntimeError),
      hasattr(futures, "Error"), futures.TimeoutError is TimeoutError)

# wait() and as_completed() on futures finished by hand
a, b, c = Future(), Future(), Future()
result = wait([a, b, c], timeout=0.01)
print(len(result.done), len(result.not_done), result.done is result[0])
b.set_result("b")
done, not_done = wait([a, b, c], return_when=FIRST_COMPLETED)
print([x.result() for x in done], len(not_done))
done, not_done = wait([a, b, c], timeout=0.01, return_when=FIRST_EXCEPTION)
print(len(done), len(not_done))
c.set_exception(OSError("c failed"))
done, not_done = wait([a, b, c], return_when=FIRST_EXCEPTION)
print(sorted(str(x.exception()) for x in done), len(not_done))


def finish_later(fut, value, delay):
    time.sleep(delay)
    fut.set_result(value)


for group in ([b], [a, b]):
    try:
        print(len(wait(group, timeout=0.01, return_when="SOMETIMES").done))
    except ValueError as e:
        print(e)
print(repr(wait([b])).split("(")[0], wait([b]).not_done)
threading.Thread(target=finish_later, args=(a, "a", 0.02)).start()
done, not_done = wait([a, b, c], return_when=ALL_COMPLETED)
print(len(done), len(not_done))
x, y, z = Future(), Future(), Future()
z.set_result("z first (done already)")
for fut, value, delay in ((x, "x third", 0.3), (y, "y second", 0.02)):
    threading.Thread(target=finish_later, args=(fut, value, delay)).start()
print([fut.result() for fut in as_completed([x, y, z, x])])
slow = Future()
try:
    for fut in as_completed([z, slow], timeout=0.02):
        print("arrived:", fut.result())
except TimeoutError as e:
    print("TimeoutError:", e)
slow.cancel()

# pools
with ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as pool:
    print(list(pool.map(pow, [2, 3, 4], [5, 2])))
    print(sorted(pool.map(lambda _: threading.current_thread().name, range(6)))[0][:5])
    it = pool.map(time.sleep, [0.5, 0.5], timeout=0.05)
    try:
        next(it)
    except TimeoutError:
        print("map timed out")
    square = pool.submit(lambda n: n * n, n=7)
    print(square.result())
try:
    pool.submit(print, "too late")
except RuntimeError as e:
    print(e)
for bad in ({"max_workers": 0}, {"max_workers": -1}, {"initializer": 5}):
    try:
        ThreadPoolExecutor(**bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
gate = threading.Event()
pool = ThreadPoolExecutor(max_workers=1)
first = pool.submit(gate.wait)
queued = [pool.submit(print, "never", i) for i in range(3)]
pool.shutdown(wait=False, cancel_futures=True)
gate.set()
pool.shutdown(wait=True)
print(first.result(), [q.cancelled() for q in queued])


def broken_init():
    raise ValueError("no setup")


pool = ThreadPoolExecutor(max_workers=1, initializer=broken_init)
victim = pool.submit(print, "not run")
try:
    victim.result(timeout=5)
except futures.BrokenExecutor as e:
    print(type(e).__name__, e)
try:
    pool.submit(print, "not either")
except futures.BrokenExecutor as e:
    print("submit:", type(e).__name__)
pool.shutdown()

# a pool left running: the program's end waits for its work
left = ThreadPoolExecutor(max_workers=1)
left.submit(time.sleep, 0.02)
left.submit(print, "the last call ran before the exit")
print("end of the program")
