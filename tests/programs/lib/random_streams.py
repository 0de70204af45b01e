# random: the exact streams CPython draws after seeding, for every method
import random

def show(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, type(e).__name__, e)

for seed in [0, 1, 42, -7, 2**32, 2**100 + 3, 1.5, -1.5, 0.0, True, 'hello', b'bytes', bytearray(b'ba'), '', 'ünï']:
    random.seed(seed)
    print(repr(seed), random.random(), random.getrandbits(5), random.getrandbits(32),
          random.getrandbits(33), random.getrandbits(100), random.getrandbits(0))

random.seed('abc', version=1); print(random.random())
random.seed(b'abc', version=1); print(random.random())
random.seed('', version=1); print(random.random())

r = random.Random(12345)
print([r.randrange(10) for _ in range(10)])
print([r.randrange(3, 30, 4) for _ in range(10)])
print([r.randrange(30, 3, -4) for _ in range(10)])
print([r.randrange(-50, 50) for _ in range(10)])
print([r.randint(1, 6) for _ in range(10)])
print(r.randrange(10**30), r.randrange(-10**25, 10**25, 7))
print([r.choice('abcdefg') for _ in range(10)], r.choice(range(1000)), r.choice((1, 2)))
lst = list(range(20)); r.shuffle(lst); print(lst)
lst = list('abc'); r.shuffle(lst); print(lst)
print(r.sample(range(10), 10), r.sample(range(10**9), 8), r.sample('abcdefghij', 3))
print(r.sample(range(100), 30))
print(r.sample(['x', 'y', 'z'], 5, counts=[3, 1, 2]), r.sample('ab', 0))
print(r.choices('abc'), r.choices('abc', k=5), r.choices(range(7), [1, 2, 3, 4, 5, 6, 7], k=5))
print(r.choices('abc', cum_weights=[1, 1, 10], k=5), r.choices([1, 2], [0.5, 0.25], k=3))
print(r.uniform(2, 5), r.uniform(5, 2), r.triangular(), r.triangular(0, 10, 2), r.triangular(3, 3))
print(r.normalvariate(), r.normalvariate(10, 2), r.gauss(), r.gauss(), r.gauss(5, 0.5))
print(r.lognormvariate(0, 1), r.expovariate(2), r.vonmisesvariate(1, 4), r.vonmisesvariate(0, 0))
print(r.gammavariate(0.5, 2), r.gammavariate(1, 2), r.gammavariate(3.5, 1), r.betavariate(2, 3))
print(r.paretovariate(3), r.weibullvariate(1, 1.5), r.randbytes(5), r.randbytes(0))
print([round(r.gammavariate(0.3, 1), 12) for _ in range(5)], [round(r.betavariate(0.5, 0.5), 12) for _ in range(5)])

state = r.getstate()
print(state[0], len(state[1]), state[1][-1], state[2])
a = [r.random() for _ in range(700)]
r.setstate(state)
print(a == [r.random() for _ in range(700)])
r2 = random.Random()
r2.setstate(state)
print(r2.random() == a[0])
import copy
r3 = copy.copy(r); print(r3.random() == r.random())

# a subclass with only random() makes its integers from floats
class Floats(random.Random):
    def random(self):
        self.n = getattr(self, 'n', 0) + 1
        return (self.n * 0.618033988749895) % 1.0
f = Floats()
print([f.randrange(100) for _ in range(5)], f.choice('abcdef'))

class Bits(random.Random):
    def getrandbits(self, k):
        return (2 ** k - 1) // 3
print(Bits().randrange(1000), Bits().choice('abcdefgh'))

show('empty range', lambda: random.randrange(0))
show('empty range 2', lambda: random.randrange(5, 0))
show('empty step', lambda: random.randrange(0, 10, -1))
show('zero step', lambda: random.randrange(0, 10, 0))
show('none stop', lambda: random.randrange(3, None, 2))
show('float stop', lambda: random.randrange(0, 3.5))
show('str', lambda: random.randrange('a'))
show('choice', lambda: random.choice([]))
show('seed type', lambda: random.seed([1]))
show('sample set', lambda: random.sample({1, 2}, 1))
show('sample big', lambda: random.sample([1, 2], 3))
show('sample neg', lambda: random.sample([1, 2], -1))
show('counts', lambda: random.sample('ab', 1, counts=[1]))
show('counts float', lambda: random.sample('ab', 1, counts=[1, 1.5]))
show('counts zero', lambda: random.sample('ab', 1, counts=[0, 0]))
show('choices k', lambda: random.choices([1, 2], 3))
show('choices both', lambda: random.choices([1, 2], [1, 1], cum_weights=[1, 2]))
show('choices len', lambda: random.choices([1, 2], [1]))
show('choices zero', lambda: random.choices([1, 2], [0, 0]))
show('choices inf', lambda: random.choices([1, 2], [1, float('inf')]))
show('bits', lambda: random.getrandbits(-1))
show('bits float', lambda: random.getrandbits(2.0))
show('gamma', lambda: random.gammavariate(0, 1))
show('setstate', lambda: random.setstate((2, (), None)))
show('setstate size', lambda: random.setstate((3, (1, 2), None)))
show('setstate index', lambda: random.setstate((3, (0,) * 624 + (625,), None)))

s = random.SystemRandom()
print(0.0 <= s.random() < 1.0, s.getrandbits(0), 0 <= s.getrandbits(7) < 128, len(s.randbytes(9)), s.seed(5))
print(s.randrange(5) in range(5), sorted(s.sample(range(5), 5)), s.choice('z'))
show('sys state', lambda: s.getstate())
print(sorted(random.__all__))
print(random.NV_MAGICCONST, random.TWOPI, random.LOG4, random.SG_MAGICCONST, random.BPF, random.RECIP_BPF)

# sequences of other kinds, weights of other number types, odd arguments
from collections import deque
from fractions import Fraction
from decimal import Decimal
r = random.Random(5)
show('deque', lambda: r.sample(deque(range(10)), 3))
show('tuple', lambda: r.sample((1, 2, 3), 2))
show('str', lambda: r.sample('hello', 5))
show('fraction w', lambda: r.choices('ab', [Fraction(1, 3), Fraction(2, 3)], k=4))
show('decimal w', lambda: r.choices('ab', [Decimal('0.3'), Decimal('0.7')], k=4))
show('cum', lambda: r.choices('abc', cum_weights=(1, 2, 3), k=4))
show('empty choices', lambda: r.choices([], k=2))
show('empty choices0', lambda: r.choices([], k=0))
show('empty w', lambda: r.choices([], [], k=1))
show('bool range', lambda: r.randrange(True, 10, True))
show('big', lambda: r.randrange(-2**200, 2**200, 3**50))
show('randint bool', lambda: r.randint(False, True))
show('float randint', lambda: r.randint(1.0, 3))
show('neg k sample', lambda: r.sample(range(3), k=-1))
show('k none', lambda: r.sample(range(3)))
show('shuffle tuple', lambda: r.shuffle((1, 2)))
class Seq:
    def __init__(self): self.d = list(range(8))
    def __len__(self): return len(self.d)
    def __getitem__(self, i): return self.d[i]
    def __setitem__(self, i, v): self.d[i] = v
show('seq sample', lambda: r.sample(Seq(), 2))
show('choice dict', lambda: r.choice({0: 'a', 1: 'b'}))
s = Seq(); r.shuffle(s); print(s.d)
show('gauss state', lambda: (r.gauss(), r.getstate()[2] is not None))
r2 = random.Random(); r2.setstate(r.getstate()); print(r2.gauss() == r.gauss())
show('expo 0', lambda: r.expovariate(0))
show('weibull', lambda: r.weibullvariate(2, 0))
show('tri eq', lambda: r.triangular(2, 2, 2))
show('seed tuple', lambda: random.Random((1, 2)))
show('seed none then', lambda: type(random.Random(None).random()).__name__)
show('getrandbits big', lambda: r.getrandbits(1000) < 2 ** 1000)
show('randbytes neg', lambda: r.randbytes(-1))
show('seed bytearray v1', lambda: (random.seed(bytearray(b'ab'), version=1), random.random()))
show('seed int v1', lambda: (random.seed(5, version=1), random.random()))
random.seed('ab', version=3); print(type(random.random()).__name__)   # seeded from the str's hash

# copies rebuild the generator and restore its state
r = random.Random(42); r.random(); r.gauss()
for c in (copy.copy(r), copy.deepcopy(r)):
    print(type(c).__name__, c.random() == r.random(), c.getstate() == r.getstate())
class Mine(random.Random):
    pass
m = Mine(3)
print(type(copy.deepcopy(m)).__name__, copy.deepcopy(m).random() == m.random())
s = random.SystemRandom()
try:
    print(type(copy.copy(s)).__name__)
except Exception as e:
    print(type(e).__name__, e)
