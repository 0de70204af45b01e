"""Iterator building blocks, as CPython's itertools (written in Python here).

Each of CPython's types is a class of the same name here (type(), isinstance()
and the repr say itertools.cycle).  Most take their items from a generator:
their classes derive from _pyedu.ItemsOf, which hands next() straight to it.
Their arguments are checked when they are called, as CPython's are (the
generators behind them would only complain at the first next()), and with
CPython's messages.  tee() still returns generators."""

from operator import index as _index
from _pyedu import ItemsOf as _ItemsOf

_NOTHING = object()     # stands for a required argument that was left out


def _require(func_name, arg_name, position, value):
    if value is _NOTHING:
        raise TypeError(f"{func_name}() missing required argument '{arg_name}' (pos {position})")


def _exactly(func_name, wanted, args, kwargs):
    """The check of a C function that takes `wanted` positional arguments only."""
    if kwargs:
        raise TypeError(f'{func_name}() takes no keyword arguments')
    if len(args) != wanted:
        plural = 's' if wanted != 1 else ''
        raise TypeError(f'{func_name} expected {wanted} argument{plural}, got {len(args)}')


def _itertools_type(make_items):
    """The class named as the function, whose instances iterate over what the
    function returns for the arguments of the call (it checks them and makes
    the generator)."""
    def __new__(cls, *args, **kwargs):
        return _ItemsOf.__new__(cls, make_items(*args, **kwargs))
    return type(make_items.__name__, (_ItemsOf,),
                {'__new__': __new__, '__slots__': (), '__module__': __name__})


def _is_number(value):
    kind = type(value)
    return (hasattr(kind, '__index__') or hasattr(kind, '__int__') or hasattr(kind, '__float__')
            or isinstance(value, complex))


class count:
    """count(start=0, step=1) -> start, start+step, start+2*step, ..."""

    def __init__(self, start=0, step=1):
        if not (_is_number(start) and _is_number(step)):
            raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if self._step == 1 and not isinstance(self._step, float):
            return f'count({self._n!r})'
        return f'count({self._n!r}, {self._step!r})'


class repeat:
    """repeat(object [,times]) -> object for times times, or forever."""

    def __init__(self, object=_NOTHING, times=None):
        _require('repeat', 'object', 1, object)
        self._object = object
        # a negative count repeats nothing, and shows as 0
        self._times = None if times is None else max(_index(times), 0)

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is not None:
            if self._times <= 0:
                raise StopIteration
            self._times -= 1
        return self._object

    def __length_hint__(self):
        return self._times if self._times is not None else 0

    def __repr__(self):
        if self._times is None:
            return f'repeat({self._object!r})'
        return f'repeat({self._object!r}, {self._times})'


@_itertools_type
def _grouper(parent, tgtkey, id):
    return parent._group_items(tgtkey, id)


@_itertools_type
def cycle(*args, **kwargs):
    _exactly('cycle', 1, args, kwargs)
    return _cycle(iter(args[0]))


def _cycle(iterator):
    saved = []
    for element in iterator:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


@_itertools_type
def accumulate(iterable=_NOTHING, func=None, *, initial=None):
    _require('accumulate', 'iterable', 1, iterable)
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = total + element if func is None else func(total, element)
        yield total


class chain(_ItemsOf):
    """chain(*iterables) -> the items of the first, then of the second, ..."""
    __slots__ = ()

    def __new__(cls, *iterables, **kwargs):
        if kwargs:
            raise TypeError('chain() takes no keyword arguments')
        return _ItemsOf.__new__(cls, cls._run(iterables))

    @staticmethod
    def _run(iterables):
        for it in iterables:
            yield from it

    @classmethod
    def from_iterable(cls, iterables):
        return _ItemsOf.__new__(cls, cls._run(iter(iterables)))


@_itertools_type
def compress(data=_NOTHING, selectors=_NOTHING):
    _require('compress', 'data', 1, data)
    _require('compress', 'selectors', 2, selectors)
    return (d for d, s in zip(data, selectors) if s)


@_itertools_type
def dropwhile(*args, **kwargs):
    _exactly('dropwhile', 2, args, kwargs)
    return _dropwhile(args[0], iter(args[1]))


def _dropwhile(predicate, iterable):
    for x in iterable:
        if not predicate(x):
            yield x
            break
    for x in iterable:
        yield x


@_itertools_type
def takewhile(*args, **kwargs):
    _exactly('takewhile', 2, args, kwargs)
    return _takewhile(args[0], iter(args[1]))


def _takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


@_itertools_type
def filterfalse(*args, **kwargs):
    _exactly('filterfalse', 2, args, kwargs)
    return _filterfalse(args[0], iter(args[1]))


def _filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


class groupby:
    """groupby(iterable, key=None) -> (key, group) for runs of equal keys."""

    def __init__(self, iterable=_NOTHING, key=None):
        _require('groupby', 'iterable', 1, iterable)
        if key is None:
            key = lambda x: x
        self.keyfunc = key
        self.it = iter(iterable)
        self.tgtkey = self.currkey = self.currvalue = object()

    def __iter__(self):
        return self

    def __next__(self):
        self.id = object()
        while self.currkey == self.tgtkey:
            self.currvalue = next(self.it)
            self.currkey = self.keyfunc(self.currvalue)
        self.tgtkey = self.currkey
        return (self.currkey, _grouper(self, self.tgtkey, self.id))

    def _group_items(self, tgtkey, id):
        while self.id is id and self.currkey == tgtkey:
            yield self.currvalue
            try:
                self.currvalue = next(self.it)
            except StopIteration:
                return
            self.currkey = self.keyfunc(self.currvalue)


@_itertools_type
def islice(*args):
    if not 2 <= len(args) <= 4:
        bound = 'least 2' if len(args) < 2 else 'most 4'
        raise TypeError(f'islice expected at {bound} arguments, got {len(args)}')
    iterable, bounds = args[0], args[1:]
    if len(bounds) == 1:
        bounds = (None,) + bounds
    start, stop, step = (bounds + (None,))[:3]
    stop = _slice_bound(stop, 'Stop argument')
    start = _slice_bound(start, 'Indices') or 0
    step = _slice_bound(step, 'Step', 1)
    return _islice(iter(iterable), start, stop, step)


def _slice_bound(value, what, least=0):
    """An islice() bound as an int (None stays None), or CPython's complaint."""
    if value is None:
        return least or None
    if hasattr(type(value), '__index__'):
        value = _index(value)
        if value >= least:
            return value
    if what == 'Step':
        raise ValueError('Step for islice() must be a positive integer or None.')
    raise ValueError(f'{what} for islice() must be None or an integer: 0 <= x <= sys.maxsize.')


def _islice(it, start, stop, step):
    i = 0
    nexti = start
    while stop is None or i < stop:
        try:
            element = next(it)
        except StopIteration:
            return
        if i == nexti:
            yield element
            nexti += step
        i += 1


@_itertools_type
def starmap(function, iterable):
    return _starmap(function, iter(iterable))


def _starmap(function, iterable):
    for args in iterable:
        # tuple() first, for CPython's message about an item that is no iterable
        yield function(*tuple(args))


def tee(iterable, n=2):
    n = _index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    queues = [[] for _ in range(n)]

    def gen(mine):
        while True:
            if not mine:
                try:
                    value = next(it)
                except StopIteration:
                    return
                for q in queues:
                    q.append(value)
            yield mine.pop(0)
    return tuple(gen(q) for q in queues)


@_itertools_type
def zip_longest(*args, **kwargs):
    # CPython's check names no keyword: it only knows fillvalue
    fillvalue = kwargs.pop('fillvalue', None)
    if kwargs:
        raise TypeError('zip_longest() got an unexpected keyword argument')
    return _zip_longest([iter(it) for it in args], fillvalue)


def _zip_longest(iterators, fillvalue):
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


@_itertools_type
def product(*args, repeat=1):
    repeat = _index(repeat)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    return _product([tuple(pool) for pool in args] * repeat)


def _product(pools):
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


@_itertools_type
def permutations(iterable=_NOTHING, r=None):
    _require('permutations', 'iterable', 1, iterable)
    pool = tuple(iterable)
    if r is not None:
        if not isinstance(r, int):
            raise TypeError('Expected int as r')
        if r < 0:
            raise ValueError('r must be non-negative')
    return _permutations(pool, len(pool) if r is None else r)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def _pool_and_size(func_name, iterable, r):
    """The checked arguments of combinations() and its with-replacement twin."""
    _require(func_name, 'iterable', 1, iterable)
    _require(func_name, 'r', 2, r)
    pool = tuple(iterable)
    r = _index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return pool, r


@_itertools_type
def combinations(iterable=_NOTHING, r=_NOTHING):
    return _combinations(*_pool_and_size('combinations', iterable, r))


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


@_itertools_type
def combinations_with_replacement(iterable=_NOTHING, r=_NOTHING):
    return _combinations_with_replacement(
        *_pool_and_size('combinations_with_replacement', iterable, r))


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


@_itertools_type
def pairwise(*args, **kwargs):
    _exactly('pairwise', 1, args, kwargs)
    return _pairwise(iter(args[0]))


def _pairwise(iterator):
    a = next(iterator, None)
    for b in iterator:
        yield a, b
        a = b


# the names CPython's C types have in messages ('itertools.count')
from _pyedu import set_type_name as _set_type_name
for _cls in (count, repeat, chain, groupby, cycle, accumulate, compress, dropwhile, takewhile,
             filterfalse, islice, starmap, zip_longest, product, permutations, combinations,
             combinations_with_replacement, pairwise):
    _set_type_name(_cls, 'itertools.' + _cls.__name__)
del _set_type_name, _cls
