import random
random.seed(2024)
print([random.randrange(1000) for _ in range(5)], [random.randrange(-50, 50, 3) for _ in range(5)], random.randrange(10**30), random.randint(0, 2**70))
print(random.getrandbits(0) if False else 0, random.getrandbits(1), random.getrandbits(64), random.getrandbits(65), random.randbytes(9).hex())
print(random.sample(range(10**9), 3), random.sample("abcdefghijklmnopqrstuvwxyz" * 3, 5), random.sample(list(range(30)), 25)[:5])
print(random.choices(range(5), weights=[0.1, 0.2, 0.3, 0.2, 0.2], k=10), random.choices("ab", k=3), random.choice((1, 2, 3)))
lst = list(range(30)); random.shuffle(lst); print(lst)
print([round(f(), 10) for f in (lambda: random.gauss(), lambda: random.gauss(5, 2), lambda: random.normalvariate(), lambda: random.lognormvariate(1, 0.5), lambda: random.vonmisesvariate(0, 4), lambda: random.gammavariate(0.5, 1), lambda: random.gammavariate(1, 2), lambda: random.gammavariate(3, 1), lambda: random.betavariate(0.5, 0.5), lambda: random.paretovariate(3), lambda: random.weibullvariate(2, 3), lambda: random.triangular(), lambda: random.triangular(1, 5), lambda: random.expovariate(0.2), lambda: random.uniform(5, 1))])
class MyRandom(random.Random):
    def random(self):
        return 0.5
m = MyRandom(1)
print(m.random(), m.choice("abc"), m.randrange(10), m.uniform(0, 10), m.randint(1, 6))
r1, r2 = random.Random(42), random.Random(42)
print([r1.random() for _ in range(3)] == [r2.random() for _ in range(3)], random.Random(0).random(), random.Random(1.5).random(), random.Random("abc").random(), random.Random(b"abc").random(), random.Random(bytearray(b"abc")).random())
random.seed(5, version=1); print(random.random())
random.seed("5", version=1); print(random.random())
st = random.getstate(); print(type(st), len(st), st[0])
