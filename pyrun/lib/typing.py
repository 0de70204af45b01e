"""Type hints, as far as a program running without a type checker sees
them: the names exist, subscripting works (List[int], Stack[int]),
Union/Optional normalize as CPython's do, get_origin/get_args take them
apart, runtime_checkable protocols work with isinstance(), and TypedDict
and NamedTuple classes are made as CPython makes them."""

# (__all__: every public name, made at the end)

TYPE_CHECKING = False


class _SpecialForm:
    def __init__(self, name, origin=None):
        self._name = name
        self.__origin__ = origin

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == 'Union':
            return _union(params)
        if self._name == 'Optional':
            if len(params) != 1:
                raise TypeError(f"typing.Optional requires a single type. Got {params}.")
            return _union((params[0], None))
        return _GenericAlias(self, params)

    def __call__(self, *args, **kwargs):
        if self.__origin__ is not None:
            return self.__origin__(*args, **kwargs)
        raise TypeError(f"Cannot instantiate typing.{self._name}")

    def __repr__(self):
        return 'typing.' + self._name

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        if self.__origin__ is None:
            raise TypeError(f"typing.{self._name} cannot be used with isinstance()")
        return isinstance(obj, self.__origin__)

    def __mro_entries__(self, bases):
        return (self.__origin__,) if self.__origin__ is not None else (object,)


def _type_repr(a):
    """How typing shows a type: int, __main__.Stack, ..., typing.List[int]."""
    if isinstance(a, type):
        if a.__module__ == 'builtins':
            return a.__qualname__
        return f'{a.__module__}.{a.__qualname__}'
    if a is Ellipsis:
        return '...'
    if isinstance(a, list):
        return '[' + ', '.join(_type_repr(x) for x in a) + ']'
    if isinstance(a, type(_type_repr)):
        return a.__name__
    return repr(a)


def _set_if_possible(obj, name, value):
    """setattr, where obj accepts it (not a built-in or slotted object)."""
    try:
        setattr(obj, name, value)
    except AttributeError:
        pass


class _GenericAlias:
    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args

    @property
    def __parameters__(self):
        """The type variables still free in the args, each once, in order."""
        found = []
        for arg in self.__args__:
            inner = (arg,) if isinstance(arg, TypeVar) else getattr(arg, '__parameters__', ())
            if isinstance(arg, _GenericAlias) or isinstance(arg, TypeVar):
                found += [var for var in inner if var not in found]
        return tuple(found)

    def __getitem__(self, params):
        # Box[T][int]: the free type variables get the given types
        if not isinstance(params, tuple):
            params = (params,)
        variables = self.__parameters__
        if not variables:
            raise TypeError(f'{self!r} is not a generic class')
        _check_arity(self, params, len(variables))
        given = dict(zip(variables, params))
        return _GenericAlias(self.__origin__,
                             tuple(_substitute(arg, given) for arg in self.__args__))

    def __call__(self, *args, **kwargs):
        made = self.__origin__(*args, **kwargs)
        # the instance remembers its parameterized class, if it can
        _set_if_possible(made, '__orig_class__', self)
        return made

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __repr__(self):
        origin = self.__origin__
        head = _type_repr(origin) if isinstance(origin, type) else repr(origin)
        if not self.__args__:
            return f'{head}[()]'
        return f'{head}[{", ".join(_type_repr(a) for a in self.__args__)}]'

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __eq__(self, other):
        return (isinstance(other, _GenericAlias) and self.__origin__ == other.__origin__
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, _SpecialForm):
            origin = origin.__origin__
        return (origin,) if isinstance(origin, type) else (Generic,)


def _check_arity(generic, params, expected):
    if len(params) != expected:
        which = 'many' if len(params) > expected else 'few'
        raise TypeError(f'Too {which} arguments for {generic!r}; '
                        f'actual {len(params)}, expected {expected}')


def _substitute(arg, given):
    if isinstance(arg, TypeVar):
        return given.get(arg, arg)
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg[tuple(given.get(var, var) for var in arg.__parameters__)]
    return arg


class _UnionAlias(_GenericAlias):
    """Union[...] (and Optional[X], which is Union[X, None])."""

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return f'typing.Optional[{_type_repr(other)}]'
        return f'typing.Union[{", ".join(_type_repr(a) for a in args)}]'

    def __eq__(self, other):
        # Optional[int] == int | None: a union equals one of the same types
        if isinstance(other, (_UnionAlias, type(int | str))):
            return set(self.__args__) == set(other.__args__)
        return NotImplemented

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return isinstance(obj, tuple(a for a in self.__args__ if isinstance(a, type)))


def _union(params):
    """The args of a Union: flattened, None as NoneType, no repeats."""
    flat = []
    for p in params:
        if p is None:
            p = type(None)
        if isinstance(p, _UnionAlias):
            items = p.__args__
        else:
            items = (p,)
        for item in items:
            if item not in flat:
                flat.append(item)
    if len(flat) == 1:
        return flat[0]
    return _UnionAlias(Union, tuple(flat))


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
ClassVar = _SpecialForm('ClassVar')
Final = _SpecialForm('Final')
Union = _SpecialForm('Union')
Optional = _SpecialForm('Optional')
Literal = _SpecialForm('Literal')
Annotated = _SpecialForm('Annotated')
Concatenate = _SpecialForm('Concatenate')
Callable = _SpecialForm('Callable')
List = _SpecialForm('List', list)
Dict = _SpecialForm('Dict', dict)
Set = _SpecialForm('Set', set)
FrozenSet = _SpecialForm('FrozenSet', frozenset)
Tuple = _SpecialForm('Tuple', tuple)
Type = _SpecialForm('Type', type)
Text = str
AnyStr = _SpecialForm('AnyStr')
for _name in ['Iterable', 'Iterator', 'Generator', 'Sequence', 'Mapping', 'MutableMapping',
              'MutableSequence', 'MutableSet', 'AbstractSet', 'Hashable', 'Sized',
              'Collection', 'Container', 'Awaitable', 'Coroutine', 'AsyncIterator',
              'AsyncIterable', 'AsyncGenerator', 'Reversible', 'SupportsInt', 'SupportsFloat',
              'SupportsAbs', 'SupportsIndex', 'SupportsRound', 'IO', 'TextIO', 'BinaryIO',
              'Pattern', 'Match', 'ContextManager']:
    globals()[_name] = _SpecialForm(_name)


def _lazy(name, module, attr):
    return name


class _CollectionsAlias(_SpecialForm):
    def __init__(self, name, module, attr):
        super().__init__(name)
        self._module = module
        self._attr = attr

    @property
    def __origin__(self):
        return getattr(__import__(self._module), self._attr)

    @__origin__.setter
    def __origin__(self, value):
        pass


Deque = _CollectionsAlias('Deque', 'collections', 'deque')
DefaultDict = _CollectionsAlias('DefaultDict', 'collections', 'defaultdict')
OrderedDict = _CollectionsAlias('OrderedDict', 'collections', 'OrderedDict')
Counter = _CollectionsAlias('Counter', 'collections', 'Counter')
ChainMap = _CollectionsAlias('ChainMap', 'collections', 'ChainMap')


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]


class ParamSpec(TypeVar):
    pass


class Generic:
    """The base of generic classes: class Stack(Generic[T]); Stack[int]."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls is Protocol:
            if not all(isinstance(param, TypeVar) for param in params):
                raise TypeError(f'Parameters to {cls.__name__}[...] must all be type variables '
                                'or parameter specification variables.')
        else:
            expected = len(getattr(cls, '__parameters__', ()))
            if not expected:
                raise TypeError(f'{cls!r} is not a generic class')
            _check_arity(cls, params, expected)
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        # the type variables of the parameterized bases, in order, each once
        found = []
        for base in cls.__dict__.get('__orig_bases__', ()):
            for arg in getattr(base, '__args__', ()):
                if isinstance(arg, TypeVar) and arg not in found:
                    found.append(arg)
        cls.__parameters__ = tuple(found)


_PROTOCOL_SPECIAL = frozenset({'__abstractmethods__', '__annotations__', '__dict__', '__doc__',
                               '__init__', '__module__', '__new__', '__slots__',
                               '__subclasshook__', '__weakref__', '__class_getitem__',
                               '__qualname__', '__parameters__', '__orig_bases__',
                               '__init_subclass__', '_is_protocol', '_is_runtime_protocol'})


def _protocol_members(cls):
    members = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        for attr in list(base.__dict__) + list(base.__dict__.get('__annotations__', {})):
            if not attr.startswith('_abc_') and attr not in _PROTOCOL_SPECIAL:
                members.add(attr)
    return members


from abc import ABCMeta as _ABCMeta


def _provides(instance, protocol):
    """True if instance has every member of protocol.  A method the
    instance sets to None counts as missing (None is how a class opts out)."""
    for name in _protocol_members(protocol):
        if not hasattr(instance, name):
            return False
        if callable(getattr(protocol, name, None)) and getattr(instance, name) is None:
            return False
    return True


class _ProtocolMeta(_ABCMeta):
    def __instancecheck__(cls, instance):
        if getattr(cls, '_is_protocol', False):
            if not getattr(cls, '_is_runtime_protocol', False):
                raise TypeError('Instance and class checks can only be used with '
                                '@runtime_checkable protocols')
            return _provides(instance, cls) or super().__instancecheck__(instance)
        return super().__instancecheck__(instance)

    def __subclasscheck__(cls, other):
        if getattr(cls, '_is_protocol', False):
            if not getattr(cls, '_is_runtime_protocol', False):
                raise TypeError('Instance and class checks can only be used with '
                                '@runtime_checkable protocols')
            members = _protocol_members(cls)
            # a data member is only known to an instance: a class cannot show it
            if any(not callable(getattr(cls, name, None)) for name in members):
                raise TypeError("Protocols with non-method members don't support issubclass()")
            if not isinstance(other, type):
                raise TypeError('issubclass() arg 1 must be a class')
            if all(getattr(other, name, None) is not None for name in members):
                return True
        return super().__subclasscheck__(other)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """The base of protocols: classes that describe what an object can do
    (isinstance() checks it, with @runtime_checkable)."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        # a protocol is a class that names Protocol among its direct bases;
        # other subclasses are ordinary classes implementing it
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = Protocol in cls.__bases__


def runtime_checkable(cls):
    """Lets isinstance() check a protocol."""
    if not getattr(cls, '_is_protocol', False):
        raise TypeError(f'@runtime_checkable can be only applied to protocol classes, got {cls!r}')
    cls._is_runtime_protocol = True
    return cls


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of obj (a class: with its bases'), the ones written
    as strings evaluated (in the module of obj)."""
    import sys
    hints = {}
    if isinstance(obj, type):
        for klass in reversed(obj.__mro__):
            ann = klass.__dict__.get('__annotations__', {})
            module = sys.modules.get(klass.__module__)
            g = globalns if globalns is not None else getattr(module, '__dict__', {})
            l = localns if localns is not None else dict(vars(klass))
            for name, value in ann.items():
                hints[name] = _evaluate(value, g, l)
        return hints
    ann = getattr(obj, '__annotations__', None) or {}
    g = globalns if globalns is not None else getattr(obj, '__globals__', {})
    for name, value in ann.items():
        hints[name] = _evaluate(value, g, localns)
    return hints


def _evaluate(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, str):
        return eval(value, globalns, localns)
    return value


_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                         '_fields', '_field_defaults', '_make', '_replace', '_asdict',
                         '_source'})
_special = frozenset({'__module__', '__name__', '__annotations__', '__qualname__', '__doc__'})


def _defaulted_fields(annotations, namespace):
    """The fields (in order) that the class body gives a value, the defaults
    of the named tuple; CPython's TypeError if a field without a default
    follows one with."""
    defaulted = []
    for name in annotations:
        if name in namespace:
            defaulted.append(name)
        elif defaulted:
            plural = 's' if len(defaulted) > 1 else ''
            raise TypeError(f'Non-default namedtuple field {name} cannot follow '
                            f'default field{plural} {", ".join(defaulted)}')
    return defaulted


class NamedTupleMeta(type):
    """class P(NamedTuple): the class body's annotations are the fields, its
    values their defaults, its methods are added to the named tuple."""

    def __new__(cls, typename, bases, ns):
        from collections import namedtuple
        annotations = ns.get('__annotations__', {})
        defaulted = _defaulted_fields(annotations, ns)
        made = namedtuple(typename, list(annotations),
                          defaults=[ns[name] for name in defaulted],
                          module=ns.get('__module__', '__main__'))
        made.__annotations__ = dict(annotations)
        for name, value in ns.items():
            if name in _prohibited:
                raise AttributeError(f'Cannot overwrite NamedTuple attribute {name}')
            if name not in _special and name not in made._fields:
                setattr(made, name, value)
        return made


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple: class P(NamedTuple): x: int"""
    from collections import namedtuple
    if fields is None:
        fields = kwargs.items()
    nt = namedtuple(typename, [name for name, _ in fields], module='__main__')
    nt.__annotations__ = dict(fields)
    return nt


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    """class Movie(TypedDict): a class whose instances are plain dicts; it
    records the keys (required ones with total=True, optional ones else),
    its bases' keys included."""

    def __new__(cls, name, bases, ns, total=True):
        typed = type.__new__(_TypedDictMeta, name, (dict,), ns)
        own = ns.get('__annotations__', {})
        inherited = [base.__dict__ for base in bases]
        annotations = {}
        for namespace in inherited:
            annotations.update(namespace.get('__annotations__', {}))
        annotations.update(own)
        required = {key for base in inherited for key in base.get('__required_keys__', ())}
        optional = {key for base in inherited for key in base.get('__optional_keys__', ())}
        (required if total else optional).update(own)
        typed.__annotations__ = annotations
        typed.__required_keys__ = frozenset(required)
        typed.__optional_keys__ = frozenset(optional)
        # a __total__ the class body sets itself stays
        typed.__total__ = ns.get('__total__', total)
        return typed

    __call__ = dict

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type with typed keys: class Movie(TypedDict): name: str; the
    values it makes are plain dicts."""
    keys = kwargs if fields is None else fields
    namespace = {'__annotations__': dict(keys), '__module__': '__main__'}
    return _TypedDictMeta(typename, (), namespace, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


class NewType:
    """A distinct name for a type, for a type checker: UserId = NewType('UserId',
    int).  Called, it gives back its argument unchanged."""

    def __init__(self, name, tp):
        import sys
        self.__qualname__ = self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = sys._getframe(1).f_globals.get('__name__', '__main__')

    def __mro_entries__(self, bases):
        # the message names the subclass, known only once the class is made:
        # a stand-in base refuses it then
        supertype_name = self.__name__

        class Refuser:
            def __init_subclass__(cls):
                raise TypeError('Cannot subclass an instance of NewType. Perhaps you were '
                                f"looking for: `{cls.__name__} = NewType({cls.__name__!r}, "
                                f"{supertype_name})`")
        return (Refuser,)

    def __call__(self, x):
        return x

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def get_origin(tp):
    """The unsubscripted form: list for List[int], Union for int | str, None
    for a plain type."""
    if isinstance(tp, _UnionAlias):
        return Union
    if isinstance(tp, _GenericAlias):
        origin = tp.__origin__
        if isinstance(origin, _SpecialForm):
            if origin.__origin__ is not None:
                return origin.__origin__
            if origin._name == 'Callable':
                import collections.abc
                return collections.abc.Callable
        return origin
    if isinstance(tp, (type(list[int]), type(int | str))):
        return getattr(tp, '__origin__', None) if isinstance(tp, type(list[int])) else \
            type(int | str)
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    """The arguments: (int,) for List[int], ([int], str) for Callable[[int], str]."""
    if isinstance(tp, _GenericAlias):
        args = tp.__args__
        origin = tp.__origin__
        if isinstance(origin, _SpecialForm) and origin._name == 'Callable' and args \
                and args[0] is not Ellipsis and isinstance(args[0], list):
            return args
        return args
    if isinstance(tp, type(list[int])):
        return tp.__args__
    if isinstance(tp, type(int | str)):
        return tp.__args__
    return ()


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def assert_type(val, typ, /):
    return val


def reveal_type(obj, /):
    import sys
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


def dataclass_transform(**kwargs):
    return lambda cls_or_fn: cls_or_fn


Required = _SpecialForm('Required')
NotRequired = _SpecialForm('NotRequired')
Unpack = _SpecialForm('Unpack')
TypeGuard = _SpecialForm('TypeGuard')
TypeVarTuple = TypeVar


__all__ = [_n for _n in list(globals()) if not _n.startswith('_')]
