"""A deterministic bank-queue simulation with tellers, customers and statistics."""
import random
import statistics


class Customer:
    _next_id = 1

    def __init__(self, arrival, service):
        self.id = Customer._next_id
        Customer._next_id += 1
        self.arrival = arrival
        self.service = service
        self.start = None

    @property
    def wait(self):
        return self.start - self.arrival

    def __repr__(self):
        return f"C{self.id}"


class Teller:
    def __init__(self, name):
        self.name = name
        self.busy_until = 0
        self.served = []

    def free_at(self, t):
        return self.busy_until <= t

    def serve(self, customer, t):
        customer.start = t
        self.busy_until = t + customer.service
        self.served.append(customer)


def simulate(n_tellers, customers):
    tellers = [Teller(chr(ord("A") + i)) for i in range(n_tellers)]
    queue = []
    pending = sorted(customers, key=lambda c: c.arrival)
    t = 0
    log = []
    while pending or queue:
        while pending and pending[0].arrival <= t:
            queue.append(pending.pop(0))
        for teller in tellers:
            if queue and teller.free_at(t):
                c = queue.pop(0)
                teller.serve(c, t)
                log.append(f"t={t:3} {teller.name} serves {c!r} (waited {c.wait})")
        t += 1
    return tellers, log


rng = random.Random(42)
arrivals = sorted(rng.randint(0, 30) for _ in range(12))
customers = [Customer(a, rng.randint(2, 8)) for a in arrivals]
for n in (1, 2, 3):
    Customer._next_id = 1
    fresh = [Customer(c.arrival, c.service) for c in customers]
    tellers, log = simulate(n, fresh)
    waits = [c.wait for c in fresh]
    print(f"--- {n} teller(s) ---")
    if n == 2:
        print("\n".join(log))
    print(f"mean wait {statistics.mean(waits):.2f}, median {statistics.median(waits)}, max {max(waits)}")
    for t in tellers:
        print(f"  teller {t.name}: {len(t.served)} customers, busy {sum(c.service for c in t.served)} min")
