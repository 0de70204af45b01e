"""Shallow and deep copies, as CPython's copy module."""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex, str, bytes, type, range,
           type(Ellipsis), type(NotImplemented), frozenset, type(len), type(lambda: 0),
           property, type((lambda: 0).__code__))


def _is_atomic(cls):
    """Copies of these are the objects themselves (classes too, whatever
    their metaclass)."""
    return cls in _atomic or issubclass(cls, type) or cls.__name__ == 'ReferenceType'


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if _is_atomic(cls):
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    if cls is tuple:
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(cls):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        y = tuple(deepcopy(a, memo) for a in x)
        if d in memo:
            return memo[d]
        if all(a is b for a, b in zip(x, y)):
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = {deepcopy(a, memo) for a in x}
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo):
    cls = type(x)
    deep = memo is not None
    if isinstance(x, tuple):
        items = [deepcopy(a, memo) for a in x] if deep else list(x)
        getnewargs = getattr(x, '__getnewargs__', None)
        if getnewargs is not None:
            y = cls.__new__(cls, *items) if hasattr(cls, '_fields') else cls.__new__(cls, items)
        else:
            y = cls.__new__(cls, items)
    elif isinstance(x, (list, dict, set)):
        y = cls.__new__(cls)
        if isinstance(x, list):
            y.extend(deepcopy(a, memo) if deep else a for a in x)
        elif isinstance(x, dict):
            for k, v in x.items():
                y[deepcopy(k, memo) if deep else k] = deepcopy(v, memo) if deep else v
        else:
            y.update(deepcopy(a, memo) if deep else a for a in x)
    else:
        y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    state = getattr(x, '__dict__', None)
    if state is not None and not isinstance(x, type):
        if hasattr(y, '__setstate__') and hasattr(x, '__getstate__') and False:
            pass
        if deep:
            state = deepcopy(state, memo)
        y.__dict__.update(state)
    slots = []
    for klass in cls.__mro__:
        s = klass.__dict__.get('__slots__', ())
        if isinstance(s, str):
            s = (s,)
        slots.extend(name for name in s if name not in ('__dict__', '__weakref__'))
    for name in slots:
        if hasattr(x, name):
            value = getattr(x, name)
            setattr(y, name, deepcopy(value, memo) if deep else value)
    return y
