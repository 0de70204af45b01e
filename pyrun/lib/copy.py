"""Shallow and deep copies, as CPython's copy module.

How an object is copied, in the order the documentation gives:
- objects that cannot change (numbers, strings, functions, classes...) are
  their own copies;
- the containers that can (list, dict, set, bytearray) are copied directly,
  a deep copy copying their items as well;
- a class may say itself how: __copy__() and __deepcopy__(memo);
- otherwise the object is rebuilt as pickle would rebuild it, from what
  __reduce_ex__ (or __reduce__) describes: a callable and its arguments,
  then the state (given to __setstate__, or set as attributes), and the
  items of a list or dict subclass.  For classes that leave __reduce_ex__
  to object, the description is built here from __getnewargs_ex__ or
  __getnewargs__ and __getstate__, as object.__reduce_ex__ would.

A deep copy keeps a memo, id(original) -> copy, so that an object met
twice is copied once and a cycle is copied as a cycle."""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

# the types whose values cannot change and hold nothing that can: a copy,
# even a deep one, of such a value is the value itself
_ATOMIC = {type(None), int, float, bool, complex, str, bytes, range,
           type(Ellipsis), type(NotImplemented), type(len), type(lambda: 0), property,
           type((lambda: 0).__code__)}

# and those that cannot change but may hold what can: shared by a shallow
# copy, rebuilt by a deep one (tuples have their own deep copy below)
_SHALLOW_IMMUTABLE = _ATOMIC | {tuple, frozenset, slice}


class _Probe:
    def method(self):
        pass


_BoundMethod = type(_Probe().method)


def _is_class_or_ref(cls):
    # a class is immutable whatever its metaclass; so is a weak reference
    return issubclass(cls, type) or cls.__name__ == 'ReferenceType'


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _SHALLOW_IMMUTABLE or _is_class_or_ref(cls):
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    if cls is _BoundMethod:
        return cls(x.__func__, x.__self__)      # bound to the same object
    own_copy = getattr(cls, '__copy__', None)
    if own_copy is not None:
        return own_copy(x)
    recipe = _reduce(x)
    if isinstance(recipe, str):
        return x            # a global: the object names itself
    return _rebuild(x, None, *recipe)


# ---- deep copies ----------------------------------------------------------------------

def _deep_list(x, memo):
    copied = []
    memo[id(x)] = copied        # before the items: they may refer back to the list
    copied.extend(deepcopy(item, memo) for item in x)
    return copied


def _deep_dict(x, memo):
    copied = {}
    memo[id(x)] = copied
    for key, value in x.items():
        copied[deepcopy(key, memo)] = deepcopy(value, memo)
    return copied


def _deep_tuple(x, memo):
    items = [deepcopy(item, memo) for item in x]
    # an item may have led back to this tuple, which then has a copy already
    if id(x) in memo:
        return memo[id(x)]
    if all(new is old for new, old in zip(items, x)):
        return x            # nothing inside changed: the tuple can be shared
    return tuple(items)


def _deep_method(x, memo):
    # a bound method: the same function, bound to a copy of the object
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


def _deep_slice(x, memo):
    return slice(deepcopy(x.start, memo), deepcopy(x.stop, memo), deepcopy(x.step, memo))


_DEEP_COPIERS = {list: _deep_list, dict: _deep_dict, tuple: _deep_tuple,
                 _BoundMethod: _deep_method, slice: _deep_slice,
                 bytearray: lambda x, memo: bytearray(x)}


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    key = id(x)
    if key in memo:
        return memo[key]
    cls = type(x)
    if cls in _ATOMIC or _is_class_or_ref(cls):
        return x
    copier = _DEEP_COPIERS.get(cls)
    if copier is not None:
        result = copier(x, memo)
    elif hasattr(x, '__deepcopy__'):
        result = x.__deepcopy__(memo)
    else:
        recipe = _reduce(x)
        result = x if isinstance(recipe, str) else _rebuild(x, memo, *recipe)
    if result is not x:
        memo[key] = result
        # the original must outlive the memo: its id is a key there
        memo.setdefault(id(memo), []).append(x)
    return result


# ---- rebuilding from the reduce protocol ----------------------------------------------

def _defines_own(cls, name):
    """True if a class below object defines the method name."""
    return getattr(cls, name, None) is not getattr(object, name, None)


def _reduce(x):
    """What pickle would rebuild x from: a tuple (callable, args[, state
    [, list items[, dict items]]]), or a string if x is a global."""
    cls = type(x)
    if isinstance(x, BaseException) and cls.__reduce__ is BaseException.__reduce__:
        # an exception: its class called with its args, then its attributes
        return cls, x.args, getattr(x, '__dict__', None) or None
    if _defines_own(cls, '__reduce_ex__'):
        return x.__reduce_ex__(4)
    if _defines_own(cls, '__reduce__'):
        return x.__reduce__()
    return _default_reduce(x)


def _construct(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


# the built-in types whose instances (of subclasses) _default_reduce can
# rebuild; the others (modules, iterators, files, locks...) cannot be copied
_REBUILDABLE = {object, list, dict, set, frozenset, tuple, int, float, complex, str,
                bytes, bytearray, bool}


def _check_rebuildable(cls):
    # a class written in Python has __module__ in its own namespace; the
    # others are the interpreter's own types (locks, files, iterators...)
    for klass in cls.__mro__:
        if '__module__' not in klass.__dict__ and klass not in _REBUILDABLE \
                and not issubclass(klass, BaseException):
            name = cls.__qualname__ if cls.__module__ == 'builtins' \
                else f'{cls.__module__}.{cls.__qualname__}'
            raise TypeError(f'cannot pickle {name!r} object')


def _default_reduce(x):
    """object.__reduce_ex__(4) for x: cls.__new__(cls, *args) with the
    arguments __getnewargs_ex__ or __getnewargs__ give, then __getstate__."""
    cls = type(x)
    _check_rebuildable(cls)
    if hasattr(x, '__getnewargs_ex__'):
        args, kwargs = x.__getnewargs_ex__()
    elif hasattr(x, '__getnewargs__'):
        args, kwargs = x.__getnewargs__(), {}
    else:
        args, kwargs = (), {}
    getstate = getattr(x, '__getstate__', None)
    state = getstate() if getstate is not None else getattr(x, '__dict__', None) or None
    items = iter(x) if isinstance(x, list) else None
    pairs = iter(x.items()) if isinstance(x, dict) else None
    if isinstance(x, (set, frozenset)):
        return cls, (list(x),), state
    if isinstance(x, (tuple, bytes, bytearray)) and not args:
        args = (type(x).__mro__[-2](x),)      # the built-in base's own value
    if kwargs:
        return _construct, (cls, args, kwargs), state, items, pairs
    return cls.__new__, (cls, *args), state, items, pairs


def _rebuild(x, memo, build, args, state=None, items=None, pairs=None, *rest):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    result = build(*args)
    if deep:
        memo[id(x)] = result
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(result, state)
    if items is not None:
        for item in items:
            result.append(deepcopy(item, memo) if deep else item)
    if pairs is not None:
        for key, value in pairs:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            result[key] = value
    return result


def _set_state(obj, state):
    """Gives obj its state: through __setstate__ if it has one, else a
    dict of attributes, or a pair (attributes, slot values)."""
    if hasattr(obj, '__setstate__'):
        obj.__setstate__(state)
        return
    slot_values = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slot_values = state
    if state:
        obj.__dict__.update(state)
    if slot_values:
        for name, value in slot_values.items():
            setattr(obj, name, value)
