"""types: names for the types of the interpreter's own objects, and the
steps of a class statement as functions, as documented for CPython's
types module.

Types such as FunctionType or GeneratorType have no name in builtins;
each is found here by making an object of that type and asking type()."""

import sys

__all__ = ['FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType',
           'SimpleNamespace', 'CellType', 'GeneratorType', 'CoroutineType',
           'AsyncGeneratorType', 'MethodType', 'BuiltinFunctionType',
           'BuiltinMethodType', 'WrapperDescriptorType', 'MethodWrapperType',
           'MethodDescriptorType', 'ClassMethodDescriptorType', 'ModuleType',
           'TracebackType', 'FrameType', 'GetSetDescriptorType',
           'MemberDescriptorType', 'new_class', 'resolve_bases',
           'prepare_class', 'DynamicClassAttribute', 'coroutine',
           'GenericAlias', 'UnionType', 'EllipsisType', 'NoneType',
           'NotImplementedType']


def _sample_types():
    """{name: type} for the types found by making one object of each."""
    def plain_function(): pass

    def generator_function(): yield

    async def coroutine_function(): pass

    async def async_generator_function(): yield

    def make_cell():
        captured = None
        return (lambda: captured).__closure__[0]

    class WithSlot:
        __slots__ = ('slot',)

        def method(self): pass

    try:
        raise ValueError
    except ValueError as caught:
        traceback = caught.__traceback__

    coroutine = coroutine_function()
    found = {
        'FunctionType': type(plain_function),
        'LambdaType': type(lambda: None),
        'CodeType': type(plain_function.__code__),
        'MappingProxyType': type(type.__dict__),
        'SimpleNamespace': type(sys.implementation),
        'CellType': type(make_cell()),
        'GeneratorType': type(generator_function()),
        'CoroutineType': type(coroutine),
        'AsyncGeneratorType': type(async_generator_function()),
        'MethodType': type(WithSlot().method),
        'BuiltinFunctionType': type(len),
        'BuiltinMethodType': type([].append),
        'WrapperDescriptorType': type(object.__init__),
        'MethodWrapperType': type(object().__str__),
        'MethodDescriptorType': type(str.join),
        'ClassMethodDescriptorType': type(dict.__dict__['fromkeys']),
        'ModuleType': type(sys),
        'TracebackType': type(traceback),
        'FrameType': type(traceback.tb_frame),
        'GetSetDescriptorType': type(type(plain_function).__code__),
        'MemberDescriptorType': type(WithSlot.slot),
        'GenericAlias': type(list[int]),
        'UnionType': type(int | str),
        'EllipsisType': type(...),
        'NoneType': type(None),
        'NotImplementedType': type(NotImplemented),
    }
    coroutine.close()       # never awaited, and that is fine
    return found


globals().update(_sample_types())


def resolve_bases(bases):
    """bases with each item that is not a class but has __mro_entries__
    replaced by the classes that method gives (PEP 560); bases itself if
    nothing was replaced."""
    resolved = []
    replaced = False
    for base in bases:
        if isinstance(base, type) or not hasattr(base, '__mro_entries__'):
            resolved.append(base)
            continue
        entries = base.__mro_entries__(bases)
        if not isinstance(entries, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        resolved.extend(entries)
        replaced = True
    return tuple(resolved) if replaced else bases


def _most_derived_metaclass(chosen, bases):
    for base in bases:
        candidate = type(base)
        if issubclass(chosen, candidate):
            continue
        if not issubclass(candidate, chosen):
            raise TypeError("metaclass conflict: the metaclass of a derived "
                            "class must be a (non-strict) subclass of the "
                            "metaclasses of all its bases")
        chosen = candidate
    return chosen


def prepare_class(name, bases=(), kwds=None):
    """The first steps of a class statement: (the metaclass, the namespace
    its __prepare__ gives, the keywords left for it)."""
    keywords = dict(kwds) if kwds else {}
    metaclass = keywords.pop('metaclass', None)
    if metaclass is None:
        metaclass = type(bases[0]) if bases else type
    if isinstance(metaclass, type):
        metaclass = _most_derived_metaclass(metaclass, bases)
    prepare = getattr(metaclass, '__prepare__', None)
    namespace = prepare(name, bases, **keywords) if prepare else {}
    return metaclass, namespace, keywords


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Creates a class as `class name(*bases, **kwds): body` would, where
    exec_body(namespace) plays the body."""
    resolved = resolve_bases(bases)
    metaclass, namespace, keywords = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if resolved is not bases:
        namespace['__orig_bases__'] = bases
    return metaclass(name, resolved, namespace, **keywords)


_CO_GENERATOR, _CO_ITERABLE_COROUTINE = 0x20, 0x100


def coroutine(func):
    """Marks a generator function as usable with `await`: the flag
    CO_ITERABLE_COROUTINE on its code lets `await` take its generators."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    code = getattr(func, '__code__', None)
    if type(func) is FunctionType and code.co_flags & _CO_GENERATOR:
        func.__code__ = code.replace(co_flags=code.co_flags | _CO_ITERABLE_COROUTINE)
    return func


class DynamicClassAttribute:
    """An attribute that behaves as a property on instances, while a lookup
    on the class falls through to the metaclass's __getattr__ (enum uses
    this for members named like properties)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        # without a doc of its own it shows fget's (and getter() follows the new fget's)
        self.overwrite_doc = doc is None
        self.__doc__ = getattr(fget, '__doc__', None) if doc is None else doc
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def _function(self, role, refusal):
        """The fget, fset or fdel given; AttributeError(refusal) if none was."""
        function = getattr(self, role)
        if function is None:
            raise AttributeError(refusal)
        return function

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            # looked up on the class: fail, so the metaclass's __getattr__ answers
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        return self._function('fget', 'unreadable attribute')(instance)

    def __set__(self, instance, value):
        self._function('fset', "can't set attribute")(instance, value)

    def __delete__(self, instance):
        self._function('fdel', "can't delete attribute")(instance)

    def _copy_with(self, **changes):
        parts = dict(fget=self.fget, fset=self.fset, fdel=self.fdel,
                     doc=None if self.overwrite_doc else self.__doc__)
        parts.update(changes)
        return type(self)(**parts)

    def getter(self, fget):
        copy = self._copy_with(fget=fget)
        copy.overwrite_doc = self.overwrite_doc
        return copy

    def setter(self, fset):
        return self._copy_with(fset=fset)

    def deleter(self, fdel):
        return self._copy_with(fdel=fdel)
