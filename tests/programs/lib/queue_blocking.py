# queue: waits that other threads end (a put into a full queue, a get from
# an empty one, join until the last task_done), in a deterministic order
import queue, threading, time

q = queue.Queue(maxsize=1)
q.put("first")
log = []
def putter():
    q.put("second")          # waits: the queue is full
    log.append("put second")
t = threading.Thread(target=putter); t.start()
time.sleep(0.02)
print("putter still waiting:", log == [], q.full())
print(q.get(), end=" "); t.join(); print(log, q.get())

def late_put():
    time.sleep(0.02)
    q.put("late")
t = threading.Thread(target=late_put); t.start()
print(q.get(timeout=5)); t.join()

jobs = queue.Queue()
done = []
for i in range(3):
    jobs.put(i)
def slow_worker():
    while not jobs.empty():
        item = jobs.get()
        time.sleep(0.005)
        done.append(item)
        jobs.task_done()
t = threading.Thread(target=slow_worker); t.start()
jobs.join()
print("joined after", sorted(done), jobs.unfinished_tasks); t.join()

lq = queue.LifoQueue(maxsize=2)
lq.put(1); lq.put(2)
try: lq.put(3, timeout=0.01)
except queue.Full: print("LifoQueue full")
print(lq.get(), lq.get(), lq.empty())
pq = queue.PriorityQueue()
for item in ["pear", "apple", "fig"]: pq.put_nowait(item)
print([pq.get_nowait() for _ in range(3)])
sq = queue.SimpleQueue()
sq.put_nowait(1); sq.put(2, block=False, timeout=3)
print(sq.qsize(), sq.get_nowait(), sq.get(), sq.empty())
print(issubclass(queue.Empty, Exception), queue.Full.__module__, queue.SimpleQueue.__module__)
