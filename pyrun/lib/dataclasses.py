"""Data classes, as CPython's dataclasses (the common parts): @dataclass
with init, repr, eq, order, frozen, field() with defaults and factories,
fields(), asdict(), astuple(), replace()."""

import copy as _copy

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    """The type of MISSING, "no default given" (shown as any object is, as in CPython)."""


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class InitVar:
    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)


_MappingProxy = type(type.__dict__)
_EMPTY_METADATA = _MappingProxy({})


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        # name, type and kind are known once @dataclass reads the class
        self.name = self.type = self._field_type = None
        self.default, self.default_factory = default, default_factory
        self.init, self.repr, self.hash, self.compare = init, repr, hash, compare
        # the metadata is read-only (a mappingproxy), as in CPython
        self.metadata = _EMPTY_METADATA if metadata is None else _MappingProxy(metadata)
        self.kw_only = kw_only

    def __repr__(self):
        return (f'Field(name={self.name!r},type={self.type!r},default={self.default!r},'
                f'default_factory={self.default_factory!r},init={self.init!r},'
                f'repr={self.repr!r},hash={self.hash!r},compare={self.compare!r},'
                f'metadata={self.metadata!r},kw_only={self.kw_only!r},'
                f'_field_type={self._field_type})')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'


class _DataclassParams:
    """The options @dataclass was given: the class's __dataclass_params__."""

    OPTIONS = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, *values):
        for option, value in zip(self.OPTIONS, values):
            setattr(self, option, value)

    def __repr__(self):
        shown = ','.join(f'{option}={getattr(self, option)!r}' for option in self.OPTIONS)
        return f'_DataclassParams({shown})'


def _is_classvar(tp):
    text = tp if isinstance(tp, str) else repr(tp)
    return text.startswith('ClassVar') or text.startswith('typing.ClassVar')


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    fields = {}
    dataclass_bases = [b for b in cls.__mro__[-1:0:-1] if getattr(b, _FIELDS, None) is not None]
    for b in dataclass_bases:
        fields.update((f.name, f) for f in getattr(b, _FIELDS).values())
    # a frozen dataclass and a mutable one cannot derive from each other
    if dataclass_bases:
        frozen_base = any(getattr(b, _PARAMS).frozen for b in dataclass_bases)
        if frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if frozen and not frozen_base:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    annotations = cls.__dict__.get('__annotations__', {})
    own = []
    kw_only_now = kw_only
    for name, tp in annotations.items():
        if tp is KW_ONLY or (isinstance(tp, str) and tp.endswith('KW_ONLY')):
            kw_only_now = True
            continue
        if _is_classvar(tp):
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            if isinstance(default, (list, dict, set)):
                raise ValueError(f'mutable default {type(default)} for field {name} is not '
                                 'allowed: use default_factory')
            f = field(default=default)
        f.name = name
        f.type = tp
        f._field_type = 'InitVar' if isinstance(tp, InitVar) else '_FIELD'
        if f.kw_only is MISSING:
            f.kw_only = kw_only_now
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        own.append(f)
        fields[name] = f
    setattr(cls, _FIELDS, fields)
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    all_fields = [f for f in fields.values() if f._field_type == '_FIELD']
    init_fields = [f for f in fields.values() if f.init]

    if init:
        seen_default = False
        for f in init_fields:
            if f.kw_only:
                continue
            if f.default is not MISSING or f.default_factory is not MISSING:
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')
        _set_new_attribute(cls, '__init__', _make_init(cls, init_fields, frozen))
    if repr:
        repr_fields = [f for f in all_fields if f.repr]

        def __repr__(self):
            return (self.__class__.__qualname__ + '(' +
                    ', '.join(f'{f.name}={getattr(self, f.name)!r}' for f in repr_fields) + ')')
        __repr__.__qualname__ = f'{cls.__qualname__}.__repr__'
        _set_new_attribute(cls, '__repr__', _recursive_repr(__repr__))
    cmp_fields = [f for f in all_fields if f.compare]

    def as_tuple(self):
        return tuple(getattr(self, f.name) for f in cmp_fields)

    if eq:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return as_tuple(self) == as_tuple(other)
            return NotImplemented
        _set_new_attribute(cls, '__eq__', _owned_by(cls, __eq__))
    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')
        for name, op in [('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                         ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)]:
            def method(self, other, op=op):
                if other.__class__ is self.__class__:
                    return op(as_tuple(self), as_tuple(other))
                return NotImplemented
            if name in cls.__dict__:
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                'Consider using functools.total_ordering')
            method.__name__ = name
            setattr(cls, name, _owned_by(cls, method))
    has_explicit_hash = '__hash__' in cls.__dict__ and cls.__dict__['__hash__'] is not None
    # a field's hash= says whether it is hashed; left None, its compare= does
    hash_fields = [f for f in all_fields if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash and has_explicit_hash:
        raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
    if unsafe_hash or (eq and frozen):
        def __hash__(self):
            return hash(tuple(getattr(self, f.name) for f in hash_fields))
        if not has_explicit_hash:
            cls.__hash__ = _owned_by(cls, __hash__)
    elif eq and not has_explicit_hash:
        cls.__hash__ = None
    if frozen:
        def __setattr__(self, name, value):
            if type(self) is cls or name in fields:
                raise FrozenInstanceError(f'cannot assign to field {name!r}')
            super(cls, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in fields:
                raise FrozenInstanceError(f'cannot delete field {name!r}')
            super(cls, self).__delattr__(name)
        cls.__setattr__ = _owned_by(cls, __setattr__)
        cls.__delattr__ = _owned_by(cls, __delattr__)
    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in init_fields if not f.kw_only)
    if not getattr(cls, '__doc__'):
        try:
            cls.__doc__ = cls.__name__ + '(' + ', '.join(f'{f.name}' for f in init_fields) + ')'
        except Exception:
            pass
    return cls


def _owned_by(cls, method):
    """method, named as a method of cls (Point.__eq__) as CPython names the
    methods it generates."""
    method.__qualname__ = f'{cls.__qualname__}.{method.__name__}'
    return method


def _recursive_repr(user_function):
    running = set()

    def wrapper(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            return user_function(self)
        finally:
            running.discard(key)
    wrapper.__qualname__ = user_function.__qualname__
    wrapper.__name__ = '__repr__'
    return wrapper


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _make_init(cls, init_fields, frozen):
    """__init__ made as text and compiled, as CPython does, so that a wrong
    call gets Python's own TypeError."""
    globals_ = {'MISSING': MISSING, '__dataclass_builtins_object__': object}
    params = []
    kw_params = []
    body = []
    for f in init_fields:
        default_name = f'__dataclass_dflt_{f.name}__'
        if f.default_factory is not MISSING:
            globals_[default_name] = f.default_factory
            param = f'{f.name}=__dataclass_HAS_DEFAULT_FACTORY__'
            value = f'{default_name}() if {f.name} is __dataclass_HAS_DEFAULT_FACTORY__ else {f.name}'
        elif f.default is not MISSING:
            globals_[default_name] = f.default
            param = f'{f.name}={default_name}'
            value = f.name
        else:
            param = f.name
            value = f.name
        (kw_params if f.kw_only else params).append(param)
        if f._field_type == '_FIELD':
            if frozen:
                body.append(f'__dataclass_builtins_object__.__setattr__(self, {f.name!r}, {value})')
            else:
                body.append(f'self.{f.name} = {value}')
    globals_['__dataclass_HAS_DEFAULT_FACTORY__'] = _HAS_DEFAULT_FACTORY
    if '__post_init__' in dir(cls):
        init_vars = [f.name for f in init_fields if f._field_type == 'InitVar']
        body.append(f'self.__post_init__({", ".join(init_vars)})')
    if not body:
        body = ['pass']
    all_params = ['self'] + params
    if kw_params:
        all_params += ['*'] + kw_params
    text = f'def __init__({", ".join(all_params)}):\n' + ''.join(f'    {line}\n' for line in body)
    exec(text, globals_)
    fn = globals_['__init__']
    fn.__qualname__ = f'{cls.__qualname__}.__init__'
    return fn


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False):
    """Add dunder methods based on the fields defined in the class."""
    def wrap(cls):
        cls = _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                             kw_only, slots)
        if slots:
            cls = _add_slots(cls, frozen)
        return cls
    if cls is None:
        return wrap
    return wrap(cls)


def _slot_names(cls):
    """The names cls's own __slots__ declares (a single string is one name)."""
    declared = cls.__dict__.get('__slots__', ())
    return (declared,) if isinstance(declared, str) else tuple(declared)


def _add_slots(cls, is_frozen):
    """The class made again with __slots__ for its fields (slots=True):
    slots cannot be added to a class that exists.  Fields a base already
    has a slot for get none of their own."""
    names = [f.name for f in fields(cls)]
    taken = {slot for base in cls.__mro__[1:-1] for slot in _slot_names(base)}
    # the class attributes the slots replace (defaults, __dict__) are left out
    namespace = {key: value for key, value in cls.__dict__.items()
                 if key not in names and key not in ('__dict__', '__weakref__')}
    namespace['__slots__'] = tuple(name for name in names if name not in taken)
    remade = type(cls)(cls.__name__, cls.__bases__, namespace)
    remade.__qualname__ = cls.__qualname__
    if is_frozen:
        # without a __dict__, pickling and copying need to be told the state
        if '__getstate__' not in namespace:
            remade.__getstate__ = _dataclass_getstate
        if '__setstate__' not in namespace:
            remade.__setstate__ = _dataclass_setstate
    return remade


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    # a frozen instance refuses setattr: object.__setattr__ goes around it
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type == '_FIELD')


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if is_dataclass(obj) and not isinstance(obj, type):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if is_dataclass(obj) and not isinstance(obj, type):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values."""
    for f in getattr(obj, _FIELDS).values():
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be '
                                 'specified with replace()')
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    namespace = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            annotations[item] = 'typing.Any'
        elif len(item) == 2:
            annotations[item[0]] = item[1]
        else:
            annotations[item[0]] = item[1]
            namespace[item[0]] = item[2]
    namespace['__annotations__'] = annotations
    cls = type(cls_name, bases, namespace)
    return dataclass(cls, **kwargs)
