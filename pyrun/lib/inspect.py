"""Looking at live objects, as CPython's inspect module: the is* tests,
getmembers, signature (Signature, Parameter), getsource, getdoc,
cleandoc, stack and currentframe (frame snapshots: see
objects/frameobject.h).

Built-in functions carry no signature here (signature() raises
ValueError for them, as CPython does for those without one)."""

import sys
import types
from collections import namedtuple

__all__ = ['signature', 'Signature', 'Parameter', 'getmembers', 'getsource', 'getsourcelines',
           'getdoc', 'cleandoc', 'isfunction', 'ismethod', 'isclass', 'ismodule',
           'isgenerator', 'isgeneratorfunction', 'iscoroutine', 'iscoroutinefunction',
           'isasyncgenfunction', 'isasyncgen', 'isawaitable', 'isbuiltin', 'isroutine',
           'isabstract', 'isframe', 'iscode', 'istraceback', 'isdatadescriptor',
           'ismethoddescriptor', 'getmro', 'getmodule', 'getfile', 'getsourcefile',
           'currentframe', 'stack', 'getfullargspec', 'unwrap', 'getattr_static',
           'getcallargs', 'getgeneratorstate', 'getcoroutinestate', 'BoundArguments',
           'FullArgSpec', 'FrameInfo', 'getclosurevars', 'ClosureVars', 'formatannotation']

CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200


# ---- what kind of object -------------------------------------------------------------

def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, types.MethodType)


def isfunction(object):
    return isinstance(object, types.FunctionType)


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    f = unwrap(f) if hasattr(f, '__wrapped__') else f
    return isfunction(f) and bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isasyncgen(object):
    return isinstance(object, types.AsyncGeneratorType)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, types.CoroutineType)


def isawaitable(object):
    return (isinstance(object, types.CoroutineType) or
            isinstance(object, types.GeneratorType) and
            bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE) or
            hasattr(type(object), '__await__'))


def istraceback(object):
    return isinstance(object, types.TracebackType)


def isframe(object):
    return isinstance(object, types.FrameType)


def iscode(object):
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType)


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def isroutine(object):
    return (isbuiltin(object) or isfunction(object) or ismethod(object) or
            ismethoddescriptor(object))


def isabstract(object):
    return bool(isinstance(object, type) and getattr(object, '__abstractmethods__', False))


def getmembers(object, predicate=None):
    """(name, value) for each attribute of object, sorted by name."""
    results = []
    names = dir(object)
    if isclass(object):
        for base in object.__mro__:
            for k in base.__dict__:
                if k not in names:
                    names.append(k)
    for key in names:
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getmro(cls):
    return cls.__mro__


def unwrap(func, *, stop=None):
    """The function at the end of a chain of __wrapped__ (functools.wraps)."""
    f = func
    seen = {id(f)}
    while hasattr(f, '__wrapped__') and not (stop is not None and stop(f)):
        f = f.__wrapped__
        if id(f) in seen:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(func))
        seen.add(id(f))
    return f


def getattr_static(obj, attr, default=None):
    for klass in (obj,) + tuple(type(obj).__mro__) if not isinstance(obj, type) \
            else tuple(obj.__mro__) + tuple(type(obj).__mro__):
        d = klass.__dict__ if isinstance(klass, type) else getattr(klass, '__dict__', {})
        if attr in d:
            return d[attr]
    if default is not None:
        return default
    raise AttributeError(attr)


# ---- documentation and source ------------------------------------------------------------

def cleandoc(doc):
    """A docstring without its indentation and its blank first and last lines."""
    lines = doc.expandtabs().split('\n')
    margin = sys.maxsize
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            margin = min(margin, len(line) - content)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin < sys.maxsize:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(object):
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        if isclass(object):
            for base in object.__mro__[1:]:
                doc = base.__dict__.get('__doc__')
                if doc is not None:
                    break
        if doc is None:
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmodule(object, _filename=None):
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    return None


def getfile(object):
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        module = sys.modules.get(object.__module__)
        if getattr(module, '__file__', None):
            return module.__file__
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or code object was '
                    'expected, got {}'.format(type(object).__name__))


getsourcefile = getfile


def _source_lines(filename):
    try:
        with open(filename, encoding='utf-8') as f:
            return f.read().splitlines(keepends=True)
    except OSError:
        raise OSError('could not get source code') from None


def getsourcelines(object):
    """(lines, first line number) of the source of a function or class."""
    object = unwrap(object)
    lines = _source_lines(getfile(object))
    if ismodule(object):
        return lines, 0
    if isclass(object):
        name = object.__name__
        for i, line in enumerate(lines):
            stripped = line.lstrip()
            if stripped.startswith('class ' + name) and \
                    stripped[6 + len(name):6 + len(name) + 1] in ('(', ':'):
                return _block(lines, i), i + 1
        raise OSError('could not find class definition')
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        start = object.co_firstlineno - 1
        if object.co_name == '<lambda>':
            return [lines[start]], start + 1
        while start > 0 and lines[start].lstrip().startswith('@') is False and \
                start - 1 >= 0 and lines[start - 1].lstrip().startswith('@'):
            start -= 1
        return _block(lines, start), start + 1
    raise OSError('could not get source code')


def _block(lines, start):
    """The lines of the statement at lines[start] with its indented body."""
    first = lines[start]
    indent = len(first) - len(first.lstrip())
    end = start + 1
    # decorators and the def line itself (which may continue over lines)
    while end < len(lines) and (lines[end - 1].lstrip().startswith('@') or
                                lines[end - 1].rstrip().endswith((',', '(', '\\'))):
        end += 1
    while end < len(lines):
        line = lines[end]
        if line.strip() and len(line) - len(line.lstrip()) <= indent:
            break
        end += 1
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1
    return lines[start:end]


def getsource(object):
    """The text of the source of a function, class or method."""
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


# ---- frames --------------------------------------------------------------------------

FrameInfo = namedtuple('FrameInfo', 'frame filename lineno function code_context index')


def currentframe():
    return sys._getframe(1)


def _frame_info(frame, context=1):
    code = frame.f_code
    lines = None
    index = None
    if context > 0:
        try:
            source = _source_lines(code.co_filename)
            lines = [source[frame.f_lineno - 1]]
            index = 0
        except (OSError, IndexError):
            pass
    return FrameInfo(frame, code.co_filename, frame.f_lineno, code.co_name, lines, index)


def stack(context=1):
    """FrameInfo for the caller's frame and each frame below it."""
    frame = sys._getframe(1)
    result = []
    while frame is not None:
        result.append(_frame_info(frame, context))
        frame = frame.f_back
    return result


def getframeinfo(frame, context=1):
    return _frame_info(frame, context)


def getouterframes(frame, context=1):
    result = []
    while frame is not None:
        result.append(_frame_info(frame, context))
        frame = frame.f_back
    return result


GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'


def getgeneratorstate(generator):
    """GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def getcoroutinestate(coroutine):
    """CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED."""
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


ClosureVars = namedtuple('ClosureVars', 'nonlocals globals builtins unbound')


def getclosurevars(func):
    if ismethod(func):
        func = func.__func__
    code = func.__code__
    nonlocal_vars = {var: cell.cell_contents
                     for var, cell in zip(code.co_freevars, func.__closure__ or ())}
    global_ns = func.__globals__
    builtin_ns = global_ns.get("__builtins__", {})
    if ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    global_vars, builtin_vars, unbound = {}, {}, set()
    for name in code.co_names:
        if name in ("None", "True", "False"):
            continue
        if name in global_ns:
            global_vars[name] = global_ns[name]
        elif name in builtin_ns:
            builtin_vars[name] = builtin_ns[name]
        else:
            unbound.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars, unbound)


# ---- signatures ----------------------------------------------------------------------

class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    pass


class _ParameterKind(int):
    def __new__(cls, value, name, description):
        self = int.__new__(cls, value)
        self._name_ = name
        self.description = description
        return self

    @property
    def name(self):
        return self._name_

    def __repr__(self):
        return f'<_ParameterKind.{self._name_}: {int(self)}>'

    def __str__(self):
        return self._name_


_POSITIONAL_ONLY = _ParameterKind(0, 'POSITIONAL_ONLY', 'positional-only')
_POSITIONAL_OR_KEYWORD = _ParameterKind(1, 'POSITIONAL_OR_KEYWORD', 'positional or keyword')
_VAR_POSITIONAL = _ParameterKind(2, 'VAR_POSITIONAL', 'variadic positional')
_KEYWORD_ONLY = _ParameterKind(3, 'KEYWORD_ONLY', 'keyword-only')
_VAR_KEYWORD = _ParameterKind(4, 'VAR_KEYWORD', 'variadic keyword')


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a signature: name, kind, default, annotation."""
    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        if kind not in (0, 1, 2, 3, 4):
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        self._kind = (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL, _KEYWORD_ONLY,
                      _VAR_KEYWORD)[kind]
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f'{self._kind.description} parameters cannot have default values')
        self._default = default
        self._annotation = annotation
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if not name.isidentifier():
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name

    name = property(lambda self: self._name)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)
    kind = property(lambda self: self._kind)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        kind = self.kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = '{}: {}'.format(formatted, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = '{} = {}'.format(formatted, repr(self._default))
            else:
                formatted = '{}={}'.format(formatted, repr(self._default))
        if kind == _VAR_POSITIONAL:
            formatted = '*' + formatted
        elif kind == _VAR_KEYWORD:
            formatted = '**' + formatted
        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and
                self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind: arguments by parameter name."""

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for param_name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[param_name]
            except KeyError:
                break
            else:
                if param.kind == _VAR_POSITIONAL:
                    args.extend(arg)
                else:
                    args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        kwargs_started = False
        for param_name, param in self._signature.parameters.items():
            if not kwargs_started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    kwargs_started = True
                elif param_name not in self.arguments:
                    kwargs_started = True
                    continue
            if not kwargs_started:
                continue
            try:
                arg = self.arguments[param_name]
            except KeyError:
                pass
            else:
                if param.kind == _VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[param_name] = arg
        return kwargs

    def apply_defaults(self):
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            try:
                new_arguments.append((name, arguments[name]))
            except KeyError:
                if param.default is not _empty:
                    val = param.default
                elif param.kind is _VAR_POSITIONAL:
                    val = ()
                elif param.kind is _VAR_KEYWORD:
                    val = {}
                else:
                    continue
                new_arguments.append((name, val))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = []
        for arg, value in self.arguments.items():
            args.append('{}={!r}'.format(arg, value))
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(args))


class Signature:
    """The parameters of a callable and its return annotation."""
    __slots__ = ('_return_annotation', '_parameters')
    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        params = {}
        if parameters is not None:
            top_kind = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind = param.kind
                name = param.name
                if __validate_parameters__:
                    if kind < top_kind:
                        raise ValueError('wrong parameter order: {} parameter before {} '
                                         'parameter'.format(top_kind.description,
                                                            kind.description))
                    elif kind > top_kind:
                        top_kind = kind
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if seen_default:
                                raise ValueError('non-default argument follows default '
                                                 'argument')
                        else:
                            seen_default = True
                if name in params:
                    raise ValueError('duplicate parameter name: {!r}'.format(name))
                params[name] = param
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        return _signature_from_callable(obj, follow_wrapped)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __hash__(self):
        return hash((tuple(self.parameters.values()), self._return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation and
                list(self.parameters.items()) == list(other.parameters.items()))

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        parameters = iter(self.parameters.values())
        parameters_ex = ()
        arg_vals = iter(args)
        while True:
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                try:
                    param = next(parameters)
                except StopIteration:
                    break
                else:
                    if param.kind == _VAR_POSITIONAL:
                        break
                    elif param.name in kwargs:
                        if param.kind == _POSITIONAL_ONLY:
                            msg = '{arg!r} parameter is positional only, but was passed as ' \
                                  'a keyword'
                            raise TypeError(msg.format(arg=param.name)) from None
                        parameters_ex = (param,)
                        break
                    elif (param.kind == _VAR_KEYWORD or param.default is not _empty):
                        parameters_ex = (param,)
                        break
                    else:
                        if partial:
                            parameters_ex = (param,)
                            break
                        else:
                            raise TypeError('missing a required argument: {arg!r}'.format(
                                arg=param.name)) from None
            else:
                try:
                    param = next(parameters)
                except StopIteration:
                    raise TypeError('too many positional arguments') from None
                else:
                    if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                        raise TypeError('too many positional arguments') from None
                    if param.kind == _VAR_POSITIONAL:
                        values = [arg_val]
                        values.extend(arg_vals)
                        arguments[param.name] = tuple(values)
                        break
                    if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                        raise TypeError('multiple values for argument {arg!r}'.format(
                            arg=param.name)) from None
                    arguments[param.name] = arg_val
        kwargs_param = None
        for param in (*parameters_ex, *parameters):
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            param_name = param.name
            try:
                arg_val = kwargs.pop(param_name)
            except KeyError:
                if (not partial and param.kind != _VAR_POSITIONAL and
                        param.default is _empty):
                    raise TypeError('missing a required argument: {arg!r}'.format(
                        arg=param_name)) from None
            else:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError('{arg!r} parameter is positional only, but was passed as a '
                                    'keyword'.format(arg=param.name))
                arguments[param_name] = arg_val
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError('got an unexpected keyword argument {arg!r}'.format(
                    arg=next(iter(kwargs))))
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self.parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append('/')
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append('*')
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append('/')
        rendered = '({})'.format(', '.join(result))
        if self.return_annotation is not _empty:
            anno = formatannotation(self.return_annotation)
            rendered += ' -> {}'.format(anno)
        return rendered


def _signature_from_function(func):
    code = func.__code__
    pos_count = code.co_argcount
    arg_names = code.co_varnames
    posonly_count = code.co_posonlyargcount
    positional = arg_names[:pos_count]
    keyword_only_count = code.co_kwonlyargcount
    keyword_only = arg_names[pos_count:pos_count + keyword_only_count]
    annotations = getattr(func, '__annotations__', None) or {}
    defaults = func.__defaults__
    kwdefaults = func.__kwdefaults__
    pos_default_count = len(defaults) if defaults else 0
    parameters = []
    non_default_count = pos_count - pos_default_count
    posonly_left = posonly_count
    for name in positional[:non_default_count]:
        kind = _POSITIONAL_ONLY if posonly_left else _POSITIONAL_OR_KEYWORD
        parameters.append(Parameter(name, kind, annotation=annotations.get(name, _empty)))
        if posonly_left:
            posonly_left -= 1
    for offset, name in enumerate(positional[non_default_count:]):
        kind = _POSITIONAL_ONLY if posonly_left else _POSITIONAL_OR_KEYWORD
        parameters.append(Parameter(name, kind, annotation=annotations.get(name, _empty),
                                    default=defaults[offset]))
        if posonly_left:
            posonly_left -= 1
    if code.co_flags & CO_VARARGS:
        name = arg_names[pos_count + keyword_only_count]
        parameters.append(Parameter(name, _VAR_POSITIONAL,
                                    annotation=annotations.get(name, _empty)))
    for name in keyword_only:
        default = _empty
        if kwdefaults is not None:
            default = kwdefaults.get(name, _empty)
        parameters.append(Parameter(name, _KEYWORD_ONLY, annotation=annotations.get(name, _empty),
                                    default=default))
    if code.co_flags & CO_VARKEYWORDS:
        index = pos_count + keyword_only_count
        if code.co_flags & CO_VARARGS:
            index += 1
        name = arg_names[index]
        parameters.append(Parameter(name, _VAR_KEYWORD,
                                    annotation=annotations.get(name, _empty)))
    return Signature(parameters, return_annotation=annotations.get('return', _empty),
                     __validate_parameters__=False)


def _drop_first(sig):
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _signature_from_callable(obj, follow_wrapped=True):
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if isinstance(obj, types.MethodType):
        return _drop_first(_signature_from_callable(obj.__func__, follow_wrapped))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))
    sig = getattr(obj, '__signature__', None)
    if sig is not None and isinstance(sig, Signature):
        return sig
    if isfunction(obj):
        return _signature_from_function(obj)
    import functools
    if isinstance(obj, functools.partial):
        wrapped = _signature_from_callable(obj.func, follow_wrapped)
        params = list(wrapped.parameters.values())
        args = list(obj.args)
        new = []
        for p in params:
            if args and p.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                args.pop(0)
                continue
            if p.name in obj.keywords:
                new.append(p.replace(default=obj.keywords[p.name], kind=_KEYWORD_ONLY))
                continue
            new.append(p)
        return wrapped.replace(parameters=new)
    if isinstance(obj, type):
        for base in obj.__mro__:
            if '__init__' in base.__dict__ and isfunction(base.__dict__['__init__']):
                return _drop_first(_signature_from_function(base.__dict__['__init__']))
            if '__new__' in base.__dict__ and isfunction(getattr(base.__dict__['__new__'],
                                                                 '__func__', None)):
                return _drop_first(_signature_from_function(base.__dict__['__new__'].__func__))
        if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
            return Signature()
        raise ValueError('no signature found for builtin type {!r}'.format(obj))
    call = getattr(type(obj), '__call__', None)
    if call is not None and isfunction(call):
        return _drop_first(_signature_from_function(call))
    raise ValueError('no signature found for builtin {!r}'.format(obj))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable: signature(f) prints as (a, b=2, *args, **kw)."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped)


FullArgSpec = namedtuple('FullArgSpec',
                         'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, '
                         'annotations')


def getfullargspec(func):
    sig = _signature_from_callable(func, follow_wrapped=False)
    args, varargs, varkw, kwonlyargs = [], None, None, []
    annotations, defaults, kwdefaults = {}, (), {}
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind == _VAR_POSITIONAL:
            varargs = name
        elif kind == _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        elif kind == _VAR_KEYWORD:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonlyargs, kwdefaults or None,
                       annotations)


def getcallargs(func, /, *positional, **named):
    """The values the parameters of func would get from these arguments,
    by name (in CPython's order: the positional parameters, *args, **kw,
    the keywords given, then the defaults)."""
    args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, _ = getfullargspec(func)
    name = func.__name__
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    values = {}
    n = min(len(positional), len(args))
    for i in range(n):
        values[args[i]] = positional[i]
    if varargs:
        values[varargs] = tuple(positional[n:])
    if varkw:
        values[varkw] = {}
    for kw, value in named.items():
        if kw not in args and kw not in kwonlyargs:
            if not varkw:
                raise TypeError(f'{name}() got an unexpected keyword argument {kw!r}')
            values[varkw][kw] = value
            continue
        if kw in values:
            raise TypeError(f"{name}() got multiple values for argument {kw!r}")
        values[kw] = value
    if len(positional) > len(args) and not varargs:
        raise TypeError(f'{name}() takes {len(args)} positional arguments but '
                        f'{len(positional)} were given')
    ndefaults = len(defaults) if defaults else 0
    required = args[:len(args) - ndefaults]
    missing = [a for a in required if a not in values]
    if missing:
        raise TypeError(f'{name}() missing {len(missing)} required positional argument'
                        f'{"s" if len(missing) > 1 else ""}: ' +
                        ', '.join(repr(m) for m in missing))
    for i, arg in enumerate(args[len(args) - ndefaults:]):
        if arg not in values:
            values[arg] = defaults[i]
    for kwarg in kwonlyargs:
        if kwarg not in values:
            if kwonlydefaults and kwarg in kwonlydefaults:
                values[kwarg] = kwonlydefaults[kwarg]
            else:
                raise TypeError(f'{name}() missing 1 required keyword-only argument: {kwarg!r}')
    return values
