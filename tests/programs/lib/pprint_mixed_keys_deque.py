# pprint: ints and int subclasses with and without underscore_numbers; dicts and sets whose keys cannot all be compared (sorted by their own order where they have one, else by type name), dict keys that are equal to nothing (NaN), and deques with and without maxlen laid out over several lines; compared with python3.
import collections
import pprint

mixed = {3: 'three', 'b': 2, 1.5: 'float', None: 0, (1, 2): 'pair', b'x': 'bytes', 'a': 1, 2: 'two',
         frozenset({1}): 'frozen', True: 'true'}
pprint.pprint(mixed)
pprint.pprint(mixed, width=30)
print(pprint.pformat(mixed, width=200))
pprint.pprint({'k' * 20: list(range(12)), 5: {'inner': [None, 1, 'x'], 2: 'y'}, 'a': 2.5}, width=40)
pprint.pprint({3, 'b', 1.5, None, (1, 2), b'x', 'a', 2}, width=20)
pprint.pprint(frozenset({'z', 1, 2.5, None}), width=10)
nan = float('nan')
pprint.pprint({nan: 1, 2: 2, 1: 1}, width=10)
pprint.pprint({'a': 1, 'c': 3, 'b': 2}, sort_dicts=False, width=10)

for maxlen in (None, 3, 12):
    d = collections.deque(range(10, 22), maxlen)
    pprint.pprint(d, width=20)
    pprint.pprint({'deque': d}, width=30)
    pprint.pprint([d, d], width=40, compact=True)
    pprint.pprint(d, width=20, depth=1)
pprint.pprint(collections.deque(maxlen=4), width=5)
class Queue(collections.deque):
    pass
pprint.pprint(Queue('abcdefgh', 7), width=20)
class I(int): pass
class J(int):
    def __repr__(self): return 'J!'
for v in [10**12, -5, I(12345678), J(5), True, [10**6, I(-1000)], {10**5: 10**7}]:
    print(pprint.pformat(v, underscore_numbers=True), pprint.pformat(v), pprint.saferepr(v))
class K(int):
    def __format__(self, spec): return 'K' + spec
print(pprint.pformat([K(3)]), pprint.pformat([K(3)], underscore_numbers=True))
