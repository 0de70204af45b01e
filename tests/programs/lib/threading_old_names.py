# threading: the Python 2 names warn (DeprecationWarning, shown for code in
# __main__) and still work; Condition.wait with no, zero, negative and short
# timeouts, and notify() after waiters that timed out.
import threading

t = threading.current_thread()
print(t.getName(), t.isDaemon())
t.setName("Renamed")
print(t.name, threading.currentThread() is t, threading.activeCount())
t.setName("MainThread")
print(threading.Thread.getName.__name__, threading.activeCount.__name__)

w = threading.Thread(target=lambda: None)
w.setDaemon(True)
print(w.daemon, w.isDaemon())

e = threading.Event()
print(e.isSet())
e.set()
print(e.isSet())

c = threading.Condition()
with c:
    c.notifyAll()
    print("zero", c.wait(0), "negative", c.wait(-1), "short", c.wait(0.01))

try:
    c.wait(0)
except RuntimeError as exc:
    print("RuntimeError", exc)

# two waiters time out; a third is woken by a single notify
log = []


def waiter(name, timeout):
    with c:
        log.append((name, c.wait(timeout)))


quick = [threading.Thread(target=waiter, args=("quick%d" % i, 0.01)) for i in range(2)]
for q in quick:
    q.start()
for q in quick:
    q.join()
in_wait = threading.Event()


def patient_waiter():
    with c:
        in_wait.set()      # the lock is held until wait() lets go of it
        log.append(("patient", c.wait()))


patient = threading.Thread(target=patient_waiter)
patient.start()
in_wait.wait()
with c:                    # so this runs once the patient is in wait()
    c.notify()
patient.join()
print(sorted(log))

with c:
    c.notify(5)            # nobody waits: nothing happens
print("done")
