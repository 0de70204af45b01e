from collections import namedtuple, deque, defaultdict, Counter, OrderedDict, ChainMap
import heapq, bisect, string, operator, functools, itertools
Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), Point._make([3, 4]), Point._fields, len(p), p == (1, 2))
x, y = p
print(x, y, isinstance(p, tuple), type(p).__name__, repr(Point), hash(p) == hash((1, 2)))
try:
    Point(1)
except TypeError as e:
    print(e)
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 9])
print(P3(1), P3(1, 2, 3), P3._field_defaults)
for bad in [('T', 'a a'), ('T', 'a _b'), ('T', 'a class'), ('1T', 'a')]:
    try:
        namedtuple(*bad)
    except ValueError as e:
        print(e)
d = deque([1, 2, 3], maxlen=5)
d.append(4); d.appendleft(0); d.append(5)
print(d, d.maxlen, len(d), d[0], d[-1], list(reversed(d)))
d.rotate(2); print(d); d.rotate(-1); print(d); print(d.pop(), d.popleft(), d)
d2 = deque('abc'); d2.extendleft('xy'); print(d2, d2.count('a'), 'b' in d2, deque())
try:
    deque().pop()
except IndexError as e:
    print(e)
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd['zz'], len(dd), defaultdict(int), defaultdict(None, {1: 2}))
c = Counter('abracadabra')
print(c, c.most_common(2), c['z'], sorted(c.elements())[:5], c.total())
c.update('aaz'); c.subtract({'a': 10}); print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=3) | Counter(a=5), Counter(a=3, b=2) & Counter(a=1))
print(Counter(), Counter([1, 1, 2]), +Counter(a=-1, b=2), Counter({'x': 2}) == Counter(x=2))
od = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
od.move_to_end('a'); print(od); od.move_to_end('c', last=False); print(od, od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict(a=1) == OrderedDict(a=1), list(OrderedDict.fromkeys('xyz')))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm), cm.get('z', 0))
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h, heapq.heappop(h), h, heapq.nsmallest(2, [5, 1, 8]), heapq.nlargest(2, [5, 1, 8]), heapq.heappushpop(h, 0))
l = [9, 4, 7, 1]; heapq.heapify(l); print(l, list(heapq.merge([1, 4], [2, 3])))
print(heapq.nlargest(3, ['apple', 'fig', 'banana'], key=len))
a = [1, 3, 3, 7]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 4)); bisect.insort(a, 5); print(a)
print(string.ascii_lowercase, string.digits, string.punctuation, string.capwords('hello  big world'))
print(operator.add(2, 3), operator.itemgetter(1)([4, 5]), operator.itemgetter(0, 2)('abc'), operator.attrgetter('x')(p), operator.mul(3, 4))
print(sorted([('b', 2), ('a', 3)], key=operator.itemgetter(1)), operator.methodcaller('upper')('x'), operator.neg(5), operator.abs(-2))
print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, [1, 2, 3], 10))
add5 = functools.partial(operator.add, 5); print(add5(10))
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@functools.lru_cache(maxsize=2)
def sq(x): return x * x
sq(1); sq(2); sq(1); sq(3); sq(2)
print(sq.cache_info())
def deco(f):
    @functools.wraps(f)
    def w(*a): return f(*a)
    return w
@deco
def named(): "doc"
print(named.__name__, named.__doc__, named.__wrapped__.__name__)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
print(list(itertools.islice(itertools.count(5, 2), 4)), list(itertools.repeat('x', 3)), list(itertools.islice(itertools.cycle('ab'), 5)))
print(list(itertools.chain('ab', [1, 2])), list(itertools.chain.from_iterable(['xy', 'z'])), list(itertools.accumulate([1, 2, 3, 4])))
print(list(itertools.accumulate([1, 2, 3], operator.mul, initial=10)), list(itertools.compress('abcd', [1, 0, 1, 0])))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(itertools.filterfalse(None, [0, 1, 0, 2])))
print([(k, list(g)) for k, g in itertools.groupby('aaabccdd')], [(k, len(list(g))) for k, g in itertools.groupby([1, 1, 2, 3, 3], key=lambda x: x % 2)])
print(list(itertools.islice('abcdefg', 2, 6, 2)), list(itertools.starmap(pow, [(2, 3), (3, 2)])), [list(t) for t in itertools.tee([1, 2], 2)])
print(list(itertools.zip_longest('ab', 'xyz', fillvalue='-')), list(itertools.product('ab', repeat=2)), list(itertools.product([1, 2], 'x')))
print(list(itertools.permutations('abc', 2)), list(itertools.combinations('abcd', 2)), list(itertools.combinations_with_replacement('ab', 2)), list(itertools.pairwise('abcd')))
print(len(list(itertools.permutations(range(5)))), list(itertools.combinations([1, 2, 3], 0)))
