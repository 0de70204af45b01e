# queue: the four queues, blocking and non-blocking, timeouts, task
# tracking with join, a subclass with its own storage, errors
import queue, threading

q = queue.Queue(maxsize=2)
print(q.empty(), q.full(), q.qsize(), q.maxsize)
q.put("a"); q.put_nowait("b")
print(q.empty(), q.full(), q.qsize())
for call in (lambda: q.put("c", block=False), lambda: q.put("c", timeout=0.01),
             lambda: q.put("c", timeout=-1)):
    try:
        call()
    except queue.Full as e:
        print("Full", repr(e))
    except ValueError as e:
        print("ValueError:", e)
print(q.get(), q.get_nowait(), q.unfinished_tasks)
for call in (q.get_nowait, lambda: q.get(timeout=0.01), lambda: q.get(False, -5),
             lambda: q.get(True, -5)):
    try:
        call()
    except queue.Empty as e:
        print("Empty", repr(e))
    except ValueError as e:
        print("ValueError:", e)
q.task_done(); q.task_done()
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
q.join()
print("joined", q.unfinished_tasks)

lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "A")]:
    lq.put(item); pq.put(item)
print([lq.get() for _ in range(4)], [pq.get() for _ in range(4)])

class Sorted(queue.Queue):
    def _init(self, maxsize): self.queue = []
    def _put(self, item): self.queue.append(item); self.queue.sort()
    def _get(self): return self.queue.pop()
s = Sorted()
for x in (5, 9, 1):
    s.put(x)
print(s.qsize(), [s.get() for _ in range(3)])

work = queue.Queue()
results = queue.SimpleQueue()
def worker():
    while True:
        n = work.get()
        if n is None:
            work.task_done()
            return
        results.put(n * n)
        work.task_done()
threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for n in range(10):
    work.put(n)
work.join()
for _ in threads:
    work.put(None)
for t in threads:
    t.join()
print(sorted(results.get() for _ in range(results.qsize())), results.empty())
try:
    results.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue empty")
print(queue.Queue[int], queue.SimpleQueue[str], queue.Empty.__module__, queue.__all__)
for call in (lambda: queue.Queue(5).put(1, timeout=-1), lambda: queue.Queue().put(1, timeout=-1),
             lambda: queue.SimpleQueue().put(1, timeout=-1)):
    try:
        call(); print("put")
    except ValueError as e:
        print("ValueError:", e)
for kind in (queue.Queue, queue.SimpleQueue):
    for block in (True, False):
        q = kind(); q.put(1)
        try:
            print(q.get(block, timeout=-1))
        except ValueError as e:
            print("ValueError:", e)
