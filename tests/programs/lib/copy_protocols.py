# copy: shallow and deep copies through each of the protocols the documentation names
import copy
import sys
from collections import namedtuple, OrderedDict, defaultdict, Counter, deque


def attempt(label, action):
    try:
        print(label, action())
    except Exception as error:
        print(label, type(error).__name__, error)


# immutable objects are their own copies
for value in (None, 1, 2.5, 'text', b'raw', (1, 2), frozenset({1}), range(3), len, int, print,
              Ellipsis, 3j, True):
    print(type(value).__name__, copy.copy(value) is value, copy.deepcopy(value) is value)

# containers
nested = [1, [2, 3], {'k': [4]}, (5, [6]), {7}, bytearray(b'ab')]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
print(shallow == nested, shallow is not nested, shallow[1] is nested[1])
print(deep == nested, deep[1] is not nested[1], deep[2]['k'] is not nested[2]['k'], deep[3][1] is not nested[3][1])
print(copy.deepcopy((1, 'a', (2,))) == (1, 'a', (2,)), type(copy.copy({1, 2})).__name__)
cycle = [1]
cycle.append(cycle)
cycle_copy = copy.deepcopy(cycle)
print(cycle_copy[1] is cycle_copy, cycle_copy is not cycle)
shared = [0]
pair = [shared, shared]
pair_copy = copy.deepcopy(pair)
print(pair_copy[0] is pair_copy[1], pair_copy[0] is not shared)
tuple_cycle = ([],)
tuple_cycle[0].append(tuple_cycle)
tc = copy.deepcopy(tuple_cycle)
print(tc[0][0] is tc, tc is not tuple_cycle)


# plain instances: their __dict__ is copied (deeply for deepcopy)
class Account:
    def __init__(self, owner, entries):
        self.owner = owner
        self.entries = entries


acct = Account('ann', [1, 2])
a1, a2 = copy.copy(acct), copy.deepcopy(acct)
print(type(a1).__name__, a1.owner, a1.entries is acct.entries, a2.entries is not acct.entries, a2.entries)


class Slotted:
    __slots__ = ('x', 'y')


sl = Slotted()
sl.x = [1]
sc = copy.copy(sl)
sd = copy.deepcopy(sl)
print(sc.x is sl.x, sd.x == [1], sd.x is not sl.x, hasattr(sc, 'y'))


# __copy__ and __deepcopy__
class Custom:
    def __init__(self, value):
        self.value = value

    def __copy__(self):
        print('__copy__ called')
        return Custom(self.value + 1)

    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return Custom(copy.deepcopy(self.value, memo) * 2)


print(copy.copy(Custom(1)).value, copy.deepcopy(Custom([3])).value)


# __getstate__ / __setstate__
class Stateful:
    def __init__(self):
        self.data = [1]
        self.cache = 'expensive'

    def __getstate__(self):
        return {'data': self.data}

    def __setstate__(self, state):
        print('__setstate__', state)
        self.__dict__.update(state)
        self.cache = 'rebuilt'


st = copy.deepcopy(Stateful())
print(st.data, st.cache, copy.copy(Stateful()).cache)


# __reduce__ and __reduce_ex__
class Reduced:
    def __init__(self, a, b=0):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Reduced, (self.a, self.b + 100))


r = copy.copy(Reduced(1))
print(r.a, r.b)


class Global:
    def __reduce__(self):
        return 'Global'


g = Global()
print(copy.copy(g) is g, copy.deepcopy(g) is g)


# __getnewargs__ and subclasses of built-in types
class Money(int):
    def __new__(cls, value, currency='EUR'):
        made = super().__new__(cls, value)
        made.currency = currency
        return made

    def __getnewargs__(self):
        return (int(self), self.currency)


m = copy.copy(Money(5, 'USD'))
print(m, m.currency, type(m).__name__)


class Tags(list):
    pass


tags = Tags([1, [2]])
tags.label = 'x'
t1, t2 = copy.copy(tags), copy.deepcopy(tags)
print(t1, type(t1).__name__, t1.label, t1[1] is tags[1], t2[1] is not tags[1])


class Registry(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value * 10)


reg = Registry()
dict.__setitem__(reg, 'a', 1)
print(copy.copy(reg), type(copy.deepcopy(reg)).__name__)


class Word(str):
    pass


w = Word('hi')
w.extra = 1
print(copy.copy(w), copy.copy(w).extra, type(copy.deepcopy(w)).__name__)


class Bag(frozenset):
    pass


print(sorted(copy.deepcopy(Bag([3, 1]))), type(copy.copy(Bag([1]))).__name__)

# library types
Point = namedtuple('Point', 'x y')
p = Point([1], 2)
print(copy.copy(p), copy.deepcopy(p).x is not p.x, type(copy.deepcopy(p)).__name__)
od = OrderedDict(b=[1], a=2)
print(copy.copy(od), copy.deepcopy(od)['b'] is not od['b'])
dd = defaultdict(list, k=[1])
dd2 = copy.deepcopy(dd)
print(dd2, dd2.default_factory is list, dd2['k'] is not dd['k'])
print(copy.copy(Counter('aab')), copy.deepcopy(deque([1, [2]], maxlen=5)))


# bound methods
class Greeter:
    def __init__(self):
        self.name = 'x'

    def greet(self):
        return 'hi ' + self.name


gr = Greeter()
bound = copy.deepcopy(gr.greet)
gr.name = 'changed'
print(bound(), bound.__self__ is not gr, copy.copy(gr.greet)())

# exceptions
err = ValueError('bad', 2)
err.note = 'n'
ec = copy.copy(err)
print(repr(ec), ec.note, ec is not err, repr(copy.deepcopy(KeyError('k'))))

# what cannot be copied
attempt('module', lambda: copy.copy(sys))
attempt('generator', lambda: copy.deepcopy(x for x in 'ab'))
attempt('generator shallow', lambda: copy.copy(x for x in 'ab'))
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print(memo[id(x)] is y[0], y[0] is y[1])

# the interpreter's own objects that hold outside state cannot be copied
import threading
attempt('lock', lambda: copy.copy(threading.Lock()))
with open(__file__) as source:
    attempt('file', lambda: copy.deepcopy(source))
