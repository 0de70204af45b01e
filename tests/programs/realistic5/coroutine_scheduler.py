# A cooperative task scheduler built on generators: heapq timers, send/throw/close, yield from with return values, and a trace table.
import heapq
import itertools
from collections import deque


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __repr__(self):
        return f"Sleep({self.ticks})"


class Spawn:
    def __init__(self, name, gen, priority=5):
        self.name, self.gen, self.priority = name, gen, priority


class Join:
    def __init__(self, name):
        self.name = name


class TaskCancelled(Exception):
    pass


class Task:
    _ids = itertools.count(1)

    def __init__(self, name, gen, priority):
        self.id = next(self._ids)
        self.name, self.gen, self.priority = name, gen, priority
        self.result = None
        self.done = False
        self.send_value = None
        self.waiters = []

    def __lt__(self, other):
        return (self.priority, self.id) < (other.priority, other.id)

    def __repr__(self):
        state = "done" if self.done else "live"
        return f"<Task {self.id}:{self.name} p{self.priority} {state}>"


class Scheduler:
    def __init__(self):
        self.clock = 0
        self.ready = []
        self.timers = []
        self.tasks = {}
        self.trace = []
        self.seq = itertools.count()

    def spawn(self, name, gen, priority=5):
        task = Task(name, gen, priority)
        self.tasks[name] = task
        heapq.heappush(self.ready, task)
        return task

    def cancel(self, name):
        task = self.tasks[name]
        if task.done:
            return False
        try:
            task.gen.throw(TaskCancelled(f"{name} cancelled at t={self.clock}"))
        except (TaskCancelled, StopIteration) as e:
            self.finish(task, f"cancelled: {e}" if isinstance(e, TaskCancelled) else e.value)
            return True
        return False

    def finish(self, task, result):
        task.done, task.result = True, result
        self.trace.append((self.clock, task.name, "finished", result))
        for waiter in task.waiters:
            waiter.send_value = result
            heapq.heappush(self.ready, waiter)

    def step(self, task):
        try:
            request = task.gen.send(task.send_value)
        except StopIteration as stop:
            self.finish(task, stop.value)
            return
        except Exception as e:
            self.finish(task, f"crashed: {type(e).__name__}: {e}")
            return
        task.send_value = None
        match request:
            case Sleep(ticks=t):
                heapq.heappush(self.timers, (self.clock + t, next(self.seq), task))
            case Spawn(name=n, gen=g, priority=p):
                task.send_value = self.spawn(n, g, p)
                heapq.heappush(self.ready, task)
            case Join(name=n) if self.tasks[n].done:
                task.send_value = self.tasks[n].result
                heapq.heappush(self.ready, task)
            case Join(name=n):
                self.tasks[n].waiters.append(task)
            case None:
                heapq.heappush(self.ready, task)
            case other:
                task.gen.throw(TypeError(f"bad request {other!r}"))

    def run(self, until=100):
        while (self.ready or self.timers) and self.clock <= until:
            while self.timers and self.timers[0][0] <= self.clock:
                _, _, task = heapq.heappop(self.timers)
                heapq.heappush(self.ready, task)
            if not self.ready:
                self.clock = self.timers[0][0]
                continue
            task = heapq.heappop(self.ready)
            self.trace.append((self.clock, task.name, "runs", None))
            self.step(task)
        return self.clock


def worker(name, jobs, delay):
    done = []
    for job in jobs:
        yield Sleep(delay)
        done.append(f"{name}:{job}")
    return done


def pipeline():
    first = yield from worker("pipe", "ab", 1)
    second = yield from worker("pipe", "c", 2)
    return first + second


def supervisor():
    child = yield Spawn("child", worker("child", range(3), 2), priority=1)
    yield Spawn("doomed", forever(), priority=9)
    result = yield Join("child")
    yield Sleep(1)
    more = yield Join("pipeline")
    return f"{child.name} gave {result}; pipeline gave {more}"


def forever():
    n = 0
    try:
        while True:
            n += 1
            yield Sleep(3)
    finally:
        print(f"  forever cleaned up after {n} rounds")


def crasher():
    yield Sleep(2)
    return {}["nope"]


def echo():
    received = []
    value = yield
    while value is not None:
        received.append(value * 2)
        value = yield len(received)
    return received


sched = Scheduler()
sched.spawn("super", supervisor(), priority=0)
sched.spawn("pipeline", pipeline())
sched.spawn("crasher", crasher(), priority=3)
end = sched.run(until=8)
print("stopped at", end, "cancel doomed:", sched.cancel("doomed"), "again:", sched.cancel("doomed"))
print(f"{'time':>4}  {'task':<9} {'event':<8} result")
for clock, name, event, result in sched.trace:
    if event == "finished" or name == "super":
        print(f"{clock:>4}  {name:<9} {event:<8} {'' if result is None else result}")
print(sorted(sched.tasks.values()))
print(sum(1 for _, _, e, _ in sched.trace if e == "runs"), "steps")

e = echo()
print(next(e), e.send(5), e.send(7))
try:
    e.send(None)
except StopIteration as stop:
    print("echo returned", stop.value)
print(e.gi_frame is None, next(e, "exhausted"))

g = worker("g", "xyz", 0)
print(next(g), g.send(None))
g.close()
print(next(g, "closed"), list(worker("w", "", 1)))
q = deque(itertools.islice(itertools.cycle("RGB"), 7), maxlen=5)
q.rotate(2)
print(q, q.maxlen, list(itertools.chain.from_iterable(itertools.repeat(q[0], 2) for _ in range(2))))
