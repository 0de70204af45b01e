# pprint: the layouts of every container it breaks up, at several widths,
# indents and depths, compact mode, and the one-line helpers.
import pprint
from collections import OrderedDict, defaultdict, Counter, deque
from dataclasses import dataclass, field
import types

nested = {'alpha': [1, 2, 3, {'beta': ('x' * 20, 'y' * 20, 'z' * 20)}],
          'gamma': {'delta': list(range(25)), 'eps': {3, 1, 2}},
          'zeta': frozenset({30, 10, 20}), 10: None, 'b': b'bytes' * 30}
for width in (10, 30, 60, 80, 120):
    print('-- width', width)
    pprint.pprint(nested, width=width)
for indent in (0, 2, 4):
    pprint.pprint(nested, indent=indent, width=50)
for depth in (1, 2, 3):
    pprint.pprint(nested, depth=depth, width=40)
pprint.pprint(list(range(100)), compact=True, width=33)
pprint.pprint([list(range(12))] * 4, compact=True, width=40)
pprint.pprint([['aa'] * 5, 'b' * 50, ('c',) * 9], compact=True, width=30)
pprint.pprint(('only' * 30,))
pprint.pprint(('one', 'two' * 30), width=40)
pprint.pprint('a long sentence of many words ' * 6, width=40)
pprint.pprint(['line one\nline two\n' * 4, 'end'], width=25)
pprint.pprint(b'\x00\x01binary data here' * 5, width=30)
pprint.pprint([bytearray(b'abcdefgh' * 12)], width=40)
pprint.pprint(set(range(40)), width=30)
pprint.pprint(frozenset(range(30)), width=30)
pprint.pprint(OrderedDict((str(i), i * i) for i in range(12)), width=30)
dd = defaultdict(list)
for i in range(8):
    dd['key%d' % i].append(i)
pprint.pprint(dd, width=30)
pprint.pprint(Counter('abracadabra alakazam'), width=30)
pprint.pprint(deque(range(30)), width=30)
pprint.pprint(deque(range(30), maxlen=40), width=30)
pprint.pprint([OrderedDict(), defaultdict(int), Counter(), deque(), set(), frozenset(), '', b''])
pprint.pprint(types.SimpleNamespace(name='widget', parts=list(range(20)), tag='t' * 30), width=40)


@dataclass
class Point:
    x: int
    y: int
    label: str = 'p' * 30
    hidden: list = field(default_factory=list, repr=False)


@dataclass
class Shape:
    points: list


pprint.pprint(Shape([Point(i, i * 2) for i in range(3)]), width=50)
pprint.pprint(Point(1, 2), width=20)
mixed = {1: 'a', 'b': 2, (1, 2): 3, None: 4}
pprint.pprint(mixed)
pprint.pprint({3.5: 'x', 1: 'y', True: 'z'})
pprint.pprint([{'k': [1, 2]}] * 3, underscore_numbers=True, width=20)
pprint.pprint(12345678901234567890, underscore_numbers=True)
pprint.pprint({'n': [10**12, 2**70]}, underscore_numbers=True, width=20)
r = [1, 2]
r.append(r)
d = {'self': None}
d['self'] = d
print(pprint.saferepr(r).split(' with')[0], pprint.saferepr(d).split(' with')[0])
print(pprint.isrecursive(r), pprint.isrecursive([1]), pprint.isreadable([1, 'a', (2,)]))
print(pprint.isreadable(object()), pprint.isreadable({'a': object}), pprint.isreadable(r))
pp = pprint.PrettyPrinter(width=30, depth=2)
print(pp.isreadable({'x': [1]}), pp.isrecursive(r))
print(pp.pformat({'a': {'b': {'c': 1}}, 'd': [1, [2, [3]]]}))
print(pprint.pformat('x' * 100, width=30))
print(pprint.pformat(['x' * 100], width=30))


class Shout(list):
    def __repr__(self):
        return 'SHOUT!'


class Quiet(list):
    pass


pprint.pprint([Shout(range(50)), Quiet(range(30))], width=40)
pprint.pp({'z': 1, 'a': [1] * 40})
for bad in ({'indent': -1}, {'depth': 0}, {'width': 0}):
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print('ValueError:', e)
from collections import ChainMap
pprint.pprint(ChainMap({'a': list(range(10))}, {'b': 'x' * 40}, {}), width=30)
pprint.pprint([ChainMap(), ChainMap({})], width=5)
for n in (7, 8, 20, 21, 24, 40):
    pprint.pprint([b'0123456789' * (n // 10) + b'x' * (n % 10)], width=18)
    pprint.pprint(b'q' * n, width=15)
