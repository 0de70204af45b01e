# threading: start/join, a lock around a shared counter, events, conditions,
# semaphores, thread-local data, timers, names, lock errors
import threading, time
counter = 0
lock = threading.Lock()
def worker(n):
    global counter
    for _ in range(1000):
        with lock:
            counter += 1
threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print(counter)
def sleeper(n):
    time.sleep(0.1 * n)
    print(f"woke {n}")
ts = [threading.Thread(target=sleeper, args=(i,)) for i in (3, 1, 2)]
for t in ts: t.start()
for t in ts: t.join()
print(threading.current_thread().name, threading.main_thread().name, threading.active_count())
t = threading.Thread(target=lambda: None, name="custom"); print(t.name, t.is_alive(), t.daemon)
t.start(); t.join(); print(t.is_alive())
try: t.start()
except RuntimeError as e: print(e)
ev = threading.Event()
def waiter():
    ev.wait()
    print("event received")
w = threading.Thread(target=waiter); w.start()
time.sleep(0.05); print("setting"); ev.set(); w.join()
results = []
cond = threading.Condition()
items = []
def consumer():
    with cond:
        while not items: cond.wait()
        results.append(items.pop())
c = threading.Thread(target=consumer); c.start()
time.sleep(0.02)
with cond:
    items.append(42); cond.notify()
c.join(); print(results)
sem = threading.Semaphore(2)
inside = []
def limited(n):
    with sem:
        with lock: inside.append(n)
        time.sleep(0.01)
ls = [threading.Thread(target=limited, args=(i,)) for i in range(5)]
[t.start() for t in ls]; [t.join() for t in ls]; print(sorted(inside))
tl = threading.local(); tl.x = "main"
def show():
    tl.x = "thread"; print("in thread", tl.x)
th = threading.Thread(target=show); th.start(); th.join(); print("in main", tl.x)
timer = threading.Timer(0.01, lambda: print("timer fired")); timer.start(); timer.join()
cancelled = threading.Timer(10, lambda: print("never")); cancelled.start(); cancelled.cancel(); cancelled.join()
rl = threading.RLock()
with rl:
    with rl: print("reentrant ok")
l = threading.Lock(); l.acquire(); print(l.acquire(timeout=0.01), l.acquire(False), l.locked()); l.release()
try: l.release()
except RuntimeError as e: print(e)
def late():
    time.sleep(0.05); print("non-daemon thread finishes before the program ends")
threading.Thread(target=late).start()
print("main done")
