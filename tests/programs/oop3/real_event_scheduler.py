"""A priority-queue event scheduler simulation with generators as processes."""
import heapq
import itertools


class Simulation:
    def __init__(self):
        self.now = 0
        self._queue = []
        self._counter = itertools.count()
        self.trace = []

    def schedule(self, delay, process, value=None):
        heapq.heappush(self._queue, (self.now + delay, next(self._counter), process, value))

    def spawn(self, gen):
        self.schedule(0, gen)
        return gen

    def run(self, until=None):
        while self._queue:
            when, _, proc, value = heapq.heappop(self._queue)
            if until is not None and when > until:
                heapq.heappush(self._queue, (when, 0, proc, value))
                break
            self.now = when
            try:
                delay = proc.send(value)
            except StopIteration as stop:
                self.trace.append((self.now, proc.__name__, "done", stop.value))
                continue
            except Exception as exc:
                self.trace.append((self.now, proc.__name__, "crashed", repr(exc)))
                continue
            if not isinstance(delay, (int, float)) or delay < 0:
                proc.throw(ValueError(f"bad delay {delay!r}"))
            self.schedule(delay, proc, self.now)


def customer(sim, name, arrive, service, counter):
    yield arrive
    print(f"{sim.now:5.1f}  {name} arrives")
    while counter["busy"]:
        yield 0.5
    counter["busy"] = True
    print(f"{sim.now:5.1f}  {name} is served")
    yield service
    counter["busy"] = False
    counter["served"].append(name)
    print(f"{sim.now:5.1f}  {name} leaves")
    return service


def clock(sim, period):
    ticks = 0
    try:
        while True:
            yield period
            ticks += 1
    finally:
        print(f"clock stopped after {ticks} ticks")


def faulty(sim):
    yield 2
    raise RuntimeError("machine broke")


sim = Simulation()
counter = {"busy": False, "served": []}
for name, arrive, service in [("ann", 0, 3), ("bob", 1, 2), ("cid", 1.5, 1), ("dee", 9, 1)]:
    g = customer(sim, name, arrive, service, counter)
    sim.spawn(g)
c = sim.spawn(clock(sim, 4))
sim.spawn(faulty(sim))
sim.run(until=20)
c.close()
print("served:", counter["served"])
for entry in sim.trace:
    print(entry)
print("final time", sim.now)
