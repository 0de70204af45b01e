# Timeouts and sleep lengths too large for 64 bits of nanoseconds raise
# CPython's OverflowError instead of sleeping or waiting (a huge float used
# to be converted to a C integer out of its range); NaN and wrong types are
# refused with CPython's words.
import _thread
import queue
import threading
import time

BAD = [1e12, 1e10, 9.3e9, 1e300, float('inf'), -float('inf'), -1e12, 2**63, 2**62,
       10**30, -10**30, float('nan'), 'x', None, [1]]


def outcome(call):
    try:
        return repr(call())
    except (OverflowError, ValueError, TypeError) as e:
        return '%s: %s' % (type(e).__name__, e)


for value in BAD + [-1, -0.5]:
    print('sleep', repr(value)[:12], outcome(lambda: time.sleep(value)))
print('sleep 0', outcome(lambda: time.sleep(0)), outcome(lambda: time.sleep(0.001)),
      outcome(lambda: time.sleep(False)))

# a lock held by the main thread, acquired with a timeout while another
# thread runs
release_worker = threading.Event()
helper = threading.Thread(target=release_worker.wait)
helper.start()

lock = _thread.allocate_lock()
lock.acquire()
for value in BAD + [-2, -1.5, 0, 0.0, 0.01, 1]:
    if value == 1:
        continue
    print('acquire', repr(value)[:12], outcome(lambda: lock.acquire(timeout=value)))
print('non-blocking', outcome(lambda: lock.acquire(False, 1e10)))
print('non-blocking', outcome(lambda: lock.acquire(False, 1)))
print('TIMEOUT_MAX', _thread.TIMEOUT_MAX, threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX)
print('over TIMEOUT_MAX', outcome(lambda: lock.acquire(timeout=_thread.TIMEOUT_MAX * 2)))
lock.release()

# waits in the threading module, from a thread of their own
results = []


def waits(name, call):
    results.append((name, outcome(call)))


event = threading.Event()
cond = threading.Condition()
sem = threading.Semaphore(0)


def wait_on_condition():
    with cond:
        return cond.wait(1e10)


workers = [
    threading.Thread(target=waits, args=('Event.wait', lambda: event.wait(1e10))),
    threading.Thread(target=waits, args=('Condition.wait', wait_on_condition)),
    threading.Thread(target=waits, args=('Semaphore.acquire', lambda: sem.acquire(timeout=1e10))),
    threading.Thread(target=waits, args=('Lock.acquire', lambda: threading.Lock().acquire(True, 2**64))),
    threading.Thread(target=waits, args=('Event.wait small', lambda: event.wait(0.01))),
]
for w in workers:
    w.start()
for w in workers:
    w.join()
for name, result in sorted(results):
    print(name, result)

print('join', outcome(lambda: helper.join(1e10)))
release_worker.set()
helper.join()
print('joined', helper.is_alive())
