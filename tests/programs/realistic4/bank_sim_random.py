"""A bank branch simulation driven by a seeded random generator."""
import random
import heapq
from dataclasses import dataclass, field


@dataclass(order=True)
class Event:
    time: float
    kind: str = field(compare=False)
    customer: int = field(compare=False)


@dataclass
class Stats:
    served: int = 0
    waited: float = 0.0
    longest: float = 0.0
    queue_peak: int = 0

    def record(self, wait):
        self.served += 1
        self.waited += wait
        self.longest = max(self.longest, wait)


def simulate(tellers, minutes, seed):
    rng = random.Random(seed)
    events = []
    t = 0.0
    cid = 0
    while True:
        t += rng.expovariate(1 / 1.8)
        if t > minutes:
            break
        cid += 1
        heapq.heappush(events, Event(t, "arrive", cid))
    free = tellers
    queue = []
    arrived = {}
    stats = Stats()
    while events:
        ev = heapq.heappop(events)
        if ev.kind == "arrive":
            arrived[ev.customer] = ev.time
            if free:
                free -= 1
                stats.record(0.0)
                heapq.heappush(events, Event(ev.time + rng.uniform(2, 6), "leave", ev.customer))
            else:
                queue.append(ev.customer)
                stats.queue_peak = max(stats.queue_peak, len(queue))
        else:
            if queue:
                nxt = queue.pop(0)
                stats.record(ev.time - arrived[nxt])
                heapq.heappush(events, Event(ev.time + rng.uniform(2, 6), "leave", nxt))
            else:
                free += 1
    return cid, stats


print(f"{'tellers':>7} | {'customers':>9} | {'avg wait':>8} | {'max wait':>8} | peak")
print("-" * 48)
for tellers in (1, 2, 3, 4):
    n, st = simulate(tellers, 240, seed=2024)
    avg = st.waited / st.served if st.served else 0
    print(f"{tellers:>7} | {n:>9} | {avg:>8.2f} | {st.longest:>8.2f} | {st.queue_peak:>4}")
print(Stats(1, 2.5, 2.5, 1), Event(1.0, "arrive", 7) < Event(2.0, "leave", 1))
random.seed(99)
days = [random.gauss(100, 15) for _ in range(7)]
print(" ".join(f"{d:6.1f}" for d in days), f"| mean {sum(days) / 7:.2f}")
print(random.sample(["ann", "bob", "cy", "dee", "eve"], 3), random.choice(range(1000)), f"{random.random():.12f}")
