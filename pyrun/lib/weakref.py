"""Weak references, as CPython's weakref.

A weak reference to an object does not keep it alive: ref(obj)() gives the
object while it lives, None afterwards.  The reference type and the counts
are built in (the _weakref module); this module adds proxies, WeakMethod,
the weak containers (WeakValueDictionary, WeakKeyDictionary, WeakSet) and
finalize."""

from _weakref import ref, getweakrefcount, getweakrefs, ReferenceType
from collections import abc as _abc

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]


# ---- proxies ------------------------------------------------------------------------

def _referent(proxy):
    obj = object.__getattribute__(proxy, '_ref')()
    if obj is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return obj


class ProxyType:
    """Stands for an object without keeping it alive: attribute access and
    operators go to the object, or raise ReferenceError once it is gone."""
    __slots__ = ('_ref', '__weakref__')

    def __init__(self, obj, callback=None):
        if callback is not None:
            me = ref(self)
            object.__setattr__(self, '_ref', ref(obj, lambda r: callback(me())))
        else:
            object.__setattr__(self, '_ref', ref(obj))

    def __getattribute__(self, name):
        return getattr(_referent(self), name)

    def __setattr__(self, name, value):
        setattr(_referent(self), name, value)

    def __delattr__(self, name):
        delattr(_referent(self), name)

    def __repr__(self):
        obj = object.__getattribute__(self, '_ref')()
        if obj is None:
            return f"<weakproxy at {id(self):#x}; dead>"
        return f"<weakproxy at {id(self):#x}; to '{type(obj).__name__}' at {id(obj):#x}>"

    def __str__(self):
        return str(_referent(self))

    def __bool__(self):
        return bool(_referent(self))

    def __len__(self):
        return len(_referent(self))

    def __iter__(self):
        return iter(_referent(self))

    def __next__(self):
        return next(_referent(self))

    def __contains__(self, item):
        return item in _referent(self)

    def __getitem__(self, key):
        return _referent(self)[key]

    def __setitem__(self, key, value):
        _referent(self)[key] = value

    def __delitem__(self, key):
        del _referent(self)[key]

    __hash__ = None


def _unwrap(x):
    return _referent(x) if isinstance(x, ProxyType) else x


def _forward_operators():
    import operator
    for name in ('add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift',
                 'and', 'or', 'xor', 'matmul', 'lt', 'le', 'eq', 'ne', 'gt', 'ge'):
        op = getattr(operator, name + '_' if name in ('and', 'or') else name)

        def forward(self, other, op=op):
            return op(_referent(self), _unwrap(other))

        def reflected(self, other, op=op):
            return op(_unwrap(other), _referent(self))

        setattr(ProxyType, f'__{name}__', forward)
        if name not in ('lt', 'le', 'eq', 'ne', 'gt', 'ge'):
            setattr(ProxyType, f'__r{name}__', reflected)
    for name in ('neg', 'pos', 'abs', 'invert', 'index'):
        op = getattr(operator, name)
        setattr(ProxyType, f'__{name}__', lambda self, op=op: op(_referent(self)))
    ProxyType.__int__ = lambda self: int(_referent(self))
    ProxyType.__float__ = lambda self: float(_referent(self))


_forward_operators()
del _forward_operators


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _referent(self)(*args, **kwargs)



from _pyedu import set_type_name as _set_type_name
for _proxy_type in (ProxyType, CallableProxyType):     # C types in CPython
    _set_type_name(_proxy_type, 'weakref.' + _proxy_type.__name__)
del _set_type_name, _proxy_type
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    """A proxy for obj that does not keep it alive."""
    if isinstance(obj, ProxyType):
        obj = _referent(obj)
    return (CallableProxyType if callable(obj) else ProxyType)(obj, callback)


# ---- bound methods ------------------------------------------------------------------

class WeakMethod(ref):
    """A weak reference to a bound method: it dies with the object or the
    function, whichever goes first (a plain ref to a bound method dies at
    once, since nothing else holds the method object).

    The reference itself is to the object; a second one follows the
    function.  Both report to one watcher, which runs the callback the
    first time either of them dies."""
    __slots__ = ("_function_ref", "_method_type", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            receiver, function = meth.__self__, meth.__func__
        except AttributeError:
            raise TypeError(f"argument should be a bound method, not {type(meth)}") from None
        watcher = _FirstDeathWatcher(callback)
        method_ref = ref.__new__(cls, receiver, watcher)
        method_ref._function_ref = ref(function, watcher)
        method_ref._method_type = type(meth)
        method_ref._alive = True
        watcher.watched = ref(method_ref)
        return method_ref

    def __call__(self):
        receiver, function = super().__call__(), self._function_ref()
        if receiver is None or function is None:
            return None
        return self._method_type(function, receiver)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not (self._alive and other._alive):
            return self is other        # a dead one equals only itself
        return ref.__eq__(self, other) and self._function_ref == other._function_ref

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    __hash__ = ref.__hash__


class _FirstDeathWatcher:
    """The callback of both references of a WeakMethod."""

    def __init__(self, callback):
        self.callback = callback
        self.watched = None        # a weak reference to the WeakMethod

    def __call__(self, _dead):
        method_ref = self.watched() if self.watched is not None else None
        if method_ref is None or not method_ref._alive:
            return
        method_ref._alive = False
        if self.callback is not None:
            self.callback(method_ref)


# ---- the weak containers ------------------------------------------------------------

class _WeakContainer:
    """What the weak containers share: the callback their references carry,
    which drops a dead entry; while the container is being iterated, the
    callback only notes the entry, and it goes when the last iteration
    ends (so that the dict or set underneath does not change size under
    the iteration)."""

    def _setup(self):
        def remove(wr, selfref=ref(self)):
            self = selfref()
            if self is not None:
                if self._iterating:
                    self._pending.append(wr)
                else:
                    self._drop(wr)
        self._remove = remove
        self._iterating = 0
        self._pending = []

    def _live(self, refs):
        """(reference, referent) for the live ones among refs (a snapshot)."""
        self._iterating += 1
        try:
            for wr in list(refs):
                obj = wr()
                if obj is not None:
                    yield wr, obj
        finally:
            self._iterating -= 1
            if not self._iterating:
                pending, self._pending = self._pending, []
                for wr in pending:
                    self._drop(wr)


def _weakly_held(obj, refs):
    """Whether a reference to obj is among refs (an object that cannot be
    weakly referenced is in no weak container)."""
    try:
        return ref(obj) in refs
    except TypeError:
        return False


class _WeakMapping(_abc.MutableMapping, _WeakContainer):
    """The methods the two weak dictionaries share (over items())."""

    def __repr__(self):
        return f"<{type(self).__name__} at {id(self):#x}>"

    def keys(self):
        yield from self

    def values(self):
        for key, value in self.items():
            yield value

    def copy(self):
        new = type(self)()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy

    def __or__(self, other):
        if isinstance(other, _abc.Mapping):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class KeyedRef(ref):
    """A reference that remembers the key its value is stored under."""
    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class WeakValueDictionary(_WeakMapping):
    """A mapping whose values are held weakly: an entry goes when its value
    is no longer in use elsewhere."""

    def __init__(self, other=(), /, **kw):
        self._setup()
        self.data = {}
        self.update(other, **kw)

    def _drop(self, wr):
        if self.data.get(wr.key) is wr:
            del self.data[wr.key]

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return sum(1 for wr in self.data.values() if wr() is not None)

    def __contains__(self, key):
        wr = self.data.get(key)
        return wr is not None and wr() is not None

    def __iter__(self):
        for wr, obj in self._live(self.data.values()):
            yield wr.key

    def items(self):
        for key in self:
            o = self.data[key]()
            if o is not None:
                yield key, o

    def itervaluerefs(self):
        yield from [wr for wr in self.data.values() if wr() is not None]

    def valuerefs(self):
        return list(self.itervaluerefs())

    def get(self, key, default=None):
        wr = self.data.get(key)
        o = wr() if wr is not None else None
        return default if o is None else o

    def pop(self, key, *args):
        wr = self.data.pop(key, None)
        o = wr() if wr is not None else None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = default
            return default
        return o


class WeakKeyDictionary(_WeakMapping):
    """A mapping whose keys are held weakly: an entry goes when its key is
    no longer in use elsewhere."""

    def __init__(self, dict=None):
        self._setup()
        self.data = {}
        if dict is not None:
            self.update(dict)

    def _drop(self, wr):
        self.data.pop(wr, None)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __len__(self):
        return sum(1 for wr in self.data if wr() is not None)

    def __contains__(self, key):
        return _weakly_held(key, self.data)

    def __iter__(self):
        for wr, obj in self._live(self.data):
            yield obj

    def items(self):
        for key in self:
            yield key, self.data[ref(key)]

    def keyrefs(self):
        return list(self.data)

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def popitem(self):
        while True:
            wr, value = self.data.popitem()
            o = wr()
            if o is not None:
                return o, value

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)


class WeakSet(_abc.MutableSet, _WeakContainer):
    """A set whose elements are held weakly."""

    def __init__(self, data=None):
        self._setup()
        self.data = set()
        if data is not None:
            self.update(data)

    def _drop(self, wr):
        self.data.discard(wr)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __iter__(self):
        for wr, obj in self._live(self.data):
            yield obj

    def __len__(self):
        return sum(1 for wr in self.data if wr() is not None)

    def __contains__(self, item):
        return _weakly_held(item, self.data)

    def __repr__(self):
        return repr(self.data)      # the set of references, as CPython shows it

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def clear(self):
        self.data.clear()

    def copy(self):
        return WeakSet(self)

    def pop(self):
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            obj = wr()
            if obj is not None:
                return obj

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def union(self, other):
        return self | other

    def difference(self, other):
        return self - other

    def intersection(self, other):
        return self & other

    def symmetric_difference(self, other):
        return self ^ other

    # Comparisons are between the sets of references: with any iterable for
    # the order tests, with another WeakSet only for equality.

    def _refs_of(self, other):
        return {ref(item) for item in other}

    def issubset(self, other):
        return self.data <= self._refs_of(other)

    def issuperset(self, other):
        return self.data >= self._refs_of(other)

    __le__, __ge__ = issubset, issuperset

    def __lt__(self, other):
        return self.data < self._refs_of(other)

    def __gt__(self, other):
        return self.data > self._refs_of(other)

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.data == other.data

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    __hash__ = None

    def difference_update(self, other):
        self -= other

    def intersection_update(self, other):
        self &= other

    def symmetric_difference_update(self, other):
        self ^= other


# ---- finalize -----------------------------------------------------------------------

class _Finalizer:
    """What a live finalize object will do, and for which object."""
    __slots__ = ('target', 'func', 'args', 'kwargs', 'at_exit', 'order')

    def __init__(self, target, func, args, kwargs, order):
        self.target, self.func, self.args, self.kwargs = target, func, args, kwargs
        self.at_exit, self.order = True, order

    def as_tuple(self):
        """(obj, func, args, kwargs), or None once obj is gone."""
        obj = self.target()
        return None if obj is None else (obj, self.func, self.args, self.kwargs)


class finalize:
    """finalize(obj, func, *args, **kwargs): calls func(*args, **kwargs)
    when obj is collected, or at the end of the program if it is still
    alive then (unless .atexit is set to false); at most once.

    A finalize object is alive while it is in the class's table of
    pending ones; calling it, detaching it or obj's death take it out."""
    __slots__ = ()
    _pending = {}             # finalize object -> _Finalizer
    _created = 0
    _exit_hook_installed = False
    _program_ended = False     # after the exit hook ran, none runs any more

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._exit_hook_installed:
            import atexit
            atexit.register(finalize._run_at_exit)
            finalize._exit_hook_installed = True
        finalize._created += 1
        # obj's death calls self (a weak reference's callback gets the reference)
        finalize._pending[self] = _Finalizer(ref(obj, self), func, args, kwargs,
                                             finalize._created)

    def __call__(self, _=None):
        """If alive, marks it dead and returns func(*args, **kwargs)."""
        job = finalize._pending.pop(self, None)
        if job is None or finalize._program_ended:
            return None
        return job.func(*job.args, **job.kwargs)

    def detach(self):
        """If alive, marks it dead and returns (obj, func, args, kwargs)."""
        job = finalize._pending.get(self)
        details = job.as_tuple() if job is not None else None
        if details is not None:
            del finalize._pending[self]
        return details

    def peek(self):
        """If alive, returns (obj, func, args, kwargs)."""
        job = finalize._pending.get(self)
        return job.as_tuple() if job is not None else None

    alive = property(lambda self: self in finalize._pending,
                     doc="Whether it has yet to run (or be detached).")

    def _get_atexit(self):
        job = finalize._pending.get(self)
        return job is not None and job.at_exit

    def _set_atexit(self, value):
        job = finalize._pending.get(self)
        if job is not None:
            job.at_exit = bool(value)

    atexit = property(_get_atexit, _set_atexit,
                      doc="Whether it runs at the end of the program if still alive.")

    def __repr__(self):
        job = finalize._pending.get(self)
        obj = job.target() if job is not None else None
        where = f'<{type(self).__name__} object at {id(self):#x}'
        if obj is None:
            return where + '; dead>'
        return where + f'; for {type(obj).__name__!r} at {id(obj):#x}>'

    @classmethod
    def _run_at_exit(cls):
        """Runs the live ones marked for exit, the newest first (one may
        create or end others, so the table is looked at again each time)."""
        while True:
            marked = [(job.order, f) for f, job in cls._pending.items() if job.at_exit]
            if not marked:
                break
            max(marked, key=lambda pair: pair[0])[1]()
        cls._program_ended = True
