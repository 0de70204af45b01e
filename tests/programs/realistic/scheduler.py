# A cooperative task scheduler: generator-based tasks, a binary heap
# priority queue written by hand, sleeping, messages between tasks, and
# task failures reported without stopping the others.

class Heap:
    def __init__(self):
        self.items = []

    def push(self, item):
        items = self.items
        items.append(item)
        i = len(items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if items[i] < items[parent]:
                items[i], items[parent] = items[parent], items[i]
                i = parent
            else:
                break

    def pop(self):
        items = self.items
        last = items.pop()
        if not items:
            return last
        top, items[0] = items[0], last
        i, n = 0, len(items)
        while True:
            left, right, smallest = 2 * i + 1, 2 * i + 2, i
            if left < n and items[left] < items[smallest]:
                smallest = left
            if right < n and items[right] < items[smallest]:
                smallest = right
            if smallest == i:
                return top
            items[i], items[smallest] = items[smallest], items[i]
            i = smallest

    def __len__(self):
        return len(self.items)

    def __bool__(self):
        return bool(self.items)


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks


class Send:
    def __init__(self, target, message):
        self.target, self.message = target, message


class Receive:
    pass


class Task:
    next_id = 0

    def __init__(self, name, gen, priority):
        Task.next_id += 1
        self.id = Task.next_id
        self.name = name
        self.gen = gen
        self.priority = priority
        self.inbox = []
        self.waiting = False
        self.result = None

    def __repr__(self):
        return f"<Task {self.id} {self.name}>"


class Scheduler:
    def __init__(self):
        self.clock = 0
        self.ready = Heap()
        self.tasks = {}
        self.log = []
        self.seq = 0

    def spawn(self, name, gen, priority=5):
        task = Task(name, gen, priority)
        self.tasks[name] = task
        self.schedule(task, 0)
        return task

    def schedule(self, task, delay):
        self.seq += 1
        self.ready.push((self.clock + delay, task.priority, self.seq, task))

    def run(self, limit=100):
        while self.ready and self.clock <= limit:
            when, _, _, task = self.ready.pop()
            self.clock = max(self.clock, when)
            value = task.inbox.pop(0) if task.inbox and task.waiting else None
            task.waiting = False
            try:
                request = task.gen.send(value)
            except StopIteration as stop:
                task.result = stop.value
                self.log.append(f"t={self.clock:>3} {task.name} finished -> {stop.value!r}")
                continue
            except Exception as e:
                self.log.append(f"t={self.clock:>3} {task.name} crashed: {type(e).__name__}: {e}")
                continue
            if isinstance(request, Sleep):
                self.schedule(task, request.ticks)
            elif isinstance(request, Send):
                target = self.tasks.get(request.target)
                if target is None:
                    task.gen.throw(LookupError(f"no task {request.target}"))
                else:
                    target.inbox.append(request.message)
                    if target.waiting:
                        self.schedule(target, 0)
                self.schedule(task, 0)
            elif isinstance(request, Receive):
                if task.inbox:
                    task.waiting = True
                    self.schedule(task, 0)
                else:
                    task.waiting = True
            else:
                self.schedule(task, 1)


def ticker(name, n, step):
    total = 0
    for i in range(n):
        total += i
        yield Sleep(step)
    return total


def producer(items):
    for item in items:
        yield Send("consumer", item)
        yield Sleep(2)
    yield Send("consumer", None)
    return "produced %d" % len(items)


def consumer():
    seen = []
    while True:
        msg = yield Receive()
        if msg is None:
            break
        seen.append(msg.upper())
    return seen


def faulty():
    yield Sleep(3)
    raise RuntimeError("disk on fire")


def busy():
    count = 0
    for _ in range(4):
        count += 1
        yield
    return count


s = Scheduler()
s.spawn("tick-a", ticker("a", 4, 5), priority=2)
s.spawn("tick-b", ticker("b", 3, 7), priority=1)
s.spawn("consumer", consumer(), priority=3)
s.spawn("producer", producer(["alpha", "beta", "gamma"]))
s.spawn("faulty", faulty())
s.spawn("busy", busy(), priority=9)
s.run()
print("\n".join(s.log))
print({name: t.result for name, t in sorted(s.tasks.items())})
h = Heap()
for x in [5, 3, 8, 1, 9, 2, 7, 3]:
    h.push(x)
print([h.pop() for _ in range(len(h))])
