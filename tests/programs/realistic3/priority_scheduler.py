"""A priority-queue task scheduler with dependencies, retries and a timeline."""
import heapq
from dataclasses import dataclass, field


@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
    duration: int = field(compare=False, default=1)
    deps: tuple = field(compare=False, default=())
    fails: int = field(compare=False, default=0)


class Scheduler:
    def __init__(self, workers=2):
        self.workers = workers
        self.clock = 0
        self.ready = []
        self.waiting = {}
        self.done = set()
        self.timeline = []
        self.attempts = {}

    def add(self, task):
        if all(d in self.done for d in task.deps):
            heapq.heappush(self.ready, task)
        else:
            self.waiting[task.name] = task

    def release(self):
        for name, task in list(self.waiting.items()):
            if all(d in self.done for d in task.deps):
                del self.waiting[name]
                heapq.heappush(self.ready, task)

    def run(self):
        running = []
        while self.ready or running or self.waiting:
            while self.ready and len(running) < self.workers:
                task = heapq.heappop(self.ready)
                self.attempts[task.name] = self.attempts.get(task.name, 0) + 1
                running.append((self.clock + task.duration, task))
                self.timeline.append(f"t={self.clock:>2} start  {task.name} (p{task.priority})")
            if not running:
                stuck = ", ".join(sorted(self.waiting))
                raise RuntimeError(f"deadlock: {stuck} can never run")
            running.sort(key=lambda pair: (pair[0], pair[1].name))
            finish, task = running.pop(0)
            self.clock = finish
            if self.attempts[task.name] <= task.fails:
                self.timeline.append(f"t={self.clock:>2} FAIL   {task.name}, retrying")
                heapq.heappush(self.ready, task)
                continue
            self.timeline.append(f"t={self.clock:>2} finish {task.name}")
            self.done.add(task.name)
            self.release()
        return self.clock


tasks = [
    Task(1, "fetch", 3),
    Task(2, "parse", 2, deps=("fetch",)),
    Task(1, "config", 1),
    Task(3, "report", 2, deps=("parse", "stats")),
    Task(2, "stats", 4, deps=("parse",), fails=1),
    Task(5, "cleanup", 1, deps=("report",)),
    Task(0, "notify", 1),
]
s = Scheduler(workers=2)
for t in tasks:
    s.add(t)
total = s.run()
print("\n".join(s.timeline))
print(f"all done at t={total}; attempts: {dict(sorted(s.attempts.items()))}")
print(sorted(tasks)[:3])

s2 = Scheduler()
s2.add(Task(1, "a", deps=("b",)))
s2.add(Task(1, "b", deps=("a",)))
try:
    s2.run()
except RuntimeError as e:
    print("error:", e)
