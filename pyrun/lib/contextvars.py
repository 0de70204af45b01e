"""Context variables, as CPython's contextvars: ContextVar (get, set,
reset with the Token that set returned), Context (a read-only mapping of
variables to values; run() makes it current while a function runs, copy()),
copy_context().

Each thread has its own current context; a new thread starts with an
empty one, as in CPython 3.11.  asyncio runs each task in a copy of the
context it was created in (and each callback in the context it was
scheduled in).

How it works: a Context holds a dict that is never changed in place, only
replaced - set() makes a new dict with the one variable changed - so
copy() is a new Context sharing the dict, and later sets in either are not
seen by the other.  Difference from CPython: keys(), values() and items()
of a Context are dict views."""

import threading as _threading
from types import GenericAlias as _GenericAlias

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_per_thread = _threading.local()     # .context: the thread's current Context


def _current():
    try:
        return _per_thread.context
    except AttributeError:
        context = _per_thread.context = Context()
        return context


def copy_context():
    """A copy of the current context."""
    return _current().copy()


def _refuse_subclass(cls, **kwargs):
    # CPython's three types cannot be subclassed
    raise TypeError(f"type '_contextvars.{cls.__bases__[0].__name__}' is not an acceptable base type")


def _check_key(var):
    if not isinstance(var, ContextVar):
        raise TypeError(f"a ContextVar key was expected, got {var!r}")


class Context:
    """A mapping of context variables to their values."""
    __slots__ = ('_values', '_entered')
    __init_subclass__ = classmethod(_refuse_subclass)

    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError("Context() does not accept any arguments")
        self._values = {}
        self._entered = False

    def run(self, *args, **kwargs):
        """callable(*args, **kwargs) with this context current (what it sets
        stays in this context); a context runs one function at a time."""
        if not args:
            raise TypeError("run() missing 1 required positional argument")
        callable, args = args[0], args[1:]
        if self._entered:
            raise RuntimeError(f"cannot enter context: {self!r} is already entered")
        previous = _current()
        self._entered = True
        _per_thread.context = self
        try:
            return callable(*args, **kwargs)
        finally:
            _per_thread.context = previous
            self._entered = False

    def copy(self):
        twin = Context()
        twin._values = self._values
        return twin

    def __getitem__(self, var):
        _check_key(var)
        return self._values[var]

    def __contains__(self, var):
        _check_key(var)
        return var in self._values

    def get(self, var, default=None):
        _check_key(var)
        return self._values.get(var, default)

    def __iter__(self):
        return iter(self._values)

    def __len__(self):
        return len(self._values)

    def keys(self):
        return self._values.keys()

    def values(self):
        return self._values.values()

    def items(self):
        return self._values.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._values == other._values

    __hash__ = None


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'


_NO_DEFAULT = object()


def _refuse_write(self, name, value):
    if name in type(self)._READ_ONLY:
        raise AttributeError(type(self)._READ_ONLY[name])
    object.__setattr__(self, name, value)


class ContextVar:
    """A variable whose value depends on the current context."""
    __slots__ = ('_name', '_default')
    __init_subclass__ = classmethod(_refuse_subclass)
    __class_getitem__ = classmethod(_GenericAlias)
    _READ_ONLY = {'name': 'readonly attribute'}
    __setattr__ = _refuse_write

    def __init__(self, *args, **kwargs):
        # (the C type's argument checks and messages)
        if len(args) != 1:
            amount = 'exactly' if not args else 'at most'
            raise TypeError(f"ContextVar() takes {amount} 1 positional argument ({len(args)} given)")
        for keyword in kwargs:
            if keyword != 'default':
                raise TypeError(f"{keyword!r} is an invalid keyword argument for ContextVar()")
        name, default = args[0], kwargs.get('default', _NO_DEFAULT)
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        object.__setattr__(self, '_name', name)
        object.__setattr__(self, '_default', default)

    @property
    def name(self):
        return self._name

    def get(self, *args, **kwargs):
        """The value in the current context; else the default given here,
        else the variable's default, else LookupError."""
        if kwargs:
            raise TypeError("ContextVar.get() takes no keyword arguments")
        if len(args) > 1:
            raise TypeError(f"get expected at most 1 argument, got {len(args)}")
        values = _current()._values
        if self in values:
            return values[self]
        if args:
            return args[0]
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, *args):
        """Gives the variable value in the current context; a Token for reset()."""
        if len(args) != 1:
            raise TypeError(f"ContextVar.set() takes exactly one argument ({len(args)} given)")
        value = args[0]
        context = _current()
        old_value = context._values.get(self, Token.MISSING)
        changed = dict(context._values)
        changed[self] = value
        context._values = changed
        return Token._make(context, self, old_value)

    def reset(self, token):
        """Puts the variable back as it was before the set() that gave token."""
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        context = _current()
        if token._context is not context:
            raise ValueError(f"{token!r} was created in a different Context")
        changed = dict(context._values)
        if token._old_value is Token.MISSING:
            changed.pop(self, None)
        else:
            changed[self] = token._old_value
        context._values = changed
        object.__setattr__(token, '_used', True)

    def __repr__(self):
        default = '' if self._default is _NO_DEFAULT else f' default={self._default!r}'
        return f'<ContextVar name={self._name!r}{default} at {id(self):#x}>'


class Token:
    """What ContextVar.set() returns: the variable and its value before."""
    __slots__ = ('_context', '_var', '_old_value', '_used')
    __init_subclass__ = classmethod(_refuse_subclass)
    __class_getitem__ = classmethod(_GenericAlias)
    MISSING = _Missing()
    _READ_ONLY = {'var': "attribute 'var' of '_contextvars.Token' objects is not writable",
                  'old_value': "attribute 'old_value' of '_contextvars.Token' objects is not writable"}
    __setattr__ = _refuse_write

    def __init__(self, *args, **kwargs):
        raise RuntimeError("Tokens can only be created by ContextVars")

    @classmethod
    def _make(cls, context, var, old_value):
        token = object.__new__(cls)
        for name, value in (('_context', context), ('_var', var),
                            ('_old_value', old_value), ('_used', False)):
            object.__setattr__(token, name, value)
        return token

    var = property(lambda self: self._var, doc="The variable that set() changed.")
    old_value = property(lambda self: self._old_value,
                         doc="Its value before, or Token.MISSING if it had none.")

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at {id(self):#x}>'


def _as_c_types():
    """The classes take the names of CPython's C types (in reprs and messages)."""
    from _pyedu import set_type_name
    for cls in (Context, ContextVar, Token):
        set_type_name(cls, '_contextvars.' + cls.__name__)
        cls.__module__ = '_contextvars'


_as_c_types()
