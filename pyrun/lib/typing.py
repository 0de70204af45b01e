"""Type hints, as far as a program running without a type checker sees
them: the names exist, subscripting works (List[int]), and the special
forms do nothing at run time."""

__all__ = ['Any', 'Callable', 'ClassVar', 'Dict', 'FrozenSet', 'Generator', 'Generic',
           'Iterable', 'Iterator', 'List', 'Literal', 'Mapping', 'NamedTuple', 'Optional',
           'Protocol', 'Sequence', 'Set', 'Tuple', 'Type', 'TypeVar', 'Union', 'cast',
           'overload', 'TYPE_CHECKING', 'Final', 'final', 'Deque', 'DefaultDict',
           'Counter', 'OrderedDict', 'Awaitable', 'Coroutine', 'AsyncIterator',
           'AsyncIterable', 'Hashable', 'Sized', 'Collection', 'Container',
           'MutableMapping', 'MutableSequence', 'MutableSet', 'AbstractSet', 'NoReturn',
           'Self', 'TypeAlias', 'get_type_hints', 'no_type_check', 'runtime_checkable',
           'Reversible', 'SupportsInt', 'SupportsFloat', 'Annotated', 'TypedDict',
           'ParamSpec', 'Concatenate', 'Never', 'LiteralString', 'IO', 'TextIO', 'Pattern',
           'Match', 'AnyStr', 'Text']

TYPE_CHECKING = False


class _SpecialForm:
    def __init__(self, name, origin=None):
        self._name = name
        self.__origin__ = origin

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
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


class _GenericAlias:
    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self.__origin__, params)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __repr__(self):
        def name(a):
            if isinstance(a, type):
                return a.__name__ if a.__module__ == 'builtins' else f'{a.__module__}.{a.__qualname__}'
            if a is Ellipsis:
                return '...'
            return repr(a)
        return f'{self.__origin__!r}[{", ".join(name(a) for a in self.__args__)}]'

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
    """The base of generic classes: Generic[T] is Generic."""

    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    pass


def runtime_checkable(cls):
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
    hints = {}
    for klass in reversed(getattr(obj, '__mro__', (obj,))):
        hints.update(getattr(klass, '__annotations__', {}))
    return hints


_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                         '_fields', '_field_defaults', '_make', '_replace', '_asdict',
                         '_source'})
_special = frozenset({'__module__', '__name__', '__annotations__', '__qualname__', '__doc__'})


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        from collections import namedtuple
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = namedtuple(typename, list(types),
                            defaults=[ns[n] for n in default_names],
                            module=ns.get('__module__', '__main__'))
        nm_tpl.__annotations__ = dict(types)
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


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


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    return dict


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__supertype__ = tp
    return new_type
