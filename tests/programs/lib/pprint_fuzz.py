# pprint: random nested values (lists, tuples, dicts, sets, OrderedDict, Counter, deque, defaultdict, bytes, bytearray, long strings) at random widths, indents, depths, compact and sort_dicts; compared with python3.
import pprint
import random
import sys
from collections import OrderedDict, Counter, deque, defaultdict
random.seed(2)
def value(depth=0):
    k = random.random()
    if depth > 3 or k < 0.35:
        return random.choice([0, -7, 10 ** 12, 3.25, 1e-9, True, None, 'word', 'a longer string with spaces ' * random.randint(0, 3),
                              b'bytes\x00\xff' * random.randint(0, 4), 1j, (), [], {}, frozenset(), set(), 'x\ny'])
    if k < 0.5:
        return [value(depth + 1) for _ in range(random.randint(0, 6))]
    if k < 0.6:
        return tuple(value(depth + 1) for _ in range(random.randint(0, 5)))
    if k < 0.8:
        return {random.choice(['k', 'key', 'other', 'z', 'a', 'mid']) + str(i): value(depth + 1) for i in range(random.randint(0, 5))}
    if k < 0.85:
        return set(random.sample(range(100), random.randint(0, 12)))
    if k < 0.88:
        return OrderedDict((str(i), value(depth + 1)) for i in range(random.randint(0, 4)))
    if k < 0.91:
        return Counter(random.choice('abcde') for _ in range(random.randint(0, 15)))
    if k < 0.94:
        return deque(range(random.randint(0, 20)), maxlen=random.choice([None, 30]))
    if k < 0.97:
        d = defaultdict(list)
        for i in range(random.randint(0, 4)):
            d[i].append(value(depth + 1))
        return d
    return bytearray(b'xyz' * random.randint(0, 20))
for trial in range(150):
    v = value()
    width = random.choice([1, 5, 10, 20, 40, 60, 80, 120])
    print(trial, width)
    print(pprint.pformat(v, width=width, indent=random.choice([1, 2, 4]), depth=random.choice([None, 1, 2, 3]),
                         compact=random.random() < 0.3, sort_dicts=random.random() < 0.7, underscore_numbers=random.random() < 0.2))
    print(pprint.saferepr(v) == repr(v) or pprint.saferepr(v), pprint.isreadable(v), pprint.isrecursive(v))
