# threads with queue.Queue (producer/consumer, join/task_done), a Barrier,
# and concurrent.futures.ThreadPoolExecutor (map, submit, as_completed, wait)
import threading, queue, time
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, Future
q = queue.Queue()
results = []
def producer():
    for i in range(5):
        q.put(i)
        time.sleep(0.001)
    q.put(None)
def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        results.append(item * 10)
        q.task_done()
p = threading.Thread(target=producer); c = threading.Thread(target=consumer)
p.start(); c.start(); p.join(); c.join()
print(results)
work = queue.Queue()
for i in range(10): work.put(i)
out = []
lock = threading.Lock()
def worker():
    while True:
        try: item = work.get_nowait()
        except queue.Empty: return
        with lock: out.append(item)
        work.task_done()
ws = [threading.Thread(target=worker) for _ in range(3)]
[w.start() for w in ws]; work.join(); [w.join() for w in ws]
print(sorted(out))
b = threading.Barrier(3)
hits = []
def party(n):
    b.wait()
    with lock: hits.append(n)
ps = [threading.Thread(target=party, args=(i,)) for i in range(3)]
[t.start() for t in ps]; [t.join() for t in ps]; print(sorted(hits))
def square(x):
    time.sleep(0.001 * (5 - x))
    return x * x
with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(square, range(5))))
    futs = [ex.submit(square, i) for i in range(4)]
    print(sorted(f.result() for f in as_completed(futs)))
    done, not_done = wait(futs)
    print(len(done), len(not_done), futs[2].result(), futs[0].done())
    bad = ex.submit(lambda: 1 / 0)
    try: bad.result()
    except ZeroDivisionError as e: print("raised", e)
    print(bad.exception())
f = Future(); f.set_result(5); print(f.result(), f.done())
try:
    ex.submit(square, 1)
except RuntimeError as e: print(e)
try: queue.Queue().get(timeout=0.01)
except queue.Empty: print("empty after timeout")
