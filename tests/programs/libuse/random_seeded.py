import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.randrange(0, 100, 5), random.uniform(1, 2))
print(random.choice("abcdef"), random.choices(range(10), k=5), random.sample(range(100), 5))
deck = list(range(10)); random.shuffle(deck); print(deck)
print(random.choices("abc", weights=[10, 1, 1], k=8), random.choices("xy", cum_weights=[1, 10], k=4))
print(round(random.gauss(0, 1), 6), round(random.normalvariate(10, 2), 6), round(random.expovariate(1.5), 6))
print(random.getrandbits(32), random.getrandbits(100), random.randbytes(4).hex() if hasattr(random, "randbytes") else "")
print(round(random.triangular(0, 10, 3), 6), round(random.betavariate(2, 3), 6), round(random.paretovariate(2), 6))
r = random.Random(7)
print(r.random(), r.randint(1, 6), r.sample("abcdefgh", 3))
state = r.getstate(); a = r.random(); r.setstate(state); print(a == r.random())
random.seed("text seed"); print(random.random())
random.seed(12345); rolls = [random.randint(1, 6) for _ in range(20)]; print(rolls, sum(rolls))
random.seed(3.5) if False else random.seed(0); print(random.sample(["a", "b", "c", "d"], k=4), random.randrange(10))
for expr in ['random.choice([])', 'random.randint(5, 1)', 'random.randrange(0)', 'random.sample([1, 2], 3)',
             'random.randrange(1, 2, 0)', 'random.choices("ab", weights=[1], k=2)', 'random.getrandbits(-1)',
             'random.sample({1, 2}, 1)', 'random.randrange(1.5)']:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
