"""operator: Python's operators as functions, as documented for CPython's
operator module.

operator.add(a, b) is a + b, operator.itemgetter(1) is lambda x: x[1], and
so on.  Every function also has a dunder name (operator.__add__), and the
in-place operators (iadd, ...) return their result, which the caller must
store: iadd(a, b) is `a += b; return a`."""

import builtins as _builtins

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains',
           'countOf', 'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt',
           'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imatmul',
           'imod', 'imul', 'index', 'indexOf', 'inv', 'invert', 'ior',
           'ipow', 'irshift', 'is_', 'is_not', 'isub', 'itemgetter',
           'itruediv', 'ixor', 'le', 'length_hint', 'lshift', 'lt',
           'matmul', 'methodcaller', 'mod', 'mul', 'ne', 'neg', 'not_',
           'or_', 'pos', 'pow', 'rshift', 'setitem', 'sub', 'truediv',
           'truth', 'xor']


# -- comparisons, truth, identity

def lt(a, b): return a < b
def le(a, b): return a <= b
def eq(a, b): return a == b
def ne(a, b): return a != b
def ge(a, b): return a >= b
def gt(a, b): return a > b
def not_(a): return not a
def truth(a): return bool(a)
def is_(a, b): return a is b
def is_not(a, b): return a is not b


# -- arithmetic and bits

def abs(a): return _builtins.abs(a)
def add(a, b): return a + b
def sub(a, b): return a - b
def mul(a, b): return a * b
def matmul(a, b): return a @ b
def truediv(a, b): return a / b
def floordiv(a, b): return a // b
def mod(a, b): return a % b
def pow(a, b): return a ** b
def neg(a): return -a
def pos(a): return +a
def and_(a, b): return a & b
def or_(a, b): return a | b
def xor(a, b): return a ^ b
def inv(a): return ~a
def lshift(a, b): return a << b
def rshift(a, b): return a >> b
invert = inv


def index(a):
    """a converted to an int by its __index__ method (TypeError if it has
    none): range() does exactly that conversion."""
    return range(a).stop


# -- sequences and mappings

def _is_sequence(x):
    """What CPython calls a sequence: indexable, and not a mapping."""
    return hasattr(type(x), '__getitem__') and not isinstance(x, dict)


def concat(a, b):
    """a + b for sequences."""
    if not _is_sequence(a):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    return a + b


def contains(a, b): return b in a
def getitem(a, b): return a[b]


def setitem(a, b, c):
    a[b] = c


def delitem(a, b):
    del a[b]


def countOf(a, b):
    """How many items of a are b or equal to b."""
    count = 0
    for item in a:
        if item is b or item == b:
            count += 1
    return count


def indexOf(a, b):
    """The position of the first item of a that is b or equals b."""
    position = 0
    for item in a:
        if item is b or item == b:
            return position
        position += 1
    raise ValueError('sequence.index(x): x not in sequence')


def length_hint(obj, default=0):
    """len(obj) if obj has a length, else its __length_hint__() (an
    estimate), else default."""
    default = index(default)
    kind = type(obj)
    if hasattr(kind, '__len__'):
        return len(obj)
    hint = getattr(kind, '__length_hint__', None)
    if hint is None:
        return default
    value = hint(obj)
    if value is NotImplemented:
        return default
    if not isinstance(value, int):
        raise TypeError('__length_hint__ must be an integer, not %s'
                        % type(value).__name__)
    if value < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return value


def call(obj, /, *args, **kwargs):
    """obj(*args, **kwargs)."""
    return obj(*args, **kwargs)


# -- in place: the updated object is returned, not stored

def iadd(a, b):
    a += b
    return a


def isub(a, b):
    a -= b
    return a


def imul(a, b):
    a *= b
    return a


def imatmul(a, b):
    a @= b
    return a


def itruediv(a, b):
    a /= b
    return a


def ifloordiv(a, b):
    a //= b
    return a


def imod(a, b):
    a %= b
    return a


def ipow(a, b):
    a **= b
    return a


def iand(a, b):
    a &= b
    return a


def ior(a, b):
    a |= b
    return a


def ixor(a, b):
    a ^= b
    return a


def ilshift(a, b):
    a <<= b
    return a


def irshift(a, b):
    a >>= b
    return a


def iconcat(a, b):
    """a += b for sequences."""
    if not _is_sequence(a):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    a += b
    return a


# -- callables that fetch: attrgetter, itemgetter, methodcaller

def _dotted_getter(path):
    names = path.split('.')
    if len(names) == 1:
        return lambda obj: getattr(obj, path)

    def fetch(obj):
        for name in names:
            obj = getattr(obj, name)
        return obj
    return fetch


class attrgetter:
    """attrgetter('a') fetches obj.a; attrgetter('a', 'b.c') fetches the
    tuple (obj.a, obj.b.c)."""
    __slots__ = ('_paths', '_fetch')

    def __init__(self, *paths):
        if not paths:
            raise TypeError('attrgetter expected 1 argument, got 0')
        for path in paths:
            if not isinstance(path, str):
                raise TypeError('attribute name must be a string')
        self._paths = paths
        getters = [_dotted_getter(path) for path in paths]
        if len(getters) == 1:
            self._fetch = getters[0]
        else:
            self._fetch = lambda obj: tuple([get(obj) for get in getters])

    def __call__(self, obj, /):
        return self._fetch(obj)

    def __repr__(self):
        return 'operator.attrgetter(%s)' % ', '.join(map(repr, self._paths))

    def __reduce__(self):
        return attrgetter, self._paths


class itemgetter:
    """itemgetter(k) fetches obj[k]; itemgetter(j, k) fetches the tuple
    (obj[j], obj[k])."""
    __slots__ = ('_keys', '_fetch')

    def __init__(self, *keys):
        if not keys:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._keys = keys
        if len(keys) == 1:
            key = keys[0]
            self._fetch = lambda obj: obj[key]
        else:
            self._fetch = lambda obj: tuple([obj[key] for key in keys])

    def __call__(self, obj, /):
        return self._fetch(obj)

    def __repr__(self):
        return 'operator.itemgetter(%s)' % ', '.join(map(repr, self._keys))

    def __reduce__(self):
        return itemgetter, self._keys


class methodcaller:
    """methodcaller('name', *args, **kwargs) calls obj.name(*args, **kwargs)."""
    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(*args, **kwargs):
        if len(args) < 2:
            raise TypeError('methodcaller needs at least one argument, the method name')
        self, name, *args = args
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = tuple(args)
        self._kwargs = kwargs

    def __call__(self, obj, /):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        shown = [repr(self._name)]
        shown += [repr(arg) for arg in self._args]
        shown += ['%s=%r' % item for item in self._kwargs.items()]
        return 'operator.methodcaller(%s)' % ', '.join(shown)


# -- the dunder names: operator.__add__ is operator.add, and so on

for _name in __all__:
    if _name[0].islower() and _name not in (
            'attrgetter', 'itemgetter', 'methodcaller', 'countOf', 'indexOf',
            'is_', 'is_not', 'length_hint', 'truth'):
        globals()['__%s__' % _name.rstrip('_')] = globals()[_name]
del _name


# the names CPython's C types have in messages ('operator.itemgetter')
from _pyedu import set_type_name as _set_type_name
for _cls in (attrgetter, itemgetter, methodcaller):
    _set_type_name(_cls, 'operator.' + _cls.__name__)
del _set_type_name, _cls
