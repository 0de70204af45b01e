"""Enumerations, as CPython's enum (the common parts): Enum, IntEnum,
StrEnum, Flag, IntFlag, auto, unique, verify and its checks, member,
nonmember, the boundaries of a Flag (STRICT, CONFORM, EJECT, KEEP) and
_ignore_."""

__all__ = ['EnumMeta', 'EnumType', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'member', 'nonmember', 'FlagBoundary',
           'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS',
           'UNIQUE', 'verify', 'show_flag_values']


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""
    _counter = 0

    def __init__(self):
        auto._counter += 1
        self._order = auto._counter

    def __repr__(self):
        return 'auto(...)'


class member:
    """Wraps a value the class body makes a member though it would not be
    one (a function, say)."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Wraps a value the class body keeps as a plain class attribute."""

    def __init__(self, value):
        self.value = value


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1:2] != '_' and name[-2:-1] != '_'


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


class _EnumDict(dict):
    """The class body's namespace: remembers the members in order."""

    def __init__(self, class_name=None):
        super().__init__()
        self._class_name = class_name
        self._member_names = []
        self._last_values = []
        self._ignored = []      # the names _ignore_ lists: left out of the class

    def _is_member(self, key, value):
        if key in self._ignored or key == '_ignore_':
            return False
        return not (_is_dunder(key) or _is_sunder(key) or _is_descriptor(value)
                    or key.startswith('_'))

    def __setitem__(self, key, value):
        if isinstance(value, type) and value.__qualname__ == f'{self._class_name}.{value.__name__}':
            import warnings
            warnings.warn('In 3.13 classes created inside an enum will not become a member.  '
                          'Use the `member` decorator to keep the current behavior.',
                          DeprecationWarning, stacklevel=2)
        if key == '_ignore_':
            self._ignored = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
        if isinstance(value, nonmember):
            value = value.value
        elif not isinstance(value, member) and not self._is_member(key, value):
            pass
        elif key in self._member_names:
            raise TypeError(f'{key!r} already defined as {self[key]!r}')
        elif key in self:
            raise TypeError(f'{key!r} already defined as {self[key]!r}')
        else:
            if isinstance(value, member):
                value = value.value
            self._member_names.append(key)
            if isinstance(value, auto):
                value = self['_generate_next_value_'](key, 1, len(self._member_names) - 1,
                                                      self._last_values[:])
            self._last_values.append(value)
        super().__setitem__(key, value)


class EnumType(type):
    """Metaclass for Enum"""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        enum_dict = _EnumDict(cls)
        # auto() values come from the last enum base (the mixed-in types come
        # first), as in CPython: IntFlag(int, ReprEnum, Flag) counts as Flag
        enum_bases = [base for base in bases if isinstance(base, EnumType)]
        if enum_bases:
            generate = getattr(enum_bases[-1], '_generate_next_value_', None)
            if generate is not None:
                dict.__setitem__(enum_dict, '_generate_next_value_', generate)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, **kwds):
        member_names = list(getattr(classdict, '_member_names', []))
        left_out = ['_ignore_', *getattr(classdict, '_ignored', [])]
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError(f'<enum {cls!r}> cannot extend {base!r}')
        members = {name: classdict[name] for name in member_names}
        body = {k: v for k, v in classdict.items() if k not in members and k not in left_out}
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        mixin = object
        for base in enum_class.__mro__[1:]:
            if base is not object and not isinstance(base, EnumType):
                mixin = base
                break
        enum_class._member_type_ = mixin
        # a flag's boundary (what its values with unknown bits become) is
        # its own or its base's (Flag itself is made while the name is None)
        if issubclass(enum_class, Flag) if Flag is not None else cls == 'Flag':
            enum_class._boundary_ = boundary or getattr(enum_class, '_boundary_', None)
        # the mixed-in type's repr and friends must not win over the enum's
        first_enum = None
        for base in reversed(bases):
            if isinstance(base, EnumType):
                first_enum = base
                break
        if first_enum is not None:
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name not in classdict:
                    found = getattr(enum_class, name)
                    if found in (getattr(mixin, name), getattr(object, name)):
                        type.__setattr__(enum_class, name, getattr(first_enum, name))
        custom_init = None
        for klass in enum_class.__mro__:
            if isinstance(klass, EnumType) and '__init__' in klass.__dict__:
                custom_init = klass.__dict__['__init__']
                break
        custom_new = None
        for klass in enum_class.__mro__:
            if klass is object or klass is mixin:
                break
            if '__new__' in klass.__dict__ and klass.__name__ not in ('Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag'):
                custom_new = klass.__dict__['__new__']
                break
        for name, value in members.items():
            args = value if isinstance(value, tuple) else (value,)
            if custom_new is not None:
                member = custom_new(enum_class, *args)
                if not hasattr(member, '_value_'):
                    member._value_ = value
            elif mixin is object:
                member = object.__new__(enum_class)
                member._value_ = value
            else:
                member = mixin.__new__(enum_class, *args)
                member._value_ = mixin(*args) if not (mixin is str and len(args) > 1) else member
            value = member._value_
            member._name_ = name
            member.__objclass__ = enum_class
            if custom_init is not None:
                custom_init(member, *args)
            existing = enum_class._value2member_map_.get(value) if _hashable(value) else None
            if existing is not None:
                member = existing
            else:
                # a flag made of several bits (or none) is an alias: not iterated
                if enum_class._is_canonical_(value):
                    enum_class._member_names_.append(name)
                if _hashable(value):
                    enum_class._value2member_map_[value] = member
            enum_class._member_map_[name] = member
            type.__setattr__(enum_class, name, member)
        enum_class._members_defined_()
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1):
        if names is not None:
            return cls._create_(value, names, module=module, qualname=qualname, type=type,
                                start=start)
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        # a flag of boundary EJECT gives a value with unknown bits as a plain int
        if getattr(cls, '_boundary_', None) is EJECT and isinstance(result, int):
            return result
        raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        classdict = cls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            names = [(name, i) for i, name in enumerate(names, start)]
        items = names.items() if isinstance(names, dict) else names
        for name, value in items:
            classdict[name] = value
        enum_class = cls.__class__.__new__(cls.__class__, class_name, bases, classdict)
        enum_class.__module__ = module or '__main__'
        if qualname is not None:
            enum_class.__qualname__ = qualname
        return enum_class

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        # 3.11 accepts only members here (3.12 will also accept values)
        if not isinstance(member, Enum):
            import warnings
            warnings.warn('in 3.12 __contains__ will no longer raise TypeError, but will '
                          'return True or\nFalse depending on whether the value is a member '
                          'or the value of a member', DeprecationWarning, stacklevel=2)
            raise TypeError(f"unsupported operand type(s) for 'in': "
                            f"'{type(member).__qualname__}' and '{type(cls).__qualname__}'")
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return _MappingProxy(cls._member_map_)

    def __repr__(cls):
        kind = 'flag' if Flag is not None and issubclass(cls, Flag) else 'enum'
        return f'<{kind} {cls.__name__!r}>'

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(f'{cls.__name__!r} cannot delete member {attr!r}.')
        super().__delattr__(attr)


EnumMeta = EnumType
Flag = None     # (defined below; EnumType's repr asks for it)
_MappingProxy = type(type.__dict__)


def _hashable(value):
    try:
        hash(value)
        return True
    except TypeError:
        return False


class _MemberField:
    """A member's name or value: read-only, as in CPython (whose messages
    name the class that defines the field)."""

    def __init__(self, attribute, doc):
        self.attribute = attribute
        self.__doc__ = doc

    def __set_name__(self, owner, name):
        self.owner = owner
        self.name = name

    def __get__(self, member, owner=None):
        if member is None:
            return self
        return getattr(member, self.attribute)

    def __set__(self, member, value):
        raise AttributeError(f'{self.owner!r} cannot set attribute {self.name!r}')

    def __delete__(self, member):
        raise AttributeError(f'{self.owner!r} cannot delete attribute {self.name!r}')


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The value of an auto() member: one more than the last value.
        CPython 3.11 is moving to "one more than the highest value": where
        the two differ, or the values cannot be ordered or incremented, it
        warns, and then takes the first value from the end (of the values,
        sorted if they could be) that can be incremented, or start."""
        if not last_values:
            return start
        newest = last_values[-1]
        try:
            last_values.sort()      # (in place, as CPython does: it decides the fallback)
            if newest == last_values[-1]:
                return newest + 1
        except TypeError:
            pass
        import warnings
        warnings.warn('In 3.13 the default `auto()`/`_generate_next_value_` will require '
                      'all values to be sortable and support adding +1\n'
                      'and the value returned will be the largest value in the enum '
                      'incremented by 1', DeprecationWarning, stacklevel=3)
        for value in last_values[::-1]:
            try:
                return value + 1
            except TypeError:
                continue
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    # hooks of the class statement (Flag redefines them)
    @classmethod
    def _is_canonical_(cls, value):
        return True

    @classmethod
    def _members_defined_(cls):
        pass

    _value_repr_ = None

    def __repr__(self):
        show_value = type(self)._value_repr_ or repr
        return f'<{type(self).__name__}.{self._name_}: {show_value(self._value_)}>'

    def __str__(self):
        return f'{type(self).__name__}.{self._name_}'

    def __format__(self, format_spec):
        # formatted as its str(): 'Color.RED', padded or aligned as asked
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        # pickled as a call of the class with the value, which finds the member
        return type(self), (self._value_,)

    # a member is a singleton: a copy of it is itself
    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        return ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']

    name = _MemberField('_name_', 'The name of the Enum member.')
    value = _MemberField('_value_', 'The value of the Enum member.')


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    """What a Flag makes of a value with bits none of its members has:
    refuses it (STRICT), drops those bits (CONFORM), gives a plain int
    (EJECT), or keeps them in a pseudo-member (KEEP)."""
    STRICT = 'strict'
    CONFORM = 'conform'
    EJECT = 'eject'
    KEEP = 'keep'


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


def _bits_shown(number, width):
    """number in binary as CPython's Flag errors show it: the sign digit,
    a space, then at least width digits ('0b0 0111')."""
    ceiling = 1 << number.bit_length()
    if number >= 0:
        text = bin(number + ceiling).replace('1', '0', 1)
    else:
        text = bin(~number ^ (ceiling - 1) + ceiling)
    sign, digits = text[:3], text[3:]
    if len(digits) < width:
        digits = (sign[-1] * width + digits)[-width:]
    return f'{sign} {digits}'


def _is_single_bit(value):
    return value > 0 and value & (value - 1) == 0


class Flag(Enum, boundary=STRICT):
    """Support for flags: members combine with | & ^ ~.

    The members of one bit are the canonical ones (a class iterates
    them); a member of several bits is an alias.  A combination that is
    not a member gets a pseudo-member, named after its canonical members
    ('R|W').  Flag refuses values with bits no member has (boundary
    STRICT); IntFlag keeps them (KEEP)."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        return 1 << max(last_values).bit_length()

    @classmethod
    def _is_canonical_(cls, value):
        return isinstance(value, int) and _is_single_bit(value)

    @classmethod
    def _members_defined_(cls):
        # the bits of the canonical members, and all the bits up to the highest
        mask = 0
        for name in cls._member_names_:
            mask |= cls._member_map_[name]._value_
        cls._flag_mask_ = mask
        cls._all_bits_ = (1 << mask.bit_length()) - 1

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        given = value
        all_bits, mask = cls._all_bits_, cls._flag_mask_
        # in range: from ~all_bits to all_bits, without bits that no member has
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ mask):
            boundary = cls._boundary_
            if boundary is STRICT:
                width = max(value.bit_length(), mask.bit_length())
                raise ValueError(f'{cls!r} invalid value {given!r}\n'
                                 f'    given {_bits_shown(value, width)}\n'
                                 f'  allowed {_bits_shown(mask, width)}')
            if boundary is CONFORM:
                value &= mask
            elif boundary is EJECT:
                return value
            elif value < 0:
                value += max(all_bits + 1, 1 << value.bit_length())
        if value < 0:
            value += all_bits + 1       # ~x counts in the flag's own bits
        unknown = value & ~mask
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = [member._name_ for member in cls._members_of(value)]
        if not names:
            pseudo._name_ = None
        else:
            if unknown:
                names.append(repr(unknown))
            pseudo._name_ = '|'.join(names)
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if given < 0:
            cls._value2member_map_[given] = pseudo
        return pseudo

    @classmethod
    def _members_of(cls, value):
        """The canonical members whose bit is in value, in definition order
        (CPython orders them by value where that is the definition order,
        and by definition otherwise: the same)."""
        return [member for member in cls if member._value_ & value]

    def __iter__(self):
        return iter(self._members_of(self._value_))

    def __len__(self):
        return bin(self._value_).count('1')

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(f"unsupported operand type(s) for 'in': "
                            f"{type(other).__qualname__!r} and {self.__class__.__qualname__!r}")
        return other._value_ & self._value_ == other._value_

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return f'<{cls_name}: {self._value_!r}>'
        return f'<{cls_name}.{self._name_}: {self._value_!r}>'

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return f'{cls_name}({self._value_!r})'
        return f'{cls_name}.{self._name_}'

    def __bool__(self):
        return bool(self._value_)

    def _combine(self, other, operation):
        """self OP other as a member: other a member of the same class, or a
        value of the mixed-in type (an int, for IntFlag)."""
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is object or not isinstance(other, self._member_type_):
            return NotImplemented
        return self.__class__(operation(self._value_, other))

    def __or__(self, other):
        return self._combine(other, int.__or__)

    def __and__(self, other):
        return self._combine(other, int.__and__)

    def __xor__(self, other):
        return self._combine(other, int.__xor__)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        if self._boundary_ in (EJECT, KEEP):
            return self.__class__(~self._value_)
        # the canonical bits this member lacks
        return self.__class__(self._flag_mask_ ^ self._value_)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags"""

    # the flag's operators, not int's (which come first in the MRO)
    __or__, __and__, __xor__ = Flag.__or__, Flag.__and__, Flag.__xor__
    __ror__, __rand__, __rxor__ = Flag.__ror__, Flag.__rand__, Flag.__rxor__
    __invert__ = Flag.__invert__

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    # an alias is a name whose member was first defined under another name
    aliases = [f'{alias} -> {member.name}'
               for alias, member in enumeration.__members__.items() if alias != member.name]
    if aliases:
        raise ValueError(f"duplicate values found in {enumeration!r}: {', '.join(aliases)}")
    return enumeration


class EnumCheck(StrEnum):
    """The checks verify() can make of an enumeration."""
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


def show_flag_values(value):
    """The one-bit values that make up value, lowest first."""
    return [1 << bit for bit in range(value.bit_length()) if value >> bit & 1]


def _aliases(enumeration):
    """(alias, member) for each name that is not its member's own."""
    return [(name, member) for name, member in enumeration.__members__.items()
            if name != member.name]


def _missing_values(enumeration, is_flag):
    """The values a continuous enumeration lacks between its lowest and
    highest: each integer, or for a flag each power of two."""
    values = {member.value for member in enumeration}
    if len(values) < 2:
        return []
    low, high = min(values), max(values)
    if is_flag:
        candidates = (1 << bit for bit in range(low.bit_length(), high.bit_length() - 1))
    else:
        candidates = range(low + 1, high)
    return [value for value in candidates if value not in values]


def _check_named_flags(enumeration):
    canonical = {member.value for member in enumeration}
    unnamed_aliases, unnamed_bits = [], 0
    # (for a flag, a name of several bits is an alias too: it is not canonical)
    for alias, member in enumeration.__members__.items():
        if alias in enumeration._member_names_ or member.value < 0:
            continue
        missed = [bit for bit in show_flag_values(member.value) if bit not in canonical]
        if missed:
            unnamed_aliases.append(alias)
            for bit in missed:
                unnamed_bits |= bit
    if not unnamed_aliases:
        return
    if len(unnamed_aliases) == 1:
        which = f'alias {unnamed_aliases[0]} is missing'
    else:
        which = f"aliases {', '.join(unnamed_aliases[:-1])} and {unnamed_aliases[-1]} are missing"
    what = 'value' if _is_single_bit(unnamed_bits) else 'combined values of'
    raise ValueError(f'invalid Flag {enumeration.__name__!r}: {which} {what} {unnamed_bits:#x} '
                     f'[use enum.show_flag_values(value) for details]')


class verify:
    """Class decorator: makes the given checks of an enumeration (UNIQUE,
    CONTINUOUS, NAMED_FLAGS), raising ValueError when one fails."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        if not (isinstance(enumeration, type) and issubclass(enumeration, Enum)):
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        is_flag = issubclass(enumeration, Flag)
        for check in self.checks:
            if check is UNIQUE:
                aliases = _aliases(enumeration)
                if aliases:
                    listed = ', '.join(f'{alias} -> {member.name}' for alias, member in aliases)
                    raise ValueError(f'aliases found in {enumeration!r}: {listed}')
            elif check is CONTINUOUS:
                missing = _missing_values(enumeration, is_flag)
                if missing:
                    kind = 'flag' if is_flag else 'enum'
                    message = (f'invalid {kind} {enumeration.__name__!r}: missing values '
                               f"{', '.join(map(str, missing))}")
                    raise ValueError(message[:256])    # (as CPython: long lists are cut)
            elif check is NAMED_FLAGS:
                _check_named_flags(enumeration)
        return enumeration
