import random
from collections import Counter
random.seed(2718)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(600)]
freq = Counter(rolls)
for total in range(2, 13):
    n = freq[total]
    print(f"{total:>2} {n:>3} {'#' * (n // 5)}")
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
hands = [deck[i * 5:(i + 1) * 5] for i in range(4)]
for i, h in enumerate(hands, 1):
    print(f"player {i}: {' '.join(sorted(h))}")
population = list(range(1, 101))
sample = random.sample(population, 10)
print(sorted(sample), sum(sample) / len(sample), random.choices(["win", "lose", "draw"], weights=[1, 2, 1], k=8))
walk = [0]
for _ in range(20):
    walk.append(walk[-1] + random.choice((-1, 1)))
print(walk, max(walk), min(walk))
print(f"{random.uniform(10, 20):.6f} {random.gauss(0, 1):.6f} {random.random():.10f} {random.randrange(0, 100, 5)}")
