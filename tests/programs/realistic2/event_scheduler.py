"""A discrete-event simulation of a coffee shop with a priority queue."""
import heapq
import random
from dataclasses import dataclass, field
from itertools import count


@dataclass(order=True)
class Event:
    time: float
    seq: int
    kind: str = field(compare=False)
    customer: int = field(compare=False)


class Shop:
    def __init__(self, baristas, seed):
        self.rng = random.Random(seed)
        self.free = baristas
        self.queue = []
        self.events = []
        self.seq = count()
        self.waits = []
        self.log = []
        self.served = 0

    def schedule(self, time, kind, customer):
        heapq.heappush(self.events, Event(time, next(self.seq), kind, customer))

    def run(self, customers, until):
        t = 0.0
        for c in range(customers):
            t += self.rng.expovariate(1 / 2.0)
            self.schedule(round(t, 3), "arrive", c)
        arrived = {}
        while self.events:
            ev = heapq.heappop(self.events)
            if ev.time > until:
                self.log.append(f"{ev.time:7.2f} closing with {len(self.events) + 1} events pending")
                break
            if ev.kind == "arrive":
                arrived[ev.customer] = ev.time
                if self.free:
                    self.free -= 1
                    self.start(ev.time, ev.customer, arrived)
                else:
                    self.queue.append(ev.customer)
                    self.log.append(f"{ev.time:7.2f} #{ev.customer} waits (queue {len(self.queue)})")
            elif ev.kind == "done":
                self.served += 1
                self.log.append(f"{ev.time:7.2f} #{ev.customer} served")
                if self.queue:
                    self.start(ev.time, self.queue.pop(0), arrived)
                else:
                    self.free += 1

    def start(self, now, customer, arrived):
        wait = now - arrived[customer]
        self.waits.append(wait)
        duration = self.rng.uniform(1.5, 4.5)
        self.schedule(round(now + duration, 3), "done", customer)


shop = Shop(baristas=2, seed=42)
shop.run(customers=12, until=20)
for line in shop.log:
    print(line)
print(f"served {shop.served}, still queued {len(shop.queue)}")
if shop.waits:
    print(f"average wait {sum(shop.waits) / len(shop.waits):.3f}, longest {max(shop.waits):.3f}")
hist = {}
for w in shop.waits:
    bucket = int(w)
    hist[bucket] = hist.get(bucket, 0) + 1
for b in sorted(hist):
    print(f"{b:>2}-{b + 1:<2} {'*' * hist[b]}")
