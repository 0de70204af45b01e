"""Container datatypes, as CPython's collections: namedtuple, deque,
defaultdict, Counter, OrderedDict, ChainMap, and the wrappers to subclass
UserDict, UserList, UserString (written in Python here)."""

import sys as _sys
from operator import itemgetter as _itemgetter, delitem as _delitem, index as _index
from keyword import iskeyword as _iskeyword

# collections.abc is there once collections is imported, as in CPython;
# ChainMap is a MutableMapping and Counter counts any Mapping's values.
from collections import abc

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']


# ---- namedtuple -----------------------------------------------------------------------
#
# namedtuple() builds a tuple subclass whose fields are read-only properties.
# Its __new__ is generated from source so that it has a real signature: the
# field names are its parameters, and calling it with a missing or extra
# argument gives Python's own messages ("missing 1 required positional
# argument: 'y'").

def _split_field_names(field_names):
    """The field names as a list of str: a string is split at commas and
    whitespace; any other iterable gives its items, each made a str."""
    if isinstance(field_names, str):
        return field_names.replace(',', ' ').split()
    return [str(name) for name in field_names]


def _is_bad_field_name(name, earlier):
    """What rename=True replaces: not an identifier, a keyword, private, or a repeat."""
    return (not name.isidentifier() or _iskeyword(name)
            or name.startswith('_') or name in earlier)


def _rename_bad_fields(names):
    """Each name that rename=True refuses becomes _INDEX (its position)."""
    renamed = []
    for position, name in enumerate(names):
        renamed.append(f'_{position}' if _is_bad_field_name(name, names[:position]) else name)
    return renamed


def _validate_names(typename, fields, renamed):
    """Raises CPython's ValueError for the first name it refuses."""
    for name in (typename, *fields):
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')
    already = set()
    for name in fields:
        if name.startswith('_') and not renamed:
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in already:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        already.add(name)


def _make_constructor(typename, fields, signature):
    """A __new__(_cls, FIELD...) that packs its arguments into the tuple."""
    parameters = ', '.join(fields)
    source = (f'def __new__(_cls, {parameters}):\n'
              f'    return _tuple_new(_cls, ({signature}))\n')
    scope = {'_tuple_new': tuple.__new__, '__builtins__': {},
             '__name__': f'namedtuple_{typename}'}
    exec(source, scope)
    constructor = scope['__new__']
    constructor.__doc__ = f'Create new instance of {typename}({signature})'
    return constructor


class _FieldAlias:
    """A namedtuple field: reading it gives item `index` of the tuple;
    setting or deleting it is refused (with CPython's messages)."""

    def __init__(self, index, doc):
        self.index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance[self.index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")


def _caller_module():
    try:
        return _sys._getframe(2).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return '__main__'


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    fields = _split_field_names(field_names)
    typename = _sys.intern(str(typename))
    if rename:
        fields = _rename_bad_fields(fields)
    _validate_names(typename, fields, rename)
    fields = tuple(_sys.intern(name) for name in fields)
    size = len(fields)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > size:
            raise TypeError('Got more default values than field names')
        # the defaults belong to the last fields
        field_defaults = dict(zip(fields[size - len(defaults):], defaults))

    # how the signature is shown: "x, y", or "x," for a single field
    signature = ', '.join(fields) + (',' if size == 1 else '')
    constructor = _make_constructor(typename, fields, signature)
    if defaults is not None:
        constructor.__defaults__ = defaults

    def _make(cls, iterable):
        made = tuple.__new__(cls, iterable)
        if len(made) != size:
            raise TypeError(f'Expected {size} arguments, got {len(made)}')
        return made

    def _replace(self, /, **changes):
        values = [changes.pop(name, old) for name, old in zip(fields, self)]
        if changes:
            raise ValueError(f'Got unexpected field names: {list(changes)!r}')
        return self._make(values)

    def __repr__(self):
        shown = ', '.join(f'{name}={value!r}' for name, value in zip(fields, self))
        return f'{self.__class__.__name__}({shown})'

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    _make.__doc__ = f'Make a new {typename} object from a sequence or iterable'
    _replace.__doc__ = (f'Return a new {typename} object replacing specified '
                        'fields with new values')
    __repr__.__doc__ = 'Return a nicely formatted representation string'
    _asdict.__doc__ = 'Return a new dict which maps field names to their values.'
    __getnewargs__.__doc__ = 'Return self as a plain tuple.  Used by copy and pickle.'
    methods = (constructor, _make, _replace, __repr__, _asdict, __getnewargs__)
    for function in methods:
        function.__qualname__ = f'{typename}.{function.__name__}'

    namespace = {function.__name__: function for function in methods}
    namespace['_make'] = classmethod(_make)
    namespace.update({
        '__doc__': f'{typename}({signature})',
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__match_args__': fields,
    })
    for position, name in enumerate(fields):
        namespace[name] = _FieldAlias(position, f'Alias for field number {position}')
    tuple_class = type(typename, (tuple,), namespace)
    if module is None:
        module = _caller_module()
    tuple_class.__module__ = module
    return tuple_class


# ---- deque ------------------------------------------------------------------------------
#
# A deque is a Python list holding the items from position _head on: the
# slots before _head are free.  popleft() frees the first slot (the list is
# compacted once more than half of it is free), and appendleft() fills the
# free slot before _head, making a run of free slots at the front when there
# is none.  Both ends are thus O(1) amortised, and append/pop are the list's
# own.  _state counts the changes of size, which an iteration watches.

def _check_maxlen(maxlen):
    if maxlen is not None:
        if not isinstance(maxlen, int):
            raise TypeError('an integer is required')
        if maxlen < 0:
            raise ValueError('maxlen must be non-negative')
    return maxlen


class deque:
    """deque([iterable[, maxlen]]) --> deque object

A list-like sequence optimized for data accesses near its endpoints."""

    __slots__ = ('_items', '_head', '_maxlen', '_state', '__weakref__')

    def __init__(self, iterable=(), maxlen=None):
        self._maxlen = _check_maxlen(maxlen)
        self._items = []
        self._head = 0
        self._state = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    def _live(self):
        """The items, as a new list."""
        return self._items[self._head:]

    def _reset(self, items):
        self._items = items
        self._head = 0
        self._state += 1

    # ---- the two ends

    def append(self, x):
        """Add an element to the right side of the deque."""
        if self._maxlen == len(self):
            if not self._maxlen:
                return
            self.popleft()
        self._items.append(x)
        self._state += 1

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        if self._maxlen == len(self):
            if not self._maxlen:
                return
            self.pop()
        if not self._head:
            # room at the front: as many free slots as there are items (at least 8)
            room = max(8, len(self._items))
            self._items[:0] = [None] * room
            self._head = room
        self._head -= 1
        self._items[self._head] = x
        self._state += 1

    def pop(self):
        """Remove and return the rightmost element."""
        if len(self._items) == self._head:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._items.pop()

    def popleft(self):
        """Remove and return the leftmost element."""
        items, head = self._items, self._head
        if len(items) == head:
            raise IndexError('pop from an empty deque')
        x = items[head]
        items[head] = None
        head += 1
        if head > 16 and head * 2 > len(items):
            del items[:head]
            head = 0
        self._head = head
        self._state += 1
        return x

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable"""
        for x in list(iterable) if iterable is self else iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable"""
        for x in list(iterable) if iterable is self else iterable:
            self.appendleft(x)

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is
        negative, rotates left."""
        n = _index(n)
        size = len(self)
        if size < 2:
            return
        n %= size
        # move the shorter way: n items from right to left, or the rest back
        if n <= size // 2:
            for _ in range(n):
                self.appendleft(self.pop())
        else:
            for _ in range(size - n):
                self.append(self.popleft())

    # ---- the whole deque

    def clear(self):
        """Remove all elements from the deque."""
        self._reset([])

    def copy(self):
        """Return a shallow copy of a deque."""
        return self.__class__(self, self._maxlen)

    __copy__ = copy

    def __reduce__(self):
        arguments = () if self._maxlen is None else ((), self._maxlen)
        return self.__class__, arguments, None, iter(self)

    def count(self, x):
        """Return number of occurrences of value."""
        return self._live().count(x)

    def index(self, x, start=0, stop=None):
        """Return first index of value.  Raises ValueError if the value is not present."""
        try:
            if stop is None:
                return self._live().index(x, start)
            return self._live().index(x, start, stop)
        except ValueError:
            raise ValueError(f'{x!r} is not in deque') from None

    def insert(self, i, x):
        """Insert value before index."""
        if self._maxlen == len(self):
            raise IndexError('deque already at its maximum size')
        live = self._live()
        live.insert(i, x)
        self._reset(live)

    def remove(self, value):
        """Remove first occurrence of value."""
        live = self._live()
        try:
            live.remove(value)
        except ValueError:
            raise ValueError(f'{value!r} is not in deque') from None
        self._reset(live)

    def reverse(self):
        """Reverse *IN PLACE*."""
        live = self._live()
        live.reverse()
        self._items, self._head = live, 0

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def _walk(self, positions):
        """The items at positions (offsets from the left), failing if the
        deque changes size meanwhile."""
        state = self._state
        for position in positions:
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            yield self._items[self._head + position]

    def __iter__(self):
        return self._walk(range(len(self)))

    def __reversed__(self):
        return self._walk(range(len(self) - 1, -1, -1))

    def __contains__(self, x):
        return x in self._live()

    def _position(self, i):
        """The list position of index i (negative counts from the right)."""
        if not hasattr(type(i), '__index__'):
            raise TypeError(f"sequence index must be integer, not '{type(i).__name__}'")
        i = i.__index__()
        size = len(self)
        if i < 0:
            i += size
        if not 0 <= i < size:
            raise IndexError('deque index out of range')
        return self._head + i

    def __getitem__(self, i):
        return self._items[self._position(i)]

    def __setitem__(self, i, x):
        self._items[self._position(i)] = x

    def __delitem__(self, i):
        del self._items[self._position(i)]
        self._state += 1

    # ---- comparisons and operators: as lists, between deques only

    def _compare(self, other, test):
        if isinstance(other, deque):
            return test(self._live(), other._live())
        return NotImplemented

    def __eq__(self, other):
        return self._compare(other, list.__eq__)

    def __ne__(self, other):
        return self._compare(other, list.__ne__)

    def __lt__(self, other):
        return self._compare(other, list.__lt__)

    def __le__(self, other):
        return self._compare(other, list.__le__)

    def __gt__(self, other):
        return self._compare(other, list.__gt__)

    def __ge__(self, other):
        return self._compare(other, list.__ge__)

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        return self.__class__(self._live() + other._live(), self._maxlen)

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        return self.__class__(self._live() * n, self._maxlen)

    __rmul__ = __mul__

    def __imul__(self, n):
        repeated = self._live() * n
        if self._maxlen is not None:
            repeated = repeated[max(0, len(repeated) - self._maxlen):]
        self._reset(repeated)
        return self

    def __repr__(self):
        name = type(self).__name__
        # a deque inside itself is shown as [...] by the list's repr
        shown = repr(_SelfShownAsList(self))
        if self._maxlen is None:
            return f'{name}({shown})'
        return f'{name}({shown}, maxlen={self._maxlen})'

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


class _SelfShownAsList(list):
    """The items of a deque, as a list whose repr shows the deque (where it
    holds itself) as [...], as CPython does."""

    def __init__(self, source):
        super().__init__(self if item is source else item for item in source)


# ---- defaultdict ---------------------------------------------------------------------

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory"""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        self[key] = value = self.default_factory()
        return value

    def __repr__(self):
        return f'{type(self).__name__}({self.default_factory!r}, {dict.__repr__(self)})'

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    # d | other keeps d's factory; other | d too (d's class and factory win)
    def __or__(self, other):
        return _dict_union(self, self, other, other)

    def __ror__(self, other):
        return _dict_union(self, other, self, other)

    def _empty_like(self):
        return type(self)(self.default_factory)

    # pickle and copy: the class called with the factory (none if None),
    # then the items set one by one
    def __reduce__(self):
        args = () if self.default_factory is None else (self.default_factory,)
        return type(self), args, None, None, iter(self.items())


def _dict_union(model, first, second, other):
    """first | second for the dict subclasses here: a new mapping made like
    model (its _empty_like), holding first's items updated by second's.
    NotImplemented unless the other operand is a dict."""
    if not isinstance(other, dict):
        return NotImplemented
    union = model._empty_like()
    union.update(first)
    union.update(second)
    return union


class _ReprGuard:
    """Tells a __repr__ whether it is already showing its object (which
    then holds itself): it shows '...' there instead of recursing forever."""

    _showing = set()

    def __init__(self, obj):
        self.key = id(obj)
        self.first = False

    def __enter__(self):
        if self.key in self._showing:
            return True
        self._showing.add(self.key)
        self.first = True
        return False

    def __exit__(self, *exception):
        if self.first:
            self._showing.discard(self.key)


# ---- OrderedDict ---------------------------------------------------------------------

class OrderedDict(dict):
    """Dictionary that remembers insertion order (as dict does), with
    move_to_end, popitem(last=) and order-sensitive equality."""

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self)) if last else next(iter(self))
        value = dict.pop(self, key)
        return key, value

    # pickle and copy: an empty one, its items set in order, then the
    # attributes of a subclass's instance (None when there are none)
    def __reduce__(self):
        state = self.__getstate__()
        return type(self), (), state or None, None, iter(self.items())

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in rest:
                dict.__setitem__(self, k, v)

    def __repr__(self):
        name = self.__class__.__name__
        if not self:
            return f'{name}()'
        with _ReprGuard(self) as again:
            if again:
                return '...'
            return f'{name}({list(dict.items(self))!r})'

    # the views show their kind as CPython's do: odict_keys([...])
    def keys(self):
        return _OrderedKeys(self)

    def values(self):
        return _OrderedValues(self)

    def items(self):
        return _OrderedItems(self)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """A new ordered dictionary of the keys, each mapped to value."""
        ordered = cls()
        ordered.update((key, value) for key in iterable)
        return ordered

    def __or__(self, other):
        return _dict_union(self, self, other, other)

    def __ror__(self, other):
        return _dict_union(self, other, self, other)

    def _empty_like(self):
        return self.__class__()


def _ordered_view(base, kind, dict_view, entry):
    """A view class of OrderedDict: collections.abc's base, iterating
    through dict's own view, shown as CPython shows its kind (odict_keys([...])),
    and reversible; entry(mapping, key) is what it gives for a key."""

    class View(base):
        __slots__ = ()

        def __iter__(self):
            return iter(dict_view(self._mapping))

        def __repr__(self):
            return f'{kind}({list(self)!r})'

        def __reversed__(self):
            mapping = self._mapping
            return (entry(mapping, key) for key in reversed(mapping))

    View.__name__ = View.__qualname__ = kind
    return View


_OrderedKeys = _ordered_view(abc.KeysView, 'odict_keys', dict.keys,
                             lambda mapping, key: key)
_OrderedValues = _ordered_view(abc.ValuesView, 'odict_values', dict.values,
                               lambda mapping, key: mapping[key])
_OrderedItems = _ordered_view(abc.ItemsView, 'odict_items', dict.items,
                              lambda mapping, key: (key, mapping[key]))


# ---- Counter ------------------------------------------------------------------------------

class Counter(dict):
    """Dict subclass for counting hashable items.  Sometimes called a bag
    or multiset.  Elements are stored as dictionary keys and their counts
    are stored as dictionary values."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        # an absent element has a count of zero (and is not added)
        return 0

    def total(self):
        """The sum of the counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """The (element, count) pairs, highest count first (ties in insertion
        order); only the first n of them if n is given."""
        ranked = sorted(self.items(), key=_itemgetter(1), reverse=True)
        if n is None:
            return ranked
        return ranked[:max(n, 0)]

    def elements(self):
        """Each element repeated as many times as its count (none if the count
        is zero or less)."""
        for element, count in self.items():
            yield from (element for _ in range(count))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def _add_counts(self, source, sign):
        """Adds (sign=1) or takes away (sign=-1) source's counts: a Mapping
        gives element -> count, any other iterable counts each element once."""
        if isinstance(source, abc.Mapping):
            pairs = source.items()
        else:
            pairs = ((element, 1) for element in source)
        for element, count in pairs:
            if sign > 0:
                self[element] = count + self[element]
            else:
                self[element] = self[element] - count

    def update(self, iterable=None, /, **kwds):
        """Adds the counts of iterable (a mapping or the elements to count)
        and of the keyword arguments."""
        if iterable is not None:
            if not self and isinstance(iterable, abc.Mapping):
                dict.update(self, iterable)     # a fresh Counter: copy as is
            else:
                self._add_counts(iterable, 1)
        if kwds:
            self._add_counts(kwds, 1)

    def subtract(self, iterable=None, /, **kwds):
        """Takes away the counts of iterable and of the keyword arguments
        (counts may go to zero or below)."""
        if iterable is not None:
            self._add_counts(iterable, -1)
        if kwds:
            self._add_counts(kwds, -1)

    def copy(self):
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        # deleting an absent element is not an error
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        name = self.__class__.__name__
        if not self:
            return f'{name}()'
        try:
            shown = dict(self.most_common())
        except TypeError:
            # counts that cannot be ordered are shown as stored
            shown = dict(self)
        return f'{name}({shown!r})'

    # ---- comparisons: every element of either counter, absent ones as 0

    def _all_counts(self, other, holds):
        if not isinstance(other, Counter):
            return NotImplemented
        for element in (*self, *other):
            if not holds(self[element], other[element]):
                return False
        return True

    def __eq__(self, other):
        return self._all_counts(other, lambda mine, theirs: mine == theirs)

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __le__(self, other):
        return self._all_counts(other, lambda mine, theirs: mine <= theirs)

    def __ge__(self, other):
        return self._all_counts(other, lambda mine, theirs: mine >= theirs)

    def __lt__(self, other):
        below = self.__le__(other)
        return below if below is NotImplemented else below and self != other

    def __gt__(self, other):
        above = self.__ge__(other)
        return above if above is NotImplemented else above and self != other

    # ---- multiset arithmetic: the results keep only positive counts

    def _combine(self, other, count_of):
        """A Counter of count_of(mine, theirs) for the elements of either
        (self's first), keeping the positive counts: + - | & below."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem in list(self) + [e for e in other if e not in self]:
            newcount = count_of(self[elem], other[elem])
            if newcount > 0:
                result[elem] = newcount
        return result

    def __add__(self, other):
        return self._combine(other, lambda mine, theirs: mine + theirs)

    def __sub__(self, other):
        return self._combine(other, lambda mine, theirs: mine - theirs)

    def __or__(self, other):
        return self._combine(other, lambda mine, theirs: theirs if mine < theirs else mine)

    def __and__(self, other):
        return self._combine(other, lambda mine, theirs: mine if mine < theirs else theirs)

    def __pos__(self):
        return Counter({element: count for element, count in self.items() if count > 0})

    def __neg__(self):
        return Counter({element: 0 - count for element, count in self.items() if count < 0})

    def _in_place(self, pairs, count_of):
        """Sets each element's count to count_of(mine, theirs) for the
        (element, theirs) pairs, then drops the elements whose count is not
        positive: += -= |= &= below."""
        for element, theirs in list(pairs):
            self[element] = count_of(self[element], theirs)
        for element in [e for e, count in self.items() if not count > 0]:
            del self[element]
        return self

    def __iadd__(self, other):
        return self._in_place(other.items(), lambda mine, theirs: mine + theirs)

    def __isub__(self, other):
        return self._in_place(other.items(), lambda mine, theirs: mine - theirs)

    def __ior__(self, other):
        return self._in_place(other.items(),
                              lambda mine, theirs: theirs if theirs > mine else mine)

    def __iand__(self, other):
        # only self's elements: what other lacks counts 0 and goes away
        return self._in_place([(element, other[element]) for element in self],
                              lambda mine, theirs: theirs if theirs < mine else mine)


# ---- ChainMap --------------------------------------------------------------------------

_NO_KEY = object()       # ChainMap._in_first's default: the change names no key


class ChainMap(abc.MutableMapping):
    """A group of mappings seen as one: a lookup searches them in order
    (the list self.maps); a change goes to the first of them only."""

    def __init__(self, *maps):
        self.maps = list(maps) if maps else [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        # each mapping is asked with [] (so its own __missing__ may answer)
        for mapping in self.maps:
            try:
                value = mapping[key]
            except KeyError:
                continue
            return value
        return self.__missing__(key)

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def _merged_keys(self):
        """Every key once, in the order of a dict built from the last
        mapping to the first (so the deepest mapping decides the order)."""
        merged = {}
        for mapping in self.maps[::-1]:
            merged.update(dict.fromkeys(mapping))
        return merged

    def __len__(self):
        return len(self._merged_keys())

    def __iter__(self):
        return iter(self._merged_keys())

    def __contains__(self, key):
        return any(key in mapping for mapping in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        with _ReprGuard(self) as again:
            if again:
                return '...'
            shown = ', '.join(repr(mapping) for mapping in self.maps)
            return f'{type(self).__name__}({shown})'

    # ---- new chains made from this one

    @classmethod
    def fromkeys(cls, iterable, *args):
        """A ChainMap of one new dict of the keys (all mapped to args[0] or None)."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """A new ChainMap: a copy of the first mapping, the others shared."""
        first, *rest = self.maps
        return self.__class__(first.copy(), *rest)

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A ChainMap with m in front of these maps, the keyword arguments
        added to m; without m, a dict of the keyword arguments."""
        front = kwargs if m is None else m
        if kwargs and front is not kwargs:
            front.update(kwargs)
        return self.__class__(front, *self.maps)

    @property
    def parents(self):
        """The ChainMap of all the maps but the first."""
        return self.__class__(*self.maps[1:])

    def __or__(self, other):
        """A copy (as copy() makes it) whose first mapping gets other's items."""
        if not isinstance(other, abc.Mapping):
            return NotImplemented
        union = self.copy()
        union.maps[0].update(other)
        return union

    def __ror__(self, other):
        """A ChainMap of one dict: other's items, the chain's winning."""
        if not isinstance(other, abc.Mapping):
            return NotImplemented
        return self.__class__(dict(other) | self._flattened())

    def _flattened(self):
        """The chain's items as one dict: each mapping's items over those
        of the mappings after it (so in the order the chain iterates)."""
        flat = {}
        for mapping in self.maps[::-1]:
            flat.update(mapping)
        return flat

    # ---- changes: they all go to the first mapping

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def clear(self):
        """Empties the first mapping (the others keep their items)."""
        self.maps[0].clear()

    def __delitem__(self, key):
        self._in_first(lambda first: _delitem(first, key), key)

    def pop(self, key, *args):
        """Removes key from the first mapping and returns its value
        (or args[0] if it is not there)."""
        return self._in_first(lambda first: first.pop(key, *args), key)

    def popitem(self):
        """Removes and returns an item of the first mapping."""
        return self._in_first(lambda first: first.popitem())

    def _in_first(self, change, key=_NO_KEY):
        """change(the first mapping)'s result.  A KeyError from it is told
        again as the chain's: the key is not in the first mapping (even if a
        later one has it), or, with no key, that mapping is empty.  (Raised
        while the first is handled, so the first stays its __context__.)"""
        try:
            return change(self.maps[0])
        except KeyError:
            if key is _NO_KEY:
                raise KeyError('No keys found in the first mapping.')
            raise KeyError(f'Key not found in the first mapping: {key!r}')



# ---- UserDict, UserList, UserString -----------------------------------------------------
#
# Classes to subclass instead of dict, list and str: each keeps the real
# container in self.data, and its methods go through the subclass's own
# (a UserDict's update() calls the subclass's __setitem__, which a dict
# subclass's does not).  Most methods only hand the call on to the data:
# those are made by _forwarded() and _compared() below, the others are
# written out.

import operator as _operator
from abc import update_abstractmethods as _update_abstractmethods


def _unwrapped(value, wrapper):
    """value's data if it is a wrapper of that kind, else value itself."""
    return value.data if isinstance(value, wrapper) else value


def _forwarded(cls, names, rewrap=False, unwrap_args=False):
    """Gives cls a method for each name that calls the data's method of
    that name, the arguments that are cls instances unwrapped first (if
    unwrap_args), and the result made an instance of the caller's class
    (if rewrap)."""
    for name in names.split():
        def method(self, *args, _name=name, **kwargs):
            if unwrap_args:
                args = [_unwrapped(arg, cls) for arg in args]
            result = getattr(self.data, _name)(*args, **kwargs)
            return self.__class__(result) if rewrap else result
        method.__name__ = name
        method.__qualname__ = f'{cls.__name__}.{name}'
        setattr(cls, name, method)
    # the abstract methods of its abc base that it now has are abstract no more
    _update_abstractmethods(cls)


def _compared(cls):
    """Gives cls the six comparisons: its data's, with another instance's
    data or with a plain value (so a mismatch names the data's type)."""
    for name in ('lt', 'le', 'eq', 'ne', 'gt', 'ge'):
        def method(self, other, _compare=getattr(_operator, name)):
            return _compare(self.data, _unwrapped(other, cls))
        method.__name__ = f'__{name}__'
        setattr(cls, method.__name__, method)


def _copy_of_wrapper(wrapper):
    """A new wrapper of the same class, sharing the instance attributes
    but with its own copy of the data (what copy.copy() gives)."""
    duplicate = wrapper.__class__.__new__(wrapper.__class__)
    duplicate.__dict__.update(wrapper.__dict__)
    duplicate.__dict__['data'] = wrapper.data.copy()
    return duplicate


class UserDict(abc.MutableMapping):
    """A dict wrapper, to subclass: the dict is self.data."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        # (through update(), so through the subclass's __setitem__)
        for items in (dict, kwargs):
            if items:
                self.update(items)

    def __getitem__(self, key):
        try:
            return self.data[key]
        except KeyError:
            pass
        # a subclass may answer for missing keys, as a dict subclass can
        if hasattr(type(self), '__missing__'):
            return type(self).__missing__(self, key)
        raise KeyError(key)

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, (UserDict, dict)):
            return self.__class__(self.data | _unwrapped(other, UserDict))
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (UserDict, dict)):
            return self.__class__(_unwrapped(other, UserDict) | self.data)
        return NotImplemented

    def __ior__(self, other):
        self.data |= _unwrapped(other, UserDict)
        return self

    __copy__ = _copy_of_wrapper

    def copy(self):
        if type(self) is not UserDict:
            return _copy_of_wrapper(self)
        return UserDict(self.data.copy())

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made


_forwarded(UserDict, '__len__ __setitem__ __delitem__ __iter__ __contains__')


class UserList(abc.MutableSequence):
    """A list wrapper, to subclass: the list is self.data.  Slices,
    sums and products are of the subclass."""

    def __init__(self, initlist=None):
        self.data = [] if initlist is None else list(_unwrapped(initlist, UserList))

    def __repr__(self):
        return repr(self.data)

    __hash__ = None

    def __getitem__(self, i):
        item = self.data[i]
        return self.__class__(item) if isinstance(i, slice) else item

    def _as_list(self, other):
        if isinstance(other, UserList):
            return other.data
        return other if isinstance(other, list) else list(other)

    def __add__(self, other):
        return self.__class__(self.data + self._as_list(other))

    def __radd__(self, other):
        return self.__class__(self._as_list(other) + self.data)

    def __iadd__(self, other):
        self.data += self._as_list(other)
        return self

    def __imul__(self, n):
        self.data *= n
        return self

    __copy__ = _copy_of_wrapper

    def copy(self):
        return self.__class__(self)

    def extend(self, other):
        self.data.extend(_unwrapped(other, UserList))


_compared(UserList)
_forwarded(UserList, '__contains__ __len__ __setitem__ __delitem__ append insert pop remove '
                     'clear count index reverse sort')
_forwarded(UserList, '__mul__ __rmul__', rewrap=True)


class UserString(abc.Sequence):
    """A str wrapper, to subclass: the string is self.data.  Methods that
    make a string make one of the subclass."""

    def __init__(self, seq):
        if isinstance(seq, UserString):
            seq = seq.data
        self.data = seq if isinstance(seq, str) else str(seq)

    def __repr__(self):
        return repr(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __contains__(self, char):
        return _unwrapped(char, UserString) in self.data

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        other = _unwrapped(other, UserString)
        return self.__class__(self.data + (other if isinstance(other, str) else str(other)))

    def __radd__(self, other):
        return self.__class__((other if isinstance(other, str) else str(other)) + self.data)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    def encode(self, encoding='utf-8', errors='strict'):
        return self.data.encode(encoding or 'utf-8', errors or 'strict')

    maketrans = str.maketrans


_compared(UserString)
# str(), int(), float(), complex() and hash() of the string itself
for _name, _convert in (('__str__', str), ('__int__', int), ('__float__', float),
                        ('__complex__', complex), ('__hash__', hash), ('__len__', len)):
    setattr(UserString, _name, lambda self, _convert=_convert: _convert(self.data))
# the str methods whose result is a string of the subclass ...
_forwarded(UserString, '__mul__ __rmul__ __mod__ capitalize casefold center expandtabs '
                       'ljust lower lstrip rjust rstrip strip swapcase title translate '
                       'upper zfill', rewrap=True)
_forwarded(UserString, 'replace removeprefix removesuffix', rewrap=True, unwrap_args=True)
# ... and those whose result is what str's gives (a number, a bool, a list)
_forwarded(UserString, 'count find index rfind rindex', unwrap_args=True)
_forwarded(UserString, 'endswith startswith isalpha isalnum isascii isdecimal isdigit '
                       'isidentifier islower isnumeric isprintable isspace istitle isupper '
                       'partition rpartition split rsplit splitlines format format_map join')
del _name, _convert


# the names CPython's C types have in messages ('collections.deque')
from _pyedu import set_type_name as _set_type_name
for _cls in (deque, defaultdict, OrderedDict):
    _set_type_name(_cls, 'collections.' + _cls.__name__)
del _set_type_name, _cls

abc.MutableSequence.register(deque)
