"""Higher-order functions, as CPython's functools: reduce, partial, wraps,
lru_cache and cache, cmp_to_key, total_ordering, cached_property."""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'cached_property', 'singledispatch',
           'singledispatchmethod']

# what update_wrapper copies from the wrapped function (the attributes of
# WRAPPER_ASSIGNMENTS) and merges into the wrapper's (those of WRAPPER_UPDATES)
WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

# stands for "no argument given" where None is a meaningful value
_NOTHING = object()


# ---- wrappers -------------------------------------------------------------------------

def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped (its name, doc, ...)."""
    for name in assigned:
        value = getattr(wrapped, name, _NOTHING)
        if value is not _NOTHING:          # what wrapped lacks is left alone
            setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # set last, so that a __wrapped__ copied with __dict__ does not win
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory to apply update_wrapper() to a wrapper function."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ---- reduce ---------------------------------------------------------------------------

def reduce(*args, **keywords):
    """reduce(function, iterable[, initial]) -> value

    Folds the items from the left: function(function(a, b), c)..."""
    # the arguments are checked as CPython's C function checks them
    if keywords:
        raise TypeError('reduce() takes no keyword arguments')
    if len(args) < 2:
        raise TypeError(f'reduce expected at least 2 arguments, got {len(args)}')
    if len(args) > 3:
        raise TypeError(f'reduce expected at most 3 arguments, got {len(args)}')
    function, iterable, initial = (*args, _NOTHING)[:3]
    try:
        items = iter(iterable)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    accumulated = next(items, initial) if initial is _NOTHING else initial
    if accumulated is _NOTHING:
        raise TypeError('reduce() of empty iterable with no initial value')
    for item in items:
        accumulated = function(accumulated, item)
    return accumulated


# ---- partial --------------------------------------------------------------------------

class partial:
    """partial(func, *args, **keywords) - new function with partial application
    of the given arguments and keywords."""

    __slots__ = ('func', 'args', 'keywords', '__dict__')

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, *fixed = args
        if not callable(func):
            raise TypeError('the first argument must be callable')
        # a partial of a plain partial is flattened into one
        if isinstance(func, partial) and not func.__dict__:
            fixed = [*func.args, *fixed]
            keywords = {**func.keywords, **keywords}
            func = func.func
        made = object.__new__(cls)
        made.func = func
        made.args = tuple(fixed)
        made.keywords = keywords
        return made

    def __call__(self, /, *args, **keywords):
        if self.keywords:
            keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        shown = [repr(self.func)]
        shown += [repr(value) for value in self.args]
        shown += [f'{name}={value!r}' for name, value in self.keywords.items()]
        # CPython shows its C type's name: 'functools.partial', or a subclass's own name
        cls = type(self)
        name = 'functools.partial' if cls is partial else cls.__name__
        return f"{name}({', '.join(shown)})"

    # copy and pickle rebuild a partial from its function alone, then give
    # it back its fixed arguments and attributes through __setstate__
    def __reduce__(self):
        state = (self.func, self.args, self.keywords or None, self.__dict__ or None)
        return type(self), (self.func,), state

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) != 4:
            raise TypeError('invalid partial state')
        func, args, keywords, attributes = state
        if not callable(func) or not isinstance(args, tuple) or \
                (keywords is not None and not isinstance(keywords, dict)):
            raise TypeError('invalid partial state')
        self.func, self.args, self.keywords = func, tuple(args), dict(keywords or {})
        self.__dict__.clear()
        self.__dict__.update(attributes or {})


class partialmethod:
    """partial() for methods: a descriptor whose access binds the method
    first, then fixes the given arguments after self (or cls)."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        if isinstance(func, partialmethod):     # flattened, as partial does
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func, self.args, self.keywords = func, args, keywords

    def __repr__(self):
        shown = [repr(self.func), ', '.join(map(repr, self.args)),
                 ', '.join(f'{name}={value!r}' for name, value in self.keywords.items())]
        cls = type(self)
        return f"{cls.__module__}.{cls.__qualname__}({', '.join(shown)})"

    def __get__(self, obj, cls=None):
        # the function's own binding (a method, a classmethod's class...),
        # when it binds to something, gets the arguments fixed after it
        binder = getattr(self.func, '__get__', None)
        if binder is not None:
            bound = binder(obj, cls)
            if bound is not self.func:
                fixed = partial(bound, *self.args, **self.keywords)
                if hasattr(bound, '__self__'):
                    fixed.__self__ = bound.__self__
                return fixed
        return self._unbound().__get__(obj, cls)

    def _unbound(self):
        """A function taking self (or cls) first, then the fixed arguments."""
        def method(cls_or_self, /, *args, **keywords):
            return self.func(cls_or_self, *self.args, *args, **{**self.keywords, **keywords})
        method.__isabstractmethod__ = self.__isabstractmethod__
        method._partialmethod = self
        return method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# ---- cmp_to_key -----------------------------------------------------------------------

class _KeyByCmp:
    """The key cmp_to_key makes of obj: compared with another such key, it
    asks the old-style cmp(a, b), whose sign tells the order."""

    __slots__ = ('obj', '_cmp')
    __hash__ = None

    def __init__(self, obj, cmp):
        self.obj = obj
        self._cmp = cmp

    def _against(self, other):
        """cmp's answer for (self, other); only keys of this kind compare."""
        if not isinstance(other, _KeyByCmp):
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj)

    def __lt__(self, other):
        # (sorting asks only this one: the check is made here without a call)
        if not isinstance(other, _KeyByCmp):
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj) < 0

    def __le__(self, other):
        return self._against(other) <= 0

    def __eq__(self, other):
        return self._against(other) == 0

    def __ge__(self, other):
        return self._against(other) >= 0

    def __gt__(self, other):
        return self._against(other) > 0


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    def key(obj):
        return _KeyByCmp(obj, mycmp)
    return key


# ---- total_ordering -------------------------------------------------------------------
#
# From one ordering method (the root) the other three follow, given ==.
# With r the root's answer for (a, b), each derived method is one of:

def _not_root(r, a, b):
    return not r


def _not_root_nor_equal(r, a, b):
    return not r and a != b


def _not_root_or_equal(r, a, b):
    return not r or a == b


def _root_or_equal(r, a, b):
    return r or a == b


def _root_not_equal(r, a, b):
    return r and a != b


# root -> the methods derived from it and how; the roots in order of preference
_DERIVED_FROM = {
    '__lt__': {'__gt__': _not_root_nor_equal, '__le__': _root_or_equal, '__ge__': _not_root},
    '__le__': {'__ge__': _not_root_or_equal, '__lt__': _root_not_equal, '__gt__': _not_root},
    '__gt__': {'__lt__': _not_root_nor_equal, '__ge__': _root_or_equal, '__le__': _not_root},
    '__ge__': {'__le__': _not_root_or_equal, '__gt__': _root_not_equal, '__lt__': _not_root},
}


def _derive(root, name, rule):
    def method(self, other):
        answer = getattr(type(self), root)(self, other)
        if answer is NotImplemented:
            return answer
        return rule(answer, self, other)
    method.__name__ = name
    method.__qualname__ = f'_{name.strip("_")}_from_{root.strip("_")}'
    return method


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods."""
    defined = [name for name in _DERIVED_FROM
               if getattr(cls, name, None) is not getattr(object, name, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = defined[0]
    for name, rule in _DERIVED_FROM[root].items():
        if name not in defined:
            setattr(cls, name, _derive(root, name, rule))
    return cls


# ---- lru_cache ------------------------------------------------------------------------

class _CacheInfo(tuple):
    """CacheInfo(hits, misses, maxsize, currsize): what cache_info() returns,
    a named tuple as in CPython (written out here: namedtuple() compiles
    source, which importing functools should not have to wait for)."""

    __slots__ = ()
    _fields = ('hits', 'misses', 'maxsize', 'currsize')

    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    def __repr__(self):
        shown = ', '.join(f'{name}={value!r}' for name, value in zip(self._fields, self))
        return f'CacheInfo({shown})'


def _field_reader(position):
    return property(lambda info: info[position], doc=f'Alias for field number {position}')


for _position, _name in enumerate(_CacheInfo._fields):
    setattr(_CacheInfo, _name, _field_reader(_position))
_CacheInfo.__name__ = _CacheInfo.__qualname__ = 'CacheInfo'
del _position, _name

# separates the positional arguments from the keyword ones in a cache key
_KEYWORDS_FOLLOW = object()

# arguments that are their own key (when alone): their equality is exact
_SELF_KEYED = {int, str}


def _cache_key(args, kwds, typed):
    """What lru_cache files a call with keywords, or of a typed cache,
    under.  Calls it treats as the same get equal keys: equal arguments (1
    and 1.0 alike unless typed), keywords in the same order.  (A plain call
    is filed under its arguments' tuple, or its one int or str argument:
    the wrapper does that itself, being the common case.)"""
    key = args
    if kwds:
        key = (*key, _KEYWORDS_FOLLOW, *kwds.items())
    if typed:
        key = (*key, *map(type, args), *map(type, kwds.values()))
    return key


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator."""
    if callable(maxsize) and isinstance(typed, bool):
        # used bare: @lru_cache
        return _cached(maxsize, 128, typed)
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _cached(user_function, maxsize, typed)
    return decorating_function


def cache(user_function, /):
    """Simple lightweight unbounded cache.  Sometimes called "memoize"."""
    return lru_cache(maxsize=None)(user_function)


def _cached(function, maxsize, typed):
    """function wrapped in a cache of maxsize results (None: no limit).
    The cache is a dict, whose order is the order of use: a hit moves its
    entry to the end, and when full the first entry (the least recently
    used) makes room."""
    results = {}
    hits = misses = 0
    bounded = maxsize is not None

    def call_uncached(*args, **kwds):
        nonlocal misses
        misses += 1
        return function(*args, **kwds)

    def call_cached(*args, **kwds):
        nonlocal hits, misses
        if kwds or typed:
            key = _cache_key(args, kwds, typed)
        elif len(args) == 1 and type(args[0]) in _SELF_KEYED:
            key = args[0]
        else:
            key = args
        result = results.get(key, _NOTHING)
        if result is not _NOTHING:
            hits += 1
            if bounded:
                del results[key]
                results[key] = result
            return result
        misses += 1
        result = function(*args, **kwds)
        # a recursive call may have filed the same key meanwhile
        if key not in results:
            if bounded and len(results) >= maxsize:
                del results[next(iter(results))]
            results[key] = result
        return result

    wrapper = call_uncached if maxsize == 0 else call_cached

    def cache_info():
        """Report cache statistics"""
        return _CacheInfo(hits, misses, maxsize, len(results))

    def cache_clear():
        """Clear the cache and cache statistics"""
        nonlocal hits, misses
        results.clear()
        hits = misses = 0

    def cache_parameters():
        return {'maxsize': maxsize, 'typed': typed}

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = cache_parameters
    return update_wrapper(wrapper, function)


# ---- singledispatch ------------------------------------------------------------------
#
# A generic function picks its implementation by the class of its first
# argument: the first class along that class's MRO that has one registered.
# CPython also orders the ABCs a class belongs to only virtually (by
# register() or a __subclasshook__) into that MRO, by an algorithm not
# written here: where such an ABC has an implementation, the call raises
# NotImplementedError rather than perhaps picking another implementation.

def _is_union(hint):
    return type(hint) is type(int | str) or (
        getattr(hint, '__origin__', None) is not None and repr(hint).startswith('typing.Union['))


def _dispatch_classes(hint):
    """The classes an annotation or register() argument stands for (a union
    stands for each of its members); None if it is not made of classes."""
    if isinstance(hint, type):
        return (hint,)
    if _is_union(hint) and all(isinstance(member, type) for member in hint.__args__):
        return hint.__args__
    return None


def _implementation_for(cls, registry):
    for klass in cls.__mro__:
        if klass in registry:
            found = klass
            break
    for registered in registry:
        if registered not in cls.__mro__ and issubclass(cls, registered):
            raise NotImplementedError(
                f'singledispatch through an abstract base class that {cls.__qualname__!r} '
                f'belongs to only virtually ({registered.__qualname__!r}) is not supported')
    return registry[found]


def singledispatch(func):
    """Single-dispatch generic function decorator."""
    import abc
    registry = {object: func}
    chosen = {}                         # class -> implementation, until registry changes
    token = [abc.get_cache_token()]     # ... or an ABC gets a new virtual subclass

    def dispatch(cls):
        """The implementation for an argument of class cls."""
        if token[0] != abc.get_cache_token():
            chosen.clear()
            token[0] = abc.get_cache_token()
        implementation = chosen.get(cls)
        if implementation is None:
            implementation = chosen[cls] = _implementation_for(cls, registry)
        return implementation

    def register(cls, func=None):
        """Registers func as the implementation for cls (a class or a union
        of classes); without func, a decorator, or cls is itself the
        function, its first parameter's annotation naming the class."""
        classes = _dispatch_classes(cls)
        if classes is not None:
            if func is None:
                return lambda implementation: register(cls, implementation)
        elif func is not None:
            raise TypeError(f'Invalid first argument to `register()`. '
                            f'{cls!r} is not a class or union type.')
        else:
            func = cls
            # (a classmethod or staticmethod: its function has the annotations)
            annotated = getattr(func, '__func__', func)
            if not getattr(annotated, '__annotations__', None):
                raise TypeError(f'Invalid first argument to `register()`: {func!r}. '
                                f'Use either `@register(some_class)` or plain `@register` '
                                f'on an annotated function.')
            from typing import get_type_hints
            argname, hint = next(iter(get_type_hints(annotated).items()))
            classes = _dispatch_classes(hint)
            if classes is None:
                problem = 'not all arguments are classes' if _is_union(hint) else 'is not a class'
                raise TypeError(f'Invalid annotation for {argname!r}. {hint!r} {problem}.')
        for klass in classes:
            registry[klass] = func
        chosen.clear()
        return func

    def wrapper(*args, **kwargs):
        if not args:
            raise TypeError(f'{name} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kwargs)

    name = getattr(func, '__name__', 'singledispatch function')
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = type(type.__dict__)(registry)      # a read-only view
    wrapper._clear_cache = chosen.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """A method that dispatches on the class of its first argument after
    self (or cls): a singledispatch function bound on each access."""

    def __init__(self, func):
        if not (callable(func) or hasattr(func, '__get__')):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.func = func
        # func is also the default implementation, for the class object
        self.dispatcher = singledispatch(func)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        return _dispatching_method(self, obj, cls)


def _dispatching_method(descriptor, obj, cls):
    """What reading a singledispatchmethod on obj (or on the class cls)
    gives: a function that picks the implementation for the class of its
    first argument and calls it bound as the descriptor it is (a plain
    function to obj, a classmethod to cls...).  It looks like the
    original function and has register(), so that more implementations can
    be added through an instance too."""
    dispatch = descriptor.dispatcher.dispatch

    def method(*args, **kwargs):
        implementation = dispatch(args[0].__class__)
        return implementation.__get__(obj, cls)(*args, **kwargs)

    # set before update_wrapper, so that the original's own attributes win
    method.__isabstractmethod__ = descriptor.__isabstractmethod__
    method.register = descriptor.register
    return update_wrapper(method, descriptor.func)


# ---- cached_property ------------------------------------------------------------------

class cached_property:
    """A property computed once per instance: the first read stores the
    value in the instance's __dict__, where later reads find it first."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is not None and name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two different names '
                            f'({self.attrname!r} and {name!r}).')
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError('Cannot use cached_property instance without calling '
                            '__set_name__ on it.')
        kind = type(instance).__name__
        try:
            storage = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {kind!r} instance to cache "
                            f'{name!r} property.') from None
        if name in storage:
            return storage[name]
        value = self.func(instance)
        try:
            storage[name] = value
        except TypeError:
            raise TypeError(f"The '__dict__' attribute on {kind!r} instance does not "
                            f'support item assignment for caching {name!r} property.') from None
        return value


# the names CPython's C types have in messages ('functools.partial')
from _pyedu import set_type_name as _set_type_name
_set_type_name(partial, 'functools.partial')
_set_type_name(_KeyByCmp, 'functools.KeyWrapper')
del _set_type_name
