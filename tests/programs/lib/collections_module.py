# collections: namedtuple, defaultdict, OrderedDict, Counter, ChainMap, deque
from collections import namedtuple, defaultdict, OrderedDict, Counter, ChainMap, deque
from collections import abc


def attempt(label, action):
    try:
        print(label, action())
    except Exception as error:
        print(label, type(error).__name__, error)


# namedtuple
Point = namedtuple('Point', 'x, y')
p = Point(1, y=2)
print(p, p.x, p.y, p._fields, Point._field_defaults, Point.__match_args__)
print(Point.__doc__, Point.__new__.__doc__, Point.x.__doc__, Point.__module__)
print(Point.__new__.__qualname__, Point._make.__qualname__, Point._replace.__doc__)
print(p._replace(x=10), p._asdict(), Point._make([5, 6]), p.__getnewargs__())
print(isinstance(p, tuple), p == (1, 2), hash(p) == hash((1, 2)), len(p), p[1])
x, y = p
print(x, y)
attempt('missing', lambda: Point(1))
attempt('extra', lambda: Point(1, 2, 3))
attempt('replace bad', lambda: p._replace(z=1))
attempt('make short', lambda: Point._make([1]))
attempt('set attr', lambda: setattr(p, 'x', 5))
Single = namedtuple('Single', ['value'])
print(Single(3), Single.__doc__, Single.__new__.__doc__)
Dflt = namedtuple('Dflt', 'a b c', defaults=[2, 3])
print(Dflt(1), Dflt(1, c=9), Dflt._field_defaults, Dflt.__new__.__defaults__)
Renamed = namedtuple('Renamed', ['abc', 'def', 'abc', '_x', '1y', 'ok'], rename=True)
print(Renamed._fields)
for args in [('bad name', 'a'), ('T', 'a class'), ('T', 'a _b'), ('T', 'a b a'), ('T', 'for'),
             ('def', 'a'), ('T', ['a', 3])]:
    attempt(f'namedtuple{args}', lambda: namedtuple(*args)._fields)
attempt('defaults', lambda: namedtuple('T', 'a', defaults=(1, 2)))
Mod = namedtuple('Mod', 'a', module='somewhere')
print(Mod.__module__, Point._make.__doc__)
match Point(3, 4):
    case Point(a, b):
        print('matched', a, b)


class Point3(namedtuple('Point3Base', 'x y z')):
    __slots__ = ()

    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)


q = Point3(1, -2, 3)
print(q, q.norm1(), q._replace(z=0))

# defaultdict
counts = defaultdict(int)
for word in 'the cat and the hat and the bat'.split():
    counts[word] += 1
print(counts, counts.default_factory, dict(counts))
groups = defaultdict(list, a=[1])
groups['b'].append(2)
print(groups, groups.copy(), groups | {'c': 3}, {'z': 0} | groups)
nothing = defaultdict()
attempt('no factory', lambda: nothing['k'])
attempt('bad factory', lambda: defaultdict(5))
print(repr(defaultdict(None, {1: 2})), type(groups | {}).__name__)

# OrderedDict
od = OrderedDict.fromkeys('abcde', 0)
od.move_to_end('b')
od.move_to_end('e', last=False)
print(od, od.popitem(), od.popitem(last=False), list(od))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(od | {'z': 1}, {'y': 2} | od, OrderedDict(), od.copy())
attempt('empty popitem', lambda: OrderedDict().popitem())

# Counter
c = Counter('abracadabra')
print(c, c.most_common(2), c.most_common(), c.most_common(-1), c.total())
print(sorted(c.elements()), c['z'], 'z' in c)
c.update('aaz')
c.update({'b': 5})
c.subtract(a=3)
c.subtract(['r', 'r', 'r'])
print(c)
d = Counter(a=3, b=1, c=-2)
e = Counter(a=1, b=2, d=4)
print(d + e, d - e, d | e, d & e, +d, -d)
print(d == Counter(a=3, b=1, c=-2), Counter(a=1) == Counter(a=1, b=0), d != e)
print(Counter(a=1) <= Counter(a=2), Counter(a=2) < Counter(a=2), Counter(a=3) >= Counter(a=2, b=0))
print(Counter(a=1) == {'a': 1}, (Counter() < 3) if False else 'skip')
attempt('compare', lambda: Counter() < 3)
f = Counter(a=2, b=3)
f += Counter(a=-5, c=1)
print(f)
f -= Counter(b=1)
print(f)
f |= Counter(b=7, e=0)
print(f)
f &= Counter(b=4, c=9)
print(f)
del f['nothing']
print(f, Counter(Counter(x=2)), Counter(ChainMap({'m': 2})), Counter({'k': 0, 'j': -1}))
attempt('fromkeys', lambda: Counter.fromkeys('ab'))
print(Counter(a=1, b=2).copy(), repr(Counter()), Counter([1, 1, 2]).__reduce__())


class Tally(Counter):
    pass


print(Tally('aab'), Tally('ab') + Tally('b'), type(Tally('a').copy()).__name__)

# ChainMap
defaults = {'color': 'red', 'user': 'guest'}
options = {'user': 'admin'}
chain = ChainMap(options, defaults)
print(chain['user'], chain['color'], len(chain), list(chain), chain.get('x', 'none'))
print(chain, chain.keys(), list(chain.items()), list(chain.values()))
child = chain.new_child({'color': 'blue'})
print(child['color'], child.parents, child.maps)
child['size'] = 3
del child['size']
attempt('del', lambda: child.__delitem__('user'))
attempt('pop', lambda: child.pop('nope'))
print(child.pop('color'), child.pop('nope', 'dflt'), 'user' in child, bool(ChainMap()))
print(ChainMap.fromkeys('ab', 1), ChainMap(), chain.copy(), chain == dict(color='red', user='admin'))
print(chain | {'x': 1}, {'x': 1, 'user': 'q'} | chain)
empty = ChainMap({}, {'a': 1})
attempt('popitem', lambda: empty.popitem())
print(ChainMap(defaultdict(int))['q'], chain.setdefault('new', 5), options)
print(isinstance(chain, abc.MutableMapping), issubclass(ChainMap, abc.Mapping))
chain2 = ChainMap({'a': 1})
chain2 |= {'b': 2}
print(chain2, chain.new_child(k=1).maps[0], chain.new_child().maps[0])
attempt('missing', lambda: chain['nope'])

# deque
dq = deque([1, 2, 3], maxlen=4)
dq.append(4)
dq.append(5)
dq.appendleft(0)
print(dq, dq.maxlen, dq.popleft(), dq.pop(), dq, len(dq), list(reversed(dq)))
dq.rotate(1)
print(dq, isinstance(dq, abc.MutableSequence))
attempt('del attr', lambda: delattr(p, 'y'))
print(Point.y.__doc__, Point.x.__get__(p), Point.y.__get__(None, Point) is Point.y)
