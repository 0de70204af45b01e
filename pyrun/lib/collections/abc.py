"""Abstract base classes for containers, as CPython's collections.abc.

Each class names the methods a container must define (its abstract
methods) and supplies the others from them (its mixin methods): a class
that defines __getitem__ and __len__ and derives from Sequence gets
__contains__, __iter__, __reversed__, index and count.  isinstance() and
issubclass() also recognise classes that merely have the methods (for the
one-method ABCs such as Iterable and Sized) and the built-in types, which
are registered here.

The abstract methods have bodies, as CPython's do, because a subclass may
call them through super(): they give the answer of an empty container
(0, False, StopIteration, KeyError...)."""

import sys as _sys
from abc import ABCMeta, abstractmethod

__all__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized",
           "Container", "Callable", "Collection", "Set", "MutableSet", "Mapping",
           "MutableMapping", "MappingView", "KeysView", "ItemsView", "ValuesView",
           "Sequence", "MutableSequence", "ByteString"]


# ---- recognising classes by their methods ---------------------------------------------

def _defines_all(cls, names):
    """True if each name is found along cls's MRO and not set to None there
    (None is how a class says it does not support an operation, as
    __hash__ = None does); NotImplemented otherwise, which leaves the
    decision to registration and inheritance."""
    for name in names:
        owner = next((klass for klass in cls.__mro__ if name in klass.__dict__), None)
        if owner is None or owner.__dict__[name] is None:
            return NotImplemented
    return True


def _requires(*names):
    """The __subclasshook__ of an ABC that any class defining the names
    belongs to.  It answers for that ABC only: a subclass of the ABC asks
    for more than its base, so there the hook defers (NotImplemented)."""
    def __subclasshook__(cls, candidate):
        if cls.__dict__.get('__subclasshook__') is hook:
            return _defines_all(candidate, names)
        return NotImplemented
    hook = classmethod(__subclasshook__)
    return hook


def _generic_alias(cls, item):
    """cls[item], as CPython's ABCs allow (Iterable[int], Mapping[str, int])."""
    return type(list[int])(cls, item)


def _same_or_equal(values, wanted):
    """True if one of values is wanted (by identity first, as `in` does)."""
    return any(value is wanted or value == wanted for value in values)


def _pop_until_empty(pop, emptiness):
    """Calls pop() until it raises emptiness: how clear() empties a
    container from the mixin methods alone."""
    while True:
        try:
            pop()
        except emptiness:
            break


# ---- one-method protocols -------------------------------------------------------------

class Hashable(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _requires('__hash__')

    @abstractmethod
    def __hash__(self): return 0


class Sized(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _requires('__len__')

    @abstractmethod
    def __len__(self): return 0


class Container(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _requires('__contains__')
    __class_getitem__ = classmethod(_generic_alias)

    @abstractmethod
    def __contains__(self, x): return False


def _type_name(item):
    """How a parameter of Callable[...] is shown: a class by its (dotted)
    name, ... as ..., anything else by its repr."""
    if isinstance(item, type):
        if item.__module__ == 'builtins':
            return item.__qualname__
        return f'{item.__module__}.{item.__qualname__}'
    return '...' if item is Ellipsis else repr(item)


class _CallableAlias:
    """Callable[[ARG, ...], RESULT]: its __args__ are (ARG, ..., RESULT),
    and it shows the argument types in brackets, as CPython does.  (A class
    of its own, as the built-in alias type cannot be subclassed here.)"""

    __parameters__ = ()

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args

    def __repr__(self):
        *arguments, result = self.__args__
        if arguments == [Ellipsis]:
            shown = '...'
        else:
            shown = '[' + ', '.join(_type_name(item) for item in arguments) + ']'
        return f'collections.abc.Callable[{shown}, {_type_name(result)}]'

    def __eq__(self, other):
        if not isinstance(other, _CallableAlias):
            return NotImplemented
        return (self.__origin__, self.__args__) == (other.__origin__, other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __mro_entries__(self, bases):
        # class C(Callable[[int], str]) derives from Callable itself
        return (self.__origin__,)


def _callable_alias(cls, item):
    if not (isinstance(item, tuple) and len(item) == 2):
        raise TypeError('Callable must be used as Callable[[arg, ...], result].')
    arguments, result = item
    if isinstance(arguments, (tuple, list)):
        return _CallableAlias(cls, (*arguments, result))
    if arguments is not Ellipsis:
        raise TypeError('Expected a list of types, an ellipsis, ParamSpec, '
                        f'or Concatenate. Got {arguments}')
    return _CallableAlias(cls, item)


class Callable(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _requires('__call__')
    __class_getitem__ = classmethod(_callable_alias)

    @abstractmethod
    def __call__(self, *args, **kwds): return False


# ---- iteration ------------------------------------------------------------------------

class Iterable(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _requires('__iter__')
    __class_getitem__ = classmethod(_generic_alias)

    @abstractmethod
    def __iter__(self): return iter(())


class Iterator(Iterable):
    __slots__ = ()
    __subclasshook__ = _requires('__iter__', '__next__')

    @abstractmethod
    def __next__(self): raise StopIteration

    def __iter__(self):
        # an iterator is its own iterable
        return self


class Reversible(Iterable):
    __slots__ = ()
    __subclasshook__ = _requires('__reversed__', '__iter__')

    @abstractmethod
    def __reversed__(self): return iter(())


def _throw(self, typ, val=None, tb=None):
    """What throw() raises, from its three forms: an exception (class or
    instance), a class and a value, and either with a traceback."""
    error = typ if val is None else val
    if tb is not None:
        if isinstance(error, type):
            error = error()
        error = error.with_traceback(tb)
    raise error


def _send(self, value):
    raise StopIteration


def _close_for(kind):
    """close() for a generator or coroutine: throws GeneratorExit in, which
    it must not swallow."""
    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError(f'{kind} ignored GeneratorExit')
    return close


class Generator(Iterator):
    __slots__ = ()
    __subclasshook__ = _requires('__iter__', '__next__', 'send', 'throw', 'close')

    def __next__(self):
        return self.send(None)

    send = abstractmethod(_send)
    throw = abstractmethod(_throw)
    close = _close_for('generator')


# ---- asynchronous protocols -----------------------------------------------------------

class Awaitable(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _requires('__await__')
    __class_getitem__ = classmethod(_generic_alias)

    @abstractmethod
    def __await__(self): yield from ()


class Coroutine(Awaitable):
    __slots__ = ()
    __subclasshook__ = _requires('__await__', 'send', 'throw', 'close')

    send = abstractmethod(_send)
    throw = abstractmethod(_throw)
    close = _close_for('coroutine')


class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _requires('__aiter__')
    __class_getitem__ = classmethod(_generic_alias)

    @abstractmethod
    def __aiter__(self): return AsyncIterator()


class AsyncIterator(AsyncIterable):
    __slots__ = ()
    __subclasshook__ = _requires('__anext__', '__aiter__')

    @abstractmethod
    async def __anext__(self): raise StopAsyncIteration

    def __aiter__(self):
        return self


class AsyncGenerator(AsyncIterator):
    __slots__ = ()
    __subclasshook__ = _requires('__aiter__', '__anext__', 'asend', 'athrow', 'aclose')

    async def __anext__(self):
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value): raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None): _throw(self, typ, val, tb)

    async def aclose(self):
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            return
        raise RuntimeError('asynchronous generator ignored GeneratorExit')


# ---- collections ----------------------------------------------------------------------

class Collection(Sized, Iterable, Container):
    __slots__ = ()
    __subclasshook__ = _requires('__len__', '__iter__', '__contains__')


# ---- sets -----------------------------------------------------------------------------

def _within(inner, outer):
    """inner <= outer for two Sets: no bigger, and each element of inner in outer."""
    return len(inner) <= len(outer) and all(element in outer for element in inner)


class Set(Collection):
    """A finite, iterable container: the comparisons and the operators
    &, |, -, ^ come from __contains__, __iter__ and __len__.  Comparisons
    need another Set; the operators accept any iterable."""
    __slots__ = ()

    def __le__(self, other):
        if isinstance(other, Set):
            return _within(self, other)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, Set):
            return _within(other, self)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Set):
            return len(self) < len(other) and _within(self, other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, Set):
            return len(self) > len(other) and _within(other, self)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, Set):
            return len(self) == len(other) and _within(self, other)
        return NotImplemented

    @classmethod
    def _from_iterable(cls, it):
        """How the operators build their result: cls(it) by default (a
        subclass whose constructor differs overrides this)."""
        return cls(it)

    def _as_set(self, other):
        """other as a Set (built by _from_iterable if it is only iterable),
        or None if it is not even iterable."""
        if isinstance(other, Set):
            return other
        if isinstance(other, Iterable):
            return self._from_iterable(other)
        return None

    def isdisjoint(self, other):
        return not any(element in self for element in other)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(element for element in other if element in self)

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(element for group in (self, other) for element in group)

    def __sub__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return self._from_iterable(element for element in self if element not in other)

    def __rsub__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return self._from_iterable(element for element in other if element not in self)

    def __xor__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return (self - other) | (other - self)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__

    def _hash(self):
        """A hash for an immutable Set that equals frozenset's for the same
        elements: frozenset's published algorithm (each element's hash
        is spread over the bits, the results are combined by xor, which
        ignores their order, and the total is mixed once more)."""
        width_mask = 2 * _sys.maxsize + 1
        total = (len(self) + 1) * 1927868237
        for element in self:
            code = hash(element)
            total = (total ^ ((code ^ (code << 16) ^ 89869747) * 3644798167)) & width_mask
        total &= width_mask
        total ^= (total >> 11) ^ (total >> 25)
        total = (total * 69069 + 907133923) & width_mask
        if total > _sys.maxsize:
            total -= width_mask + 1     # back to a signed machine word
        return 590923713 if total == -1 else total


class MutableSet(Set):
    """A set that changes: add and discard given, the rest derived."""
    __slots__ = ()

    @abstractmethod
    def add(self, value): raise NotImplementedError

    @abstractmethod
    def discard(self, value): raise NotImplementedError

    def remove(self, value):
        if value in self:
            self.discard(value)
        else:
            raise KeyError(value)

    def pop(self):
        """Removes and returns the first element the iteration gives."""
        for element in self:
            self.discard(element)
            return element
        raise KeyError

    def clear(self):
        _pop_until_empty(self.pop, KeyError)

    def __ior__(self, it):
        for element in it:
            self.add(element)
        return self

    def __iand__(self, it):
        for element in self - it:
            self.discard(element)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for element in it:
            self.discard(element)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        for element in self._as_set(it):
            (self.discard if element in self else self.add)(element)
        return self


# ---- mappings -------------------------------------------------------------------------

class Mapping(Collection):
    """A read-only mapping: __getitem__, __iter__ and __len__ given; get,
    keys, items, values, __contains__ and == derived."""
    __slots__ = ()

    @abstractmethod
    def __getitem__(self, key): raise KeyError

    def __contains__(self, key):
        return self.get(key, _ABSENT) is not _ABSENT

    def get(self, key, default=None):
        try:
            value = self[key]
        except KeyError:
            value = default
        return value

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if isinstance(other, Mapping):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    # a mapping's order is not a sequence's: reversed() is refused
    __reversed__ = None


class _Absent:
    """The default that tells a missing key from any value."""

    def __repr__(self):
        return '<absent>'


_ABSENT = _Absent()


class MappingView(Sized):
    __slots__ = ('_mapping',)
    __class_getitem__ = classmethod(_generic_alias)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f'{type(self).__name__}({self._mapping!r})'


class KeysView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        # the set operators of a view give plain sets
        return set(it)

    def __iter__(self):
        return iter(self._mapping)

    def __contains__(self, key):
        return key in self._mapping


class ItemsView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __iter__(self):
        mapping = self._mapping
        return ((key, mapping[key]) for key in mapping)

    def __contains__(self, item):
        key, value = item
        found = _lookup(self._mapping, key)
        return found is not _ABSENT and (found is value or found == value)


def _lookup(mapping, key):
    """mapping[key], or _ABSENT if the key is missing."""
    try:
        return mapping[key]
    except KeyError:
        return _ABSENT


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __iter__(self):
        mapping = self._mapping
        return (mapping[key] for key in mapping)

    def __contains__(self, value):
        return _same_or_equal(self, value)


class MutableMapping(Mapping):
    """A mapping that changes: __setitem__ and __delitem__ given; pop,
    popitem, clear, update and setdefault derived."""
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value): raise KeyError

    @abstractmethod
    def __delitem__(self, key): raise KeyError

    def pop(self, key, default=_ABSENT):
        """Removes key and returns its value; default if it is missing
        (KeyError if no default was given)."""
        value = _lookup(self, key)
        if value is _ABSENT:
            if default is _ABSENT:
                raise KeyError(key)
            return default
        del self[key]
        return value

    def popitem(self):
        """Removes and returns the first (key, value) the iteration gives."""
        for key in self:
            value = self[key]
            del self[key]
            return key, value
        raise KeyError

    def clear(self):
        _pop_until_empty(self.popitem, KeyError)

    def update(self, other=(), /, **kwds):
        """Sets the items of other (a mapping, an object with keys(), or
        (key, value) pairs), then those of the keyword arguments."""
        for key, value in _pairs_of(other):
            self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        value = _lookup(self, key)
        if value is _ABSENT:
            self[key] = value = default
        return value


def _pairs_of(source):
    """The (key, value) pairs update() takes from source: a Mapping's own
    keys, keys() of anything else that has it, or source itself."""
    if isinstance(source, Mapping):
        keys = source
    elif hasattr(source, 'keys'):
        keys = source.keys()
    else:
        return source
    return ((key, source[key]) for key in keys)


# ---- sequences ------------------------------------------------------------------------

class Sequence(Reversible, Collection):
    """A read-only sequence: __getitem__ and __len__ given; iteration,
    `in`, reversed(), index and count derived."""
    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index): raise IndexError

    def __iter__(self):
        for _, item in _indexed_items(self, 0, None):
            yield item

    def __reversed__(self):
        for position in range(len(self) - 1, -1, -1):
            yield self[position]

    def __contains__(self, value):
        return _same_or_equal(self, value)

    def count(self, value):
        return sum(1 for item in self if item is value or item == value)

    def index(self, value, start=0, stop=None):
        """The first position of value in [start, stop) (negative bounds
        count from the end, a start before the beginning is 0); ValueError
        if it is not there.  Without stop the search ends at the first
        IndexError, so the length is asked only for a negative bound."""
        if start is not None and start < 0:
            start = max(0, start + len(self))
        if stop is not None and stop < 0:
            stop += len(self)
        for position, item in _indexed_items(self, start, stop):
            if item is value or item == value:
                return position
        raise ValueError


def _indexed_items(sequence, position, stop):
    """(position, sequence[position]) for position, position + 1, ... up
    to stop (None: no end); the first IndexError ends them, which is how a
    Sequence's mixins walk it from __getitem__ alone."""
    while stop is None or position < stop:
        try:
            item = sequence[position]
        except IndexError:
            return
        yield position, item
        position += 1


class ByteString(Sequence):
    __slots__ = ()


class MutableSequence(Sequence):
    """A sequence that changes: __setitem__, __delitem__ and insert given;
    append, extend, pop, remove, reverse, clear and += derived."""
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value): raise IndexError

    @abstractmethod
    def __delitem__(self, index): raise IndexError

    @abstractmethod
    def insert(self, index, value): raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def extend(self, values):
        # extending by itself must not see its own growth
        for value in list(values) if values is self else values:
            self.append(value)

    def __iadd__(self, values):
        self.extend(values)
        return self

    def pop(self, index=-1):
        item = self[index]
        del self[index]
        return item

    def remove(self, value):
        del self[self.index(value)]

    def clear(self):
        _pop_until_empty(self.pop, IndexError)

    def reverse(self):
        # swap the two halves pairwise, from the ends inwards
        last = len(self) - 1
        for front in range(len(self) // 2):
            back = last - front
            self[front], self[back] = self[back], self[front]


# ---- the built-in types ---------------------------------------------------------------

def _gen():
    yield


async def _coro():
    pass


def _register_builtins():
    generator = type(_gen())
    Generator.register(generator)
    coroutine = _coro()
    Coroutine.register(type(coroutine))
    coroutine.close()
    for t in (type(iter(b'')), type(iter(bytearray())), type(iter({}.keys())),
              type(iter({}.values())), type(iter({}.items())), type(iter([])),
              type(iter(reversed([]))), type(iter(range(0))), type(iter(range(1 << 64))),
              type(iter(set())), type(iter('')), type(iter(())), type(zip()), type(map(len, ())),
              type(filter(None, ())), type(enumerate(())), type(reversed(()))):
        Iterator.register(t)
    Set.register(frozenset)
    MutableSet.register(set)
    MutableMapping.register(dict)
    KeysView.register(type({}.keys()))
    ValuesView.register(type({}.values()))
    ItemsView.register(type({}.items()))
    for t in (tuple, str, range):
        Sequence.register(t)
    ByteString.register(bytes)
    ByteString.register(bytearray)
    MutableSequence.register(list)
    MutableSequence.register(bytearray)


# The match statement's sequence and mapping patterns take the classes
# derived from Sequence or Mapping (CPython marks the two with
# __abc_tpflags__); register() passes the mark on to a registered class.
from _pyedu import set_collection_kind as _set_collection_kind
_set_collection_kind(Sequence, 'sequence')
_set_collection_kind(Mapping, 'mapping')
del _set_collection_kind

_register_builtins()
del _register_builtins
