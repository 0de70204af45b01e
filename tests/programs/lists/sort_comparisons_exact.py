# sorting compares the same pairs in the same order as CPython (binary insertion, powersort merges, galloping), with keys, reverse, and a comparison that raises half-way
import random

class Key:
    trace = []
    limit = None
    def __init__(self, v, i): self.v = v; self.i = i
    def __lt__(self, other):
        Key.trace.append(self.i * 100003 + other.i)
        if Key.limit is not None and len(Key.trace) >= Key.limit:
            raise RuntimeError('stop')
        return self.v < other.v
    def __repr__(self): return f'{self.v}:{self.i}'

def data(shape, n, rng):
    if shape == 'random': return [rng.random() for _ in range(n)]
    if shape == 'few': return [rng.randrange(5) for _ in range(n)]
    if shape == 'sorted_runs':
        out = []
        while len(out) < n:
            out += sorted(rng.randrange(1000) for _ in range(rng.randrange(1, 200)))
        return out[:n]
    if shape == 'nearly':
        out = list(range(n))
        for _ in range(n // 50 if n else 0):
            i, j = rng.randrange(n), rng.randrange(n)
            out[i], out[j] = out[j], out[i]
        return out
    if shape == 'sawtooth': return [i % 37 for i in range(n)]
    if shape == 'descending_runs': return [-(i % 300) + (i // 300) * 1000 for i in range(n)]

rng = random.Random(2024)
checksum = 0
for n in [0, 1, 2, 5, 31, 32, 33, 63, 64, 65, 127, 128, 200, 1000, 2048, 3000, 7777]:
    for shape in ['random', 'few', 'sorted_runs', 'nearly', 'sawtooth', 'descending_runs']:
        values = data(shape, n, rng)
        for reverse in (False, True):
            Key.trace = []
            keys = [Key(v, i) for i, v in enumerate(values)]
            result = sorted(keys, reverse=reverse)
            order = [k.i for k in result]
            checksum = (checksum * 31 + hash(tuple(Key.trace)) + hash(tuple(order))) % (1 << 61)
            if n in (65, 1000):
                print(n, shape, reverse, len(Key.trace), order[:5])
print('checksum', checksum)

# the key function's results are compared; the items move along
words = [rng.choice(['pear', 'fig', 'apple', 'kiwi', 'plum', 'date']) + str(i) for i in range(500)]
Key.trace = []
print(sorted(words, key=len)[:8], sorted(words, key=lambda w: w[::-1], reverse=True)[:4])

# a comparison that raises: the list keeps every item, in the order reached
for limit in [1, 10, 100, 500, 2000]:
    Key.trace = []
    Key.limit = limit
    items = [Key(v, i) for i, v in enumerate(data('random', 300, rng))]
    try:
        items.sort()
    except RuntimeError as e:
        print(limit, e, len(items), sorted(k.i for k in items) == list(range(300)), [k.i for k in items][:12])
Key.limit = None
