# collections.abc: the mixin methods each ABC derives, the hooks that
# recognise classes by their methods, and the registered built-in types
import collections.abc as cabc
from collections.abc import (Set, MutableSet, Mapping, MutableMapping, Sequence,
                             MutableSequence, Iterator, Generator, Coroutine,
                             AsyncIterator, AsyncGenerator, Hashable, Sized, Container,
                             Callable, Iterable, Reversible, Collection, Awaitable,
                             AsyncIterable, KeysView, ItemsView, ValuesView, MappingView)


def attempt(label, action):
    try:
        print(label, action())
    except Exception as error:
        print(label, type(error).__name__, error)


class ListSet(MutableSet):
    def __init__(self, items=()):
        self.items = []
        for item in items:
            self.add(item)

    def __contains__(self, item):
        return item in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def add(self, item):
        if item not in self.items:
            self.items.append(item)

    def discard(self, item):
        if item in self.items:
            self.items.remove(item)

    def __repr__(self):
        return f'ListSet({self.items})'


a = ListSet([1, 2, 3, 4])
b = ListSet([3, 4, 5])
print(a & b, a | b, a - b, b - a, a ^ b, [2, 9] & a, [9, 1] - a, {7} ^ a)
print(a <= b, a < a, ListSet([3]) < b, a >= ListSet([1]), a > a, a == ListSet([4, 3, 2, 1]), a != b)
print(a.isdisjoint([7, 8]), a.isdisjoint(iter([4])), a == {1, 2, 3, 4}, a <= {1, 2, 3, 4, 5})
attempt('a & 3', lambda: a & 3)
attempt('a < 3', lambda: a < 3)
attempt('a - 3', lambda: a - 3)
c = ListSet('abc')
c.remove('a')
attempt('remove missing', lambda: c.remove('zz'))
print(c, c.pop(), c)
c |= 'xyz'
print(c)
c &= ['x', 'y', 'q']
print(c)
c ^= ['y', 'w']
print(c)
c -= ['w']
print(c)
c -= c
print(c, len(c))
d = ListSet([1, 2])
d ^= d
print(d)
d.add(5)
d.clear()
print(d)
attempt('pop empty', lambda: d.pop())


class FrozenListSet(Set):
    def __init__(self, items=()):
        self.items = list(dict.fromkeys(items))

    def __contains__(self, item):
        return item in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    __hash__ = Set._hash


# (compared with _hash itself: hash() of a __hash__ result above 2**61 is
# a separate matter of the interpreter)
for elements in ([], [1], [1, 2, 3], ['a', 'b'], [(1, 2), None, -1, 2 ** 70], [-2]):
    print(FrozenListSet(elements)._hash() == hash(frozenset(elements)))
print(hash(FrozenListSet([1, 2])) == hash(frozenset([1, 2])))


class Store(MutableMapping):
    def __init__(self, *args, **kwargs):
        self.data = {}
        self.update(*args, **kwargs)

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)


class KeysOnly:
    def keys(self):
        return ['p', 'q']

    def __getitem__(self, key):
        return key * 2


s = Store({'a': 1}, b=2)
s.update([('c', 3)])
s.update(KeysOnly())
s.update(Store(z=26))
print(dict(s), len(s), 'a' in s, 'nope' in s, s.get('b'), s.get('nope', 0))
print(type(s.keys()).__name__, list(s.items()), list(s.values()), s.keys() & {'a', 'zz'}, sorted(s.items() | {('n', 1)}))
print(('a', 1) in s.items(), ('a', 2) in s.items(), ('missing', 1) in s.items(), 1 in s.values(), 99 in s.values())
print(s.pop('a'), s.pop('a', 'gone'), s.popitem(), s.setdefault('b', 7), s.setdefault('new', 8))
attempt('pop missing', lambda: s.pop('a'))
print(s == dict(s), s == Store(s), s != {'x': 1}, s == 5, len(s.keys()), repr(ValuesView({1: 2})))
attempt('reversed', lambda: reversed(s))
s.clear()
attempt('popitem empty', lambda: s.popitem())
print(dict(s), KeysView({'k': 1}), ItemsView({'k': 1}), isinstance(s.keys(), Set))


class Word(Sequence):
    def __init__(self, text):
        self.text = text

    def __getitem__(self, index):
        return self.text[index]

    def __len__(self):
        return len(self.text)


w = Word('mississippi')
print(list(w), list(reversed(w)), 's' in w, 'z' in w, w.count('s'), w.index('s'))
print(w.index('s', 4), w.index('i', -3), w.index('p', 0, -1))
attempt('index missing', lambda: w.index('z'))
attempt('index range', lambda: w.index('m', 1, 5))


class Tape(MutableSequence):
    def __init__(self, items=()):
        self.cells = list(items)

    def __getitem__(self, index):
        return self.cells[index]

    def __setitem__(self, index, value):
        self.cells[index] = value

    def __delitem__(self, index):
        del self.cells[index]

    def __len__(self):
        return len(self.cells)

    def insert(self, index, value):
        self.cells.insert(index, value)


t = Tape([1, 2, 3])
t.append(4)
t.extend([5, 6])
t.extend(t)
t += [7]
print(t.cells, t.pop(), t.pop(0), t.cells)
t.remove(5)
t.reverse()
print(t.cells)
t.clear()
print(t.cells)
attempt('pop empty', lambda: t.pop())
attempt('remove missing', lambda: t.remove(1))


# recognised by their methods
class Gen:
    def __iter__(self): return self
    def __next__(self): return 1
    def send(self, value): return value
    def throw(self, *args): raise ValueError
    def close(self): pass


class NotHashable:
    __hash__ = None


class Sizes:
    def __len__(self): return 0


print(isinstance(Gen(), Generator), isinstance(Gen(), Iterator), issubclass(Gen, Iterable))
print(isinstance(NotHashable(), Hashable), isinstance(Sizes(), Sized), issubclass(Sizes, Collection))
print(issubclass(list, Reversible), issubclass(dict, Reversible), issubclass(str, Container))
print(issubclass(type(iter(range(3))), Iterator), issubclass(list, Hashable), issubclass(tuple, Hashable))
print(issubclass(dict, MutableMapping), issubclass(frozenset, MutableSet), issubclass(bytes, Sequence))
print(issubclass(type({}.keys()), KeysView), issubclass(type({}.items()), Set), issubclass(range, Sequence))


async def coro():
    return 1


async def agen():
    yield 1


co = coro()
print(isinstance(co, Coroutine), isinstance(co, Awaitable), isinstance(agen(), AsyncGenerator))
print(isinstance(agen(), AsyncIterator), isinstance(agen(), AsyncIterable))
co.close()


def numbers():
    yield 1
    yield 2


print(isinstance(numbers(), Generator), isinstance(numbers, Callable))


class Countdown(Generator):
    def __init__(self, n):
        self.n = n

    def send(self, value):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)


cd = Countdown(3)
print(list(cd), next(Countdown(5)))
attempt('throw class', lambda: Countdown(1).throw(KeyError))
attempt('throw value', lambda: Countdown(1).throw(KeyError, KeyError('k')))
attempt('throw instance', lambda: Countdown(1).throw(ValueError('v')))
print(Countdown(2).close())


class Stubborn(Generator):
    def send(self, value):
        return 1

    def throw(self, typ, val=None, tb=None):
        return 2


attempt('close', lambda: Stubborn().close())
attempt('abstract', lambda: Sequence())
attempt('abstract set', lambda: MutableSet())
print(sorted(MutableMapping.__abstractmethods__), sorted(MutableSequence.__abstractmethods__))
print(sorted(Generator.__abstractmethods__), sorted(AsyncGenerator.__abstractmethods__))
print(Sequence[int], Mapping[str, int], Iterable[str], MappingView.__name__)
print(Callable[[int, str], bool], Callable[[], Store], Callable[..., int], Callable[[int], str].__args__)
attempt('Callable[int]', lambda: Callable[int])
attempt('Callable[int, str]', lambda: Callable[int, str])
print(Callable[[int], str] == Callable[[int], str], Callable[[int], str] != Callable[[str], str])


class Handler(Callable[[int], str]):
    def __call__(self, number):
        return str(number)


print(Handler.__mro__, Handler()(5), isinstance(Handler(), Callable))
print(Awaitable[int], AsyncIterable[int], KeysView[str])
print(Sized.__len__(None), Hashable.__hash__(None), Container.__contains__(None, 1))
print(cabc.__name__, sorted(cabc.__all__) == sorted(set(cabc.__all__)), len(cabc.__all__))
