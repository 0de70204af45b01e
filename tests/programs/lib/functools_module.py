# functools: reduce, partial, wraps, lru_cache/cache, cmp_to_key, total_ordering, cached_property
import functools
from functools import (reduce, partial, wraps, update_wrapper, lru_cache, cache,
                       cmp_to_key, total_ordering, cached_property)


def attempt(label, action):
    try:
        print(label, action())
    except Exception as error:
        print(label, type(error).__name__, error)


# reduce
print(reduce(lambda a, b: a * b, range(1, 7)), reduce(lambda a, b: a + b, [], 'start'))
print(reduce(lambda a, b: a + [b], 'xyz', []), reduce(max, [3, 9, 2]), reduce(min, iter([5])))
attempt('empty', lambda: reduce(lambda a, b: a, []))
attempt('not iterable', lambda: reduce(lambda a, b: a, 5))
attempt('keyword', lambda: reduce(lambda a, b: a, [1], initial=0))
attempt('one', lambda: reduce(len))
attempt('four', lambda: reduce(len, [], 1, 2))


# partial
def power(base, exponent, *, modulo=None):
    return pow(base, exponent, modulo)


square = partial(power, exponent=2)
cube_mod = partial(power, exponent=3, modulo=10)
print(square(7), cube_mod(4), cube_mod(4, modulo=7), square.func is power, square.args, square.keywords)
two_to = partial(power, 2)
print(two_to(10), partial(two_to, 5)(), partial(two_to, 5).args, partial(two_to, 5).func is power)
print(repr(partial(print, 1, 2, sep='-')).startswith('functools.partial(<built-in function print>, 1, 2'))
print(repr(partial(max, 1, key=abs)))
attempt('none', lambda: partial())
attempt('not callable', lambda: partial(5))
attempt('too many', lambda: partial(power, 1, 2, 3)())


class Tagged(partial):
    pass


tagged = Tagged(max, 3)
print(repr(tagged), tagged(8), isinstance(tagged, partial), type(partial(tagged, 1)).__name__)
noted = partial(min, 9)
noted.note = 'kept'
print(partial(noted, 1).func is noted, noted.__dict__)
attempt('set func', lambda: setattr(square, 'missing_slot', 1) or square.missing_slot)


class Calculator:
    double = staticmethod(partial(power, exponent=1))


print(Calculator.double(21), sorted(['b', 'A', 'c'], key=partial(str.lower)))


# wraps / update_wrapper
def logged(function):
    @wraps(function)
    def wrapper(*args, **kwargs):
        """wrapper's own doc"""
        print('calling', function.__name__, args)
        return function(*args, **kwargs)
    return wrapper


@logged
def add(a: int, b: int = 1) -> int:
    """Adds two numbers."""
    return a + b


add.extra = True
print(add(2, 3), add.__name__, add.__doc__, add.__qualname__, add.__annotations__, add.__module__)
print(add.__wrapped__.__name__, add.__wrapped__(5), add.extra)


def plain():
    pass


plain.marker = 'm'


class Holder:
    pass


target = Holder()
update_wrapper(target, plain, assigned=('__name__', '__missing_attr__'))
print(target.__name__, target.__dict__['marker'], target.__wrapped__ is plain, hasattr(target, '__doc__'))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


# lru_cache / cache
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info(), fib.__name__, fib.cache_parameters())
fib.cache_clear()
print(fib.cache_info())

calls = []


@lru_cache(maxsize=2)
def slow_square(x):
    calls.append(x)
    return x * x


for x in [1, 2, 1, 3, 2, 1, 1.0, 1]:
    slow_square(x)
print(calls, slow_square.cache_info())
info = slow_square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, type(info).__name__, info._fields)


@lru_cache(typed=True)
def kinds(x, *, flag=False):
    calls.append(('kinds', x, flag))
    return type(x).__name__


calls.clear()
print(kinds(1), kinds(1.0), kinds(True), kinds(1), kinds(1, flag=True), kinds(x=1), kinds(1, flag=True))
print(calls, kinds.cache_info(), kinds.cache_parameters())


@lru_cache
def bare(x):
    return [x]


print(bare(1) is bare(1), bare.cache_info())


@cache
def collatz(n):
    return 0 if n == 1 else 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)


print(collatz(27), collatz.cache_info().currsize > 100)
zero = lru_cache(0)(len)
print(zero('abc'), zero('abc'), zero.cache_info(), lru_cache(-5)(len).cache_info())
attempt('bad maxsize', lambda: lru_cache('big'))
attempt('unhashable', lambda: bare([1]))


@lru_cache(maxsize=3)
def split_key(*args, **kwargs):
    calls.append((args, kwargs))
    return len(calls)


calls.clear()
split_key((1, 2))
split_key(1, 2)
split_key(a=1, b=2)
split_key(b=2, a=1)
split_key(a=1, b=2)
print(calls, split_key.cache_info())


# cmp_to_key
def by_length_then_reverse(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)


words = ['pear', 'fig', 'apple', 'kiwi', 'date', 'plum']
print(sorted(words, key=cmp_to_key(by_length_then_reverse)))
print(max(words, key=cmp_to_key(by_length_then_reverse)), min([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
key = cmp_to_key(lambda a, b: a - b)
print(key(1) < key(2), key(2) <= key(2), key(3) == key(3), key(1) > key(2), key(5) >= key(4), key(7).obj)
attempt('hash', lambda: hash(key(1)))


# total_ordering
@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))


a, b = Version(1, 2), Version(1, 10)
print(a < b, a > b, a <= b, a >= b, a <= Version(1, 2), a >= Version(1, 2), sorted([b, a, Version(0, 9)]))
print(Version.__gt__.__name__, Version.__le__.__name__, Version.__ge__.__name__)
attempt('mixed', lambda: a > 3)


@total_ordering
class Score:
    def __init__(self, value):
        self.value = value

    def __eq__(self, other):
        return self.value == other.value

    def __ge__(self, other):
        return self.value >= other.value


s1, s2 = Score(5), Score(7)
print(s1 < s2, s1 > s2, s1 <= s2, s2 <= s2, s2 > s1)


@total_ordering
class Both:
    def __init__(self, value):
        self.value = value

    def __le__(self, other):
        return self.value <= other.value

    def __gt__(self, other):
        return self.value > other.value


print(Both(1) < Both(2), Both(2) >= Both(2), Both(3) >= Both(4))
attempt('no ordering', lambda: total_ordering(type('Plain', (), {})))


# cached_property
class Circle:
    def __init__(self, radius):
        self.radius = radius

    @cached_property
    def area(self):
        """The area, computed once."""
        print('computing area')
        return 3 * self.radius ** 2


c = Circle(2)
print(c.area, c.area, c.__dict__, Circle.area.__doc__, Circle.area.attrname)
c.area = 0
print(c.area)
del c.area
print(c.area)


class Slotted:
    __slots__ = ('x',)

    @cached_property
    def value(self):
        return 1


attempt('slots', lambda: Slotted().value)
loose = cached_property(lambda self: 1)
attempt('unnamed', lambda: loose.__get__(Circle(1), Circle))

twice = cached_property(lambda self: 1)
twice.__set_name__(Circle, 'first')
attempt('twice', lambda: twice.__set_name__(Circle, 'second'))
twice.__set_name__(Circle, 'first')
print(twice.attrname)
