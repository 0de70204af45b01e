"""The registry pickle and copy consult, as CPython's copyreg module.

- dispatch_table maps a class to a function that reduces its instances
  (registered with pickle(cls, function));
- __newobj__, __newobj_ex__ and _reconstructor are the callables the
  default recipes name: a pickle refers to them by module and name;
- the extension registry gives (module, name) pairs a small code, for the
  EXT1/EXT2/EXT4 opcodes of protocol 2 and above.

_reduce_object(obj, protocol) builds the default recipe: what
object.__reduce_ex__ returns for an object whose class does not say itself
how to reduce it (pyrun's object.__reduce_ex__ calls it)."""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

# class -> the function that reduces its instances (pickle() fills it)
dispatch_table = {}


def _must_be_callable(value, what):
    if not callable(value):
        raise TypeError(f"{what} must be callable")


def constructor(object):
    """Checks that object can rebuild instances (nothing is recorded)."""
    _must_be_callable(object, "constructors")


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Registers pickle_function to reduce the instances of ob_type."""
    _must_be_callable(pickle_function, "reduction functions")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def _complex_recipe(number):
    return complex, (number.real, number.imag)


# a complex number is rebuilt from its two parts, at every protocol
pickle(complex, _complex_recipe, complex)


# ---- the callables default recipes name ------------------------------------------------

def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _reconstructor(cls, base, state):
    """Protocols 0 and 1: an instance of cls made as its built-in base
    would make it from state (object: from nothing)."""
    if base is object:
        return object.__new__(cls)
    made = base.__new__(cls, state)
    if base.__init__ is not object.__init__:
        base.__init__(made, state)
    return made


# ---- the default recipes -------------------------------------------------------------

def _written_in_python(cls):
    # a class statement puts __module__ in the class's own namespace; the
    # interpreter's own types are made without one
    return '__module__' in cls.__dict__


def _first_builtin_base(cls):
    for klass in cls.__mro__:
        if not _written_in_python(klass):
            return klass
    return object


def _cannot_pickle(cls):
    name = cls.__qualname__ if cls.__module__ == 'builtins' \
        else f'{cls.__module__}.{cls.__qualname__}'
    return TypeError(f'cannot pickle {name!r} object')


def _has_default_getstate(cls):
    return getattr(cls, '__getstate__', None) is object.__getstate__


def _reduce_ex(self, proto):
    """The recipe of protocols 0 and 1: _reconstructor(cls, base, value)
    where base is the built-in class below cls and value what base makes
    of the object, then the state."""
    cls = type(self)
    base = _first_builtin_base(cls)
    value = None
    if base is not object:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        value = base(self)
    recipe = (_reconstructor, (cls, base, value))
    if _has_default_getstate(cls) and getattr(self, '__slots__', None):
        raise TypeError("a class that defines __slots__ without defining "
                        "__getstate__ cannot be pickled")
    state = self.__getstate__()
    return recipe + (state,) if state else recipe


def _newargs(obj):
    """(args, kwargs) for cls.__new__, from __getnewargs_ex__ or
    __getnewargs__; (None, None) when the class has neither."""
    if hasattr(obj, '__getnewargs_ex__'):
        pair = obj.__getnewargs_ex__()
        if not isinstance(pair, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not "
                            f"'{type(pair).__name__}'")
        if len(pair) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, "
                             f"not {len(pair)}")
        args, kwargs = pair
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ "
                            f"must be a tuple, not '{type(args).__name__}'")
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ "
                            f"must be a dict, not '{type(kwargs).__name__}'")
        return args, kwargs
    if hasattr(obj, '__getnewargs__'):
        args = obj.__getnewargs__()
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, not "
                            f"'{type(args).__name__}'")
        return args, None
    return None, None


def _state_of(obj, required):
    """What __getstate__ gives.  When nothing else rebuilds the object
    (required), the default __getstate__ must not be trusted with a
    built-in type other than object, list and dict: their contents are not
    attributes, and would be lost."""
    cls = type(obj)
    if required and _has_default_getstate(cls):
        for klass in cls.__mro__:
            if not _written_in_python(klass) and klass not in (object, list, dict) \
                    and not issubclass(klass, BaseException):
                raise _cannot_pickle(cls)
    return obj.__getstate__()


def _reduce_object(obj, protocol):
    """object.__reduce_ex__(protocol) for obj."""
    if protocol < 2:
        return _reduce_ex(obj, protocol)
    cls = type(obj)
    args, kwargs = _newargs(obj)
    state = _state_of(obj, args is None and not isinstance(obj, (list, dict)))
    if kwargs:
        build, build_args = __newobj_ex__, (cls, args, kwargs)
    else:
        build, build_args = __newobj__, (cls,) + (args or ())
    items = iter(obj) if isinstance(obj, list) else None
    pairs = iter(obj.items()) if isinstance(obj, dict) else None
    return build, build_args, state, items, pairs


def _slotnames(cls):
    """The names of cls's __slots__ entries, its bases' too, as they are
    stored (__x in class C is _C__x); cached in cls.__slotnames__."""
    cached = cls.__dict__.get('__slotnames__')
    if cached is not None:
        return cached
    names = []
    if hasattr(cls, '__slots__'):
        for klass in cls.__mro__:
            declared = klass.__dict__.get('__slots__', ())
            if isinstance(declared, str):
                declared = (declared,)
            for name in declared:
                if name in ('__dict__', '__weakref__'):
                    continue
                if name.startswith('__') and not name.endswith('__'):
                    owner = klass.__name__.lstrip('_')
                    if owner:
                        name = f'_{owner}{name}'
                names.append(name)
    try:
        cls.__slotnames__ = names
    except (AttributeError, TypeError):
        pass
    return names


# ---- the extension registry ----------------------------------------------------------

_extension_registry = {}    # (module, name) -> code
_inverted_registry = {}     # code -> (module, name)
_extension_cache = {}       # code -> object


def _check_code(code):
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    return code


def add_extension(module, name, code):
    """Gives the global module.name the code, for pickles to refer to it."""
    code = _check_code(code)
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return
    if key in _extension_registry:
        raise ValueError(f"key {key} is already registered with code "
                         f"{_extension_registry[key]}")
    if code in _inverted_registry:
        raise ValueError(f"code {code} is already in use for key {_inverted_registry[code]}")
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError(f"key {key} is not registered with code {code}")
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
