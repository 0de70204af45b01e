# A priority job runner on threads: Thread subclasses and targets, Lock/RLock/Condition/Event/Semaphore, queue.PriorityQueue with sentinels, join with results gathered deterministically, exceptions in workers, and thread-local state.
import queue
import threading
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    seq: int
    name: str = field(compare=False)
    cost: int = field(compare=False, default=1)
    fails: bool = field(compare=False, default=False)


STOP = "stop"


class Ledger:
    """Results from all workers, kept in one place under a lock."""

    def __init__(self):
        self._lock = threading.RLock()
        self.done = []
        self.failed = {}
        self.total_cost = 0

    def record(self, job, result):
        with self._lock:
            self.done.append((job.seq, job.name, result))
            self._add_cost(job.cost)

    def _add_cost(self, cost):
        with self._lock:            # re-entered: an RLock allows it
            self.total_cost += cost

    def fail(self, job, exc):
        with self._lock:
            self.failed[job.name] = f"{type(exc).__name__}: {exc}"


def work(job):
    if job.fails:
        raise RuntimeError(f"job {job.name} blew up")
    acc = 0
    for i in range(job.cost * 1000):
        acc = (acc * 31 + i) % 1_000_003
    return acc


class Worker(threading.Thread):
    def __init__(self, n, jobs, ledger, started):
        super().__init__(name=f"worker-{n}", daemon=True)
        self.jobs, self.ledger, self.started = jobs, ledger, started
        self.handled = 0

    def run(self):
        self.started.release()
        while True:
            job = self.jobs.get()
            try:
                if job.name is STOP:
                    return
                try:
                    self.ledger.record(job, work(job))
                except Exception as e:
                    self.ledger.fail(job, e)
                self.handled += 1
            finally:
                self.jobs.task_done()


jobs = queue.PriorityQueue()
specs = [("backup", 5, 3), ("email", 1, 1), ("report", 3, 2), ("resize", 2, 4),
         ("cleanup", 9, 1), ("index", 3, 5), ("broken", 4, 1), ("notify", 1, 1)]
for seq, (name, prio, cost) in enumerate(specs):
    jobs.put(Job(prio, seq, name, cost, fails=name == "broken"))
print("queued:", jobs.qsize(), "first:", jobs.queue[0].name)

ledger = Ledger()
started = threading.Semaphore(0)
workers = [Worker(n, jobs, ledger, started) for n in range(3)]
for w in workers:
    w.start()
for _ in workers:
    started.acquire()
jobs.join()
for n, _ in enumerate(workers):
    jobs.put(Job(99, 100 + n, STOP))   # sentinels sort after every job
for w in workers:
    w.join(timeout=10)
print("alive after join:", [w.is_alive() for w in workers])
print("handled in total:", sum(w.handled for w in workers))
for seq, name, result in sorted(ledger.done):
    print(f"  {seq} {name:<8} {result:>7}")
print("failed:", ledger.failed, "cost:", ledger.total_cost)

# A producer/consumer pair on a Condition, with a bounded buffer.
buffer, capacity = [], 2
cond = threading.Condition()
consumed = []


def producer():
    for item in range(8):
        with cond:
            cond.wait_for(lambda: len(buffer) < capacity)
            buffer.append(item)
            cond.notify_all()
    with cond:
        cond.wait_for(lambda: len(buffer) < capacity)
        buffer.append(None)
        cond.notify_all()


def consumer():
    while True:
        with cond:
            cond.wait_for(lambda: buffer)
            item = buffer.pop(0)
            cond.notify_all()
        if item is None:
            return
        consumed.append(item * item)


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("consumed:", consumed)

# Events gate a batch of threads; each keeps its own thread-local tally.
go = threading.Event()
local = threading.local()
tallies = {}
tally_lock = threading.Lock()


def counter(k):
    local.count = 0
    go.wait()
    for i in range(k * 100):
        local.count += i % 3 == 0
    with tally_lock:
        tallies[k] = local.count


ts = [threading.Thread(target=counter, args=(k,), name=f"c{k}") for k in range(1, 6)]
for t in ts:
    t.start()
print("event set before?", go.is_set())
go.set()
for t in ts:
    t.join()
print("tallies:", dict(sorted(tallies.items())), hasattr(local, "count"))
print("names:", [t.name for t in ts], threading.current_thread().name)
print("lock states:", tally_lock.locked(), tally_lock.acquire(blocking=False), tally_lock.locked())
tally_lock.release()

# An exception in a thread's target goes to threading.excepthook.
seen = []
old_hook = threading.excepthook
threading.excepthook = lambda args: seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
t = threading.Thread(target=lambda: 1 / 0, name="doomed")
t.start()
t.join()
threading.excepthook = old_hook
print("excepthook saw:", seen)
try:
    queue.Queue(maxsize=1).get(timeout=0.01)
except queue.Empty:
    print("queue.Empty after timeout")
q = queue.Queue(maxsize=1)
q.put_nowait("x")
try:
    q.put_nowait("y")
except queue.Full:
    print("queue.Full:", q.full(), q.get_nowait(), q.empty())
lifo = queue.LifoQueue()
for c in "abc":
    lifo.put(c)
print("lifo:", "".join(lifo.get() for _ in range(3)))
