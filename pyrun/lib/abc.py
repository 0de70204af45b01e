"""Abstract base classes, as CPython's abc: ABC, ABCMeta, abstractmethod.

A class with abstract methods left cannot be instantiated:
TypeError: Can't instantiate abstract class Shape with abstract method area"""

from _pyedu import collection_kind as _collection_kind, set_collection_kind as _set_collection_kind


def abstractmethod(funcobj):
    """A decorator indicating abstract methods."""
    # ABCMeta reads the mark when it builds a class
    funcobj.__isabstractmethod__ = True
    return funcobj


class _AbstractDescriptor:
    """What the deprecated abstractclassmethod and abstractstaticmethod
    add to classmethod and staticmethod: both the wrapper and the function
    it wraps are marked abstract."""
    __isabstractmethod__ = True

    def __new__(cls, callable):
        # (in __new__: where the wrapped function is taken differs between
        # implementations, but each __new__ accepts it)
        return super().__new__(cls, abstractmethod(callable))


class abstractclassmethod(_AbstractDescriptor, classmethod):
    """A classmethod that is abstract (deprecated: use @classmethod over @abstractmethod)."""


class abstractstaticmethod(_AbstractDescriptor, staticmethod):
    """A staticmethod that is abstract (deprecated: use @staticmethod over @abstractmethod)."""


class abstractproperty(property):
    __isabstractmethod__ = True


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    if isinstance(value, property):
        return any(getattr(f, '__isabstractmethod__', False)
                   for f in (value.fget, value.fset, value.fdel))
    if isinstance(value, (classmethod, staticmethod)):
        return getattr(value.__func__, '__isabstractmethod__', False)
    return False


def _abstract_names(cls):
    """The names of cls's methods that are abstract: its own, and those of
    its bases that it does not override with a concrete one."""
    abstracts = {name for name, value in cls.__dict__.items() if _is_abstract(value)}
    for base in cls.__bases__:
        abstracts.update(name for name in getattr(base, '__abstractmethods__', ())
                         if _is_abstract(getattr(cls, name, None)))
    return frozenset(abstracts)


def update_abstractmethods(cls):
    """Recomputes the abstract methods of an abstract class whose methods
    were added or removed after it was made (a class ABCMeta did not make
    is left alone)."""
    if hasattr(cls, '__abstractmethods__'):
        cls.__abstractmethods__ = _abstract_names(cls)
    return cls


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls)
        cls._abc_registry = []
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = cls.__abstractmethods__
        if abstracts:
            names = sorted(abstracts)
            plural = 's' if len(names) > 1 else ''
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract "
                            f"method{plural} {', '.join(names)}")
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Registers a virtual subclass: issubclass(subclass, cls) is then true."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        # a class that already is a subclass (cls itself too) needs nothing
        if not issubclass(subclass, cls):
            if issubclass(cls, subclass):
                raise RuntimeError("Refusing to create an inheritance cycle")
            cls._abc_registry.append(subclass)
            _invalidate_answers()
            kind = _collection_kind(cls)
            if kind:        # (Sequence and Mapping, and the ABCs derived from them)
                _set_collection_kind(subclass, kind)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        """Real subclasses, then what __subclasshook__ says, then the
        registered classes and those of the subclasses (results cached)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        cache = cls.__dict__.get('_abc_cache')
        if cache is None or cache[0] != _abc_invalidation:
            cache = (_abc_invalidation, {})
            type.__setattr__(cls, '_abc_cache', cache)
        known = cache[1].get(subclass)
        if known is None:
            known = cache[1][subclass] = cls._abc_check(subclass)
        return known

    def _abc_check(cls, subclass):
        if type.__subclasscheck__(cls, subclass):
            return True
        result = cls.__subclasshook__(subclass)
        if result is not NotImplemented:
            return bool(result)
        for registered in cls._abc_registry:
            if issubclass(subclass, registered):
                return True
        for sub in type.__subclasses__(cls):
            if issubclass(subclass, sub):
                return True
        return False


# bumped by every register(): the cached answers are then stale
_abc_invalidation = 0


def _invalidate_answers():
    global _abc_invalidation
    _abc_invalidation += 1


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using inheritance."""
    __slots__ = ()


def get_cache_token():
    """A number that changes whenever a class is registered with any ABC
    (caches of isinstance answers compare it)."""
    return _abc_invalidation
