# threading: the synchronisation objects' corners (Barrier actions, aborts,
# resets and timeouts; Condition.wait_for and notify(n); semaphore limits;
# RLock depth; Event timeouts), Thread's errors and names, Timer arguments,
# a replaced excepthook, thread-local data with __init__
import threading, time

# Barrier: the places, the action run once per round, and rounds reused
log = []
lock = threading.Lock()
b = threading.Barrier(3, action=lambda: log.append("action"))
print(b.parties, b.n_waiting, b.broken)
places = []
def party():
    for _ in range(2):
        i = b.wait()
        with lock: places.append(i)
ts = [threading.Thread(target=party) for _ in range(3)]
[t.start() for t in ts]; [t.join() for t in ts]
print(sorted(places), log)

# a timeout breaks the barrier for everybody until reset()
b2 = threading.Barrier(2)
try: b2.wait(timeout=0.02)
except threading.BrokenBarrierError: print("timed out: broken", b2.broken)
try: b2.wait()
except threading.BrokenBarrierError: print("still broken")
b2.reset(); print("after reset", b2.broken, b2.n_waiting)

# abort() and reset() wake the threads waiting with BrokenBarrierError
b3 = threading.Barrier(3)
outcomes = []
def waiter():
    try: b3.wait()
    except threading.BrokenBarrierError: 
        with lock: outcomes.append("broken")
ws = [threading.Thread(target=waiter) for _ in range(2)]
[w.start() for w in ws]
while b3.n_waiting < 2: time.sleep(0.001)
print("waiting:", b3.n_waiting)
b3.abort(); [w.join() for w in ws]; print(outcomes, b3.broken, b3.n_waiting)
b3.reset(); outcomes.clear()
ws = [threading.Thread(target=waiter) for _ in range(2)]
[w.start() for w in ws]
while b3.n_waiting < 2: time.sleep(0.001)
b3.reset(); [w.join() for w in ws]; print(outcomes, b3.broken)

# an action that raises: the last thread gets its error, the others a broken barrier
def bad_action(): raise ValueError("action failed")
b4 = threading.Barrier(2, action=bad_action)
seen = []
def quiet():
    try: b4.wait()
    except threading.BrokenBarrierError: seen.append("other: broken")
q = threading.Thread(target=quiet); q.start()
while b4.n_waiting < 1: time.sleep(0.001)
try: b4.wait()
except ValueError as e: seen.append(f"last: {e}")
q.join(); print(sorted(seen))

# Condition: wait_for, timeouts, notify(n), an un-acquired lock
cond = threading.Condition(threading.Lock())
with cond:
    print(cond.wait(0.01), cond.wait_for(lambda: 0, timeout=0.01), cond.wait_for(lambda: "yes"))
for name, call in [("wait", lambda: cond.wait(0)), ("notify", cond.notify)]:
    try: call()
    except RuntimeError as e: print(name, e)
ready = []
entered = []
cond2 = threading.Condition()
def sleeper(n):
    with cond2:
        entered.append(n)     # and waits at once, without letting go of the lock
        cond2.wait()
        ready.append(n)
ss = [threading.Thread(target=sleeper, args=(i,)) for i in range(4)]
[s.start() for s in ss]
while True:
    with cond2:
        if len(entered) == 4: break
    time.sleep(0.001)
with cond2: cond2.notify(2)
while len(ready) < 2: time.sleep(0.001)
time.sleep(0.02)     # time for a third thread to wake, were notify(2) to wake more
with cond2: print("woken by notify(2):", len(ready)); cond2.notify_all()
[s.join() for s in ss]; print("all:", sorted(ready))
rc = threading.Condition()
with rc:
    with rc:
        print("nested wait in an RLock condition:", rc.wait(0.01))

# RLock: taken again by its owner, released as many times
rl = threading.RLock()
print(rl.acquire(), rl.acquire(), rl._is_owned())
rl.release(); rl.release()
try: rl.release()
except RuntimeError as e: print(e)
def other_release():
    try: rl.release()
    except RuntimeError as e: print("other thread:", e)
rl.acquire(); t = threading.Thread(target=other_release); t.start(); t.join(); rl.release()
print(repr(rl).split(" at ")[0])
def try_take():
    print("other thread can take it:", rl.acquire(blocking=False))
with rl: t = threading.Thread(target=try_take); t.start(); t.join()

# semaphores
s = threading.Semaphore(1)
print(s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.01))
s.release(3); print(s._value)
for bad in [lambda: threading.Semaphore(-1), lambda: s.release(0),
            lambda: s.acquire(False, 1)]:
    try: bad()
    except ValueError as e: print(e)
bs = threading.BoundedSemaphore(2)
bs.acquire(); bs.release()
try: bs.release()
except ValueError as e: print(e)
with bs: print("inside a bounded semaphore")

# Event
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01), ev.wait(0))
ev.set(); print(ev.is_set(), ev.wait(), ev.wait(0.01)); ev.clear(); print(ev.is_set())

# Thread: names, errors, daemon, run() of a subclass
class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"worker-{n}")
        self.n = n
        self.result = None
    def run(self):
        self.result = self.n * 2
w = Worker(21); print(w.name, w.is_alive(), w.ident is None); w.start(); w.join(); print(w.result, w.is_alive())
print(repr(threading.Thread(name="fresh")), repr(threading.Thread(name="d", daemon=True)))
t = threading.Thread(target=print); t.name = 123; print(repr(t.name))
try: threading.Thread(name="x").join()
except RuntimeError as e: print(e)
try: threading.current_thread().join()
except RuntimeError as e: print(e)
t = threading.Thread(target=time.sleep, args=(0.05,)); t.start()
try: t.daemon = True
except RuntimeError as e: print(e)
t.join(0.001); print("alive after a short join:", t.is_alive()); t.join(); print(t.is_alive())
class Forgot(threading.Thread):
    def __init__(self): pass
try: Forgot().start()
except RuntimeError as e: print(e)
print(threading.current_thread() is threading.main_thread(), threading.main_thread().daemon)
print(isinstance(threading.get_ident(), int), threading.TIMEOUT_MAX > 1e6, threading.ThreadError)
threading.settrace(None); threading.setprofile(None); print(threading.gettrace(), threading.getprofile())

# Timer with arguments
got = []
tm = threading.Timer(0.01, lambda a, b=0: got.append(a + b), args=(1,), kwargs={"b": 2}); tm.start(); tm.join()
print(got, tm.args, tm.kwargs, tm.finished.is_set())

# a replaced excepthook sees the thread and the exception
def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name, args.exc_traceback is not None)
threading.excepthook = hook
t = threading.Thread(target=lambda: 1 / 0, name="failing"); t.start(); t.join()
threading.excepthook = threading.__excepthook__

# thread-local data: a subclass's __init__ runs again in each thread
class Settings(threading.local):
    def __init__(self, level):
        self.level = level
cfg = Settings(3); cfg.level = 10
def show():
    print("thread sees", cfg.level); cfg.level = 99
t = threading.Thread(target=show); t.start(); t.join(); print("main sees", cfg.level)
try: threading.local(1)
except TypeError as e: print(e)
tl = threading.local()
for attempt in (lambda: tl.missing, lambda: delattr(tl, "missing"), lambda: setattr(tl, "__dict__", {})):
    try: attempt()
    except AttributeError as e: print("AttributeError", e)
print(type(tl), tl.__dict__)
print(len(threading.enumerate()), threading.active_count())
# a thread's local values end with it (the next thread may get the same ident)
seen = []
def first(): tl.x = "stale"
def second(): seen.append(getattr(tl, 'x', 'unset'))
for _ in range(3):
    t = threading.Thread(target=first); t.start(); t.join()
    t = threading.Thread(target=second); t.start(); t.join()
print(seen)
