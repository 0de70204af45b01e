"""Looking at live objects, as CPython's inspect module: the is* tests,
getmembers, signature (Signature, Parameter, BoundArguments), getsource,
getdoc, cleandoc, stack and currentframe (frame snapshots: see
objects/frameobject.h), the states of generators and coroutines.

Built-in functions carry no signature here (signature() raises
ValueError for them, as CPython does for those without one).  Left out:
the functions of the old argument-spec API other than getfullargspec and
getcallargs (getargvalues, formatargvalues...), getmembers_static,
getcomments, classify_class_attrs, getclasstree, and the positions
attribute of FrameInfo and Traceback."""

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
           'FullArgSpec', 'FrameInfo', 'Traceback', 'getframeinfo', 'getouterframes',
           'getclosurevars', 'ClosureVars', 'formatannotation', 'get_annotations',
           'isgetsetdescriptor', 'ismemberdescriptor', 'ismethodwrapper', 'indentsize']

# The flags of code objects (co_flags), as CPython numbers them.
CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS = 0x1, 0x2, 0x4, 0x8
CO_NESTED, CO_GENERATOR, CO_NOFREE, CO_COROUTINE = 0x10, 0x20, 0x40, 0x80
CO_ITERABLE_COROUTINE, CO_ASYNC_GENERATOR = 0x100, 0x200


# ---- what kind of object -----------------------------------------------------------------

# Most of the is* tests ask only whether the object is an instance of a type.
_INSTANCE_TESTS = {
    'ismodule': types.ModuleType,
    'isclass': type,
    'ismethod': types.MethodType,
    'isfunction': types.FunctionType,
    'istraceback': types.TracebackType,
    'isframe': types.FrameType,
    'iscode': types.CodeType,
    'isbuiltin': types.BuiltinFunctionType,
    'isgenerator': types.GeneratorType,
    'iscoroutine': types.CoroutineType,
    'isasyncgen': types.AsyncGeneratorType,
    'isgetsetdescriptor': types.GetSetDescriptorType,
    'ismemberdescriptor': types.MemberDescriptorType,
    'ismethodwrapper': types.MethodWrapperType,
}


def _instance_test(name, kind):
    def test(object):
        return isinstance(object, kind)
    test.__name__ = test.__qualname__ = name
    test.__doc__ = f"Whether object is a {kind.__name__}."
    return test


for _name, _kind in _INSTANCE_TESTS.items():
    globals()[_name] = _instance_test(_name, _kind)
del _name, _kind


def _function_behind(f):
    """The function that a method or a functools.partial calls in the end."""
    from functools import partial
    while True:
        if isinstance(f, types.MethodType):
            f = f.__func__
        elif isinstance(f, partial):
            f = f.func
        else:
            return f


def _code_flag_test(name, flag):
    def test(obj):
        f = _function_behind(obj)
        return isinstance(f, types.FunctionType) and bool(f.__code__.co_flags & flag)
    test.__name__ = test.__qualname__ = name
    return test


isgeneratorfunction = _code_flag_test('isgeneratorfunction', CO_GENERATOR)
iscoroutinefunction = _code_flag_test('iscoroutinefunction', CO_COROUTINE)
isasyncgenfunction = _code_flag_test('isasyncgenfunction', CO_ASYNC_GENERATOR)


def isawaitable(object):
    """Whether `await object` is allowed."""
    if isinstance(object, types.CoroutineType):
        return True
    if isinstance(object, types.GeneratorType):    # only one made by types.coroutine
        return bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE)
    from collections.abc import Awaitable
    return isinstance(object, Awaitable)


def _descriptor_hooks(object):
    """Which of __get__, __set__ and __delete__ the type of object has.
    Classes, functions and methods count as no descriptors here."""
    if isinstance(object, (type, types.FunctionType, types.MethodType)):
        return set()
    kind = type(object)
    return {hook for hook in ('__get__', '__set__', '__delete__') if hasattr(kind, hook)}


def ismethoddescriptor(object):
    hooks = _descriptor_hooks(object)
    return '__get__' in hooks and '__set__' not in hooks


def isdatadescriptor(object):
    hooks = _descriptor_hooks(object)
    return '__set__' in hooks or '__delete__' in hooks


def isroutine(object):
    """Whether object is a function or method of any kind."""
    return any(test(object) for test in (isbuiltin, isfunction, ismethod, ismethoddescriptor))


def isabstract(object):
    """Whether object is a class with abstract methods left to define."""
    return isinstance(object, type) and bool(getattr(object, '__abstractmethods__', ()))


# ---- members and attributes --------------------------------------------------------------

def getmembers(object, predicate=None):
    """(name, value) for each attribute of object (that predicate accepts),
    sorted by name."""
    classes = object.__mro__ if isinstance(object, type) else ()
    members = []
    for name in dir(object):
        try:
            value = getattr(object, name)
        except AttributeError:
            # listed but not gettable (a descriptor that refuses the class):
            # its entry in the class's namespace stands for it
            owner = next((c for c in classes if name in c.__dict__), None)
            if owner is None:
                continue
            value = owner.__dict__[name]
        if predicate is None or predicate(value):
            members.append((name, value))
    members.sort(key=lambda member: member[0])
    return members


def getmro(cls):
    return cls.__mro__


def unwrap(func, *, stop=None):
    """The function at the end of a chain of __wrapped__ (functools.wraps),
    or the first one for which stop(f) is true."""
    seen = {id(func)}
    f = func
    while not isinstance(f, type) and hasattr(f, '__wrapped__'):
        if stop is not None and stop(f):
            break
        f = f.__wrapped__
        if id(f) in seen or len(seen) >= sys.getrecursionlimit():
            raise ValueError(f'wrapper loop when unwrapping {func!r}')
        seen.add(id(f))
    return f


_missing = object()


def _found_in_classes(classes, name):
    for cls in classes:
        namespace = cls.__dict__
        if name in namespace:
            return namespace[name]
    return _missing


def _is_data_descriptor_type(kind):
    hooks = {'__get__', '__set__', '__delete__'}
    present = {h for h in hooks if _found_in_classes(kind.__mro__, h) is not _missing}
    return '__get__' in present and len(present) > 1


def getattr_static(obj, attr, default=_missing):
    """The attribute as it is stored, without running descriptors or
    __getattr__: from the instance's __dict__, its class's namespaces, and
    for a class the namespaces of its metaclass."""
    if isinstance(obj, type):
        own, cls = _missing, obj
    else:
        try:
            own = object.__getattribute__(obj, '__dict__').get(attr, _missing)
        except AttributeError:
            own = _missing
        cls = type(obj)
    from_class = _found_in_classes(cls.__mro__, attr)
    if own is not _missing:
        # a data descriptor of the class wins over the instance's own value
        if from_class is not _missing and _is_data_descriptor_type(type(from_class)):
            return from_class
        return own
    if from_class is not _missing:
        return from_class
    if obj is cls:
        from_metaclass = _found_in_classes(type(cls).__mro__, attr)
        if from_metaclass is not _missing:
            return from_metaclass
    if default is not _missing:
        return default
    raise AttributeError(attr)


# ---- annotations -------------------------------------------------------------------------

def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """A new dict of the annotations of a class (its own, not inherited),
    module or callable.  With eval_str, those written as strings are
    evaluated: in the globals of the module (or of the function, at the end
    of its __wrapped__ and partial chain) and, for a class, with its
    namespace as locals, unless other globals or locals are given."""
    if isinstance(obj, type):
        found = obj.__dict__.get('__annotations__')
        if isinstance(found, types.GetSetDescriptorType):
            found = None
        module = sys.modules.get(getattr(obj, '__module__', None))
        home_globals = getattr(module, '__dict__', None)
        home_locals = dict(vars(obj))
        innermost = obj
    elif isinstance(obj, types.ModuleType):
        found = getattr(obj, '__annotations__', None)
        home_globals, home_locals, innermost = getattr(obj, '__dict__', None), None, None
    elif callable(obj):
        found = getattr(obj, '__annotations__', None)
        home_globals, home_locals = getattr(obj, '__globals__', None), None
        innermost = obj
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if found is None:
        return {}
    if not isinstance(found, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not eval_str or not found:
        return dict(found)
    if innermost is not None:
        innermost = _innermost_callable(innermost)
        home_globals = getattr(innermost, '__globals__', home_globals)
    globals = home_globals if globals is None else globals
    locals = home_locals if locals is None else locals
    return {name: eval(value, globals, locals) if isinstance(value, str) else value
            for name, value in found.items()}


def _innermost_callable(f):
    """What f calls in the end, through __wrapped__ and functools.partial."""
    from functools import partial
    while True:
        if hasattr(f, '__wrapped__'):
            f = f.__wrapped__
        elif isinstance(f, partial):
            f = f.func
        else:
            return f


# ---- documentation -----------------------------------------------------------------------

def indentsize(line):
    """The width of a line's indentation, tabs expanded."""
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


def cleandoc(doc):
    """A docstring without its indentation: the first line's leading blanks
    go, the margin common to the other lines goes, tabs become spaces, and
    blank lines at the start and the end go."""
    first, *rest = doc.expandtabs().split('\n')
    indents = [len(line) - len(line.lstrip()) for line in rest if line.strip()]
    margin = min(indents, default=0)
    lines = [first.lstrip()] + [line[margin:] for line in rest]
    start, end = 0, len(lines)
    while start < end and not lines[start].strip():
        start += 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    return '\n'.join(lines[start:end])


def _inherited_doc(obj):
    """The docstring a class, method or property without one inherits:
    the first one found on the same name up the classes."""
    if isinstance(obj, type):
        for cls in obj.__mro__[1:]:
            if cls is not object and cls.__doc__ is not None:
                return cls.__doc__
        return None
    if isinstance(obj, property):
        return getattr(obj.fget, '__doc__', None)
    function = obj.__func__ if isinstance(obj, types.MethodType) else obj
    name = getattr(function, '__name__', None)
    owner = _defining_class(function)
    if owner is None or name is None:
        return None
    for cls in owner.__mro__[1:]:
        candidate = cls.__dict__.get(name)
        doc = getattr(candidate, '__doc__', None)
        if doc is not None:
            return doc
    return None


def _defining_class(function):
    """The class a function was defined in, found by its __qualname__."""
    path = getattr(function, '__qualname__', '').split('.')[:-1]
    if not path or '<locals>' in path:
        return None
    owner = sys.modules.get(getattr(function, '__module__', None))
    for part in path:
        owner = getattr(owner, part, None)
    return owner if isinstance(owner, type) else None


def getdoc(object):
    """The docstring of object, cleaned up (cleandoc); a class, method or
    property without one inherits it.  None if there is none."""
    doc = getattr(object, '__doc__', None)
    if doc is None:
        try:
            doc = _inherited_doc(object)
        except (AttributeError, TypeError):
            doc = None
    return cleandoc(doc) if isinstance(doc, str) else None


# ---- where an object comes from ----------------------------------------------------------

def getmodule(object, _filename=None):
    """The module an object was defined in, if known."""
    if isinstance(object, types.ModuleType):
        return object
    name = getattr(object, '__module__', None)
    return None if name is None else sys.modules.get(name)


def _code_object(object):
    """The code object behind a method, function, traceback or frame (None
    for anything else)."""
    for kind, attribute in ((types.MethodType, '__func__'), (types.FunctionType, '__code__'),
                            (types.TracebackType, 'tb_frame'), (types.FrameType, 'f_code')):
        if isinstance(object, kind):
            object = getattr(object, attribute)
    return object if isinstance(object, types.CodeType) else None


def getfile(object):
    """The name of the file an object was defined in."""
    if isinstance(object, (types.ModuleType, type)):
        module = object if isinstance(object, types.ModuleType) else \
            sys.modules.get(object.__module__)
        filename = getattr(module, '__file__', None)
        if filename:
            return filename
        if isinstance(object, type) and object.__module__ == '__main__':
            raise OSError('source code not available')
        what = 'module' if isinstance(object, types.ModuleType) else 'class'
        raise TypeError(f'{object!r} is a built-in {what}')
    code = _code_object(object)
    if code is None:
        raise TypeError('module, class, method, function, traceback, frame, or code object '
                        f'was expected, got {type(object).__name__}')
    return code.co_filename


def getsourcefile(object):
    """The source file an object was defined in; None if there is no such file."""
    import os
    filename = getfile(object)
    return filename if os.path.exists(filename) else None


# ---- source ------------------------------------------------------------------------------

def _read_lines(object):
    filename = getfile(object)
    try:
        with open(filename, encoding='utf-8') as f:
            return f.read().splitlines(keepends=True)
    except (OSError, UnicodeDecodeError):
        raise OSError('could not get source code') from None


class _LineScanner:
    """Follows brackets, strings and backslashes over physical lines, to
    tell where each logical line (a statement) ends."""

    def __init__(self):
        self.depth = 0          # open brackets
        self.quote = None       # the quote of an unfinished triple-quoted string
        self.continued = False  # the last line ended in a backslash

    def in_statement(self):
        return self.depth > 0 or self.quote is not None or self.continued

    def feed(self, line):
        """Reads one physical line; the column of its comment, if any."""
        self.continued = False
        i, n = 0, len(line)
        while i < n:
            if self.quote is not None:
                i = self._skip_string(line, i, self.quote)
                continue
            c = line[i]
            if c == '#':
                return i
            if c in '\'"':
                quote = line[i:i + 3] if line[i:i + 3] in ('"""', "'''") else c
                i = self._skip_string(line, i + len(quote), quote)
                continue
            if c in '([{':
                self.depth += 1
            elif c in ')]}':
                self.depth = max(self.depth - 1, 0)
            elif c == '\\' and line[i + 1:].strip() == '':
                self.continued = True
            i += 1
        return None

    def _skip_string(self, line, i, quote):
        """The index after the string's end on this line (the line's end if
        a triple-quoted string goes on)."""
        self.quote = None
        while i < len(line):
            if line[i] == '\\':
                i += 2
            elif line.startswith(quote, i):
                return i + len(quote)
            else:
                i += 1
        if len(quote) == 3:
            self.quote = quote
        return len(line)


def _indent_of(line):
    return len(line) - len(line.lstrip())


def _block_end(lines, start, one_statement=False):
    """The index after the last line of the definition that starts at
    lines[start] (its decorators, header and indented body; with
    one_statement, only the statement there, as for a lambda).  Comment
    lines inside the body's indentation belong to it; blank lines at the end do not."""
    scanner = _LineScanner()
    header_indent = _indent_of(lines[start])
    body_indent = None
    end = start
    i = start
    in_header = True
    in_decorator = False
    while i < len(lines):
        line = lines[i]
        starts_statement = not scanner.in_statement()
        comment_at = scanner.feed(line)
        code = line.strip()
        if starts_statement:
            in_decorator = code.startswith('@')
        if starts_statement and not in_header:
            if not code:
                i += 1
                continue
            if comment_at is not None and not line[:comment_at].strip():
                if body_indent is not None and _indent_of(line) >= body_indent:
                    end = i + 1
                i += 1
                continue
            if _indent_of(line) <= header_indent:
                break
            if body_indent is None:
                body_indent = _indent_of(line)
        end = i + 1
        i += 1
        if not scanner.in_statement() and in_header:
            if one_statement:
                break
            in_header = in_decorator     # the def or class line comes after decorators
    return end


def _header_line(lines, low, high, keyword, name):
    """The index of the line in lines[low:high] that starts the definition
    `keyword name` (class or def): of those, the least indented one (the
    others are nested deeper, in functions or classes of their own), the
    first if several are; None if there is none."""
    best = None
    for i in range(low, high):
        words = lines[i].split(None, 2)
        if words[:1] == ['async']:
            words = lines[i].split(None, 3)[1:]
        if len(words) < 2 or words[0] != keyword:
            continue
        rest = words[1] + (' ' + words[2] if len(words) > 2 else '')
        if not (rest.startswith(name) and rest[len(name):].lstrip()[:1] in ('(', ':')):
            continue
        if best is None or _indent_of(lines[i]) < _indent_of(lines[best]):
            best = i
    return best


def _class_start(lines, cls):
    """The index of the line where class cls is defined (or its first
    decorator), found by following its __qualname__: each class on the way
    is looked for inside the one before, and a function's name before
    '<locals>' inside it as a def."""
    parts = cls.__qualname__.split('.')
    low, high = 0, len(lines)
    header = None
    for i, name in enumerate(parts):
        if name == '<locals>':
            continue
        is_function = i + 1 < len(parts) and parts[i + 1] == '<locals>'
        inside = low + 1 if header is not None else low    # not the enclosing header
        header = _header_line(lines, inside, high, 'def' if is_function else 'class', name)
        if header is None:
            raise OSError('could not find class definition')
        low, high = header, _block_end(lines, header)
    while header > 0 and lines[header - 1].lstrip().startswith('@'):
        header -= 1
    return header


def getsourcelines(object):
    """(lines, number of the first line) of the source of a module, class,
    function, method, traceback, frame or code object."""
    object = unwrap(object)
    lines = _read_lines(object)
    if isinstance(object, types.ModuleType):
        return lines, 0
    if isinstance(object, type):
        start = _class_start(lines, object)
        return lines[start:_block_end(lines, start)], start + 1
    code = _code_object(object)
    if code is None or not 0 < code.co_firstlineno <= len(lines):
        raise OSError('could not get source code')
    start = code.co_firstlineno - 1
    is_lambda = code.co_name == '<lambda>'
    if isinstance(object, (types.FrameType, types.TracebackType)) and code.co_name == '<module>':
        return lines, 0
    return lines[start:_block_end(lines, start, one_statement=is_lambda)], start + 1


def getsource(object):
    """The text of the source of a module, class, function or method."""
    lines, _ = getsourcelines(object)
    return ''.join(lines)


# ---- frames ------------------------------------------------------------------------------

# (CPython's also carry the positions of the instruction, in neither the
# tuple nor here)
Traceback = namedtuple('Traceback', 'filename lineno function code_context index')
FrameInfo = namedtuple('FrameInfo', 'frame filename lineno function code_context index')


def currentframe():
    """The frame of the caller."""
    return sys._getframe(1)


def _source_around(filename, lineno, context):
    """(context lines around line lineno of the file, the index of that
    line among them); (None, None) when the source cannot be read."""
    try:
        with open(filename, encoding='utf-8') as f:
            lines = f.read().splitlines(keepends=True)
    except (OSError, UnicodeDecodeError):
        return None, None
    if not 0 < lineno <= len(lines):
        return None, None
    first = max(0, min(lineno - 1 - context // 2, len(lines) - context))
    return lines[first:first + context], lineno - 1 - first


def getframeinfo(frame, context=1):
    """Where a frame (or traceback entry) is: a Traceback tuple (filename,
    lineno, function, code_context, index)."""
    return Traceback(*_where(frame, context)[1:])


def _where(frame, context):
    if isinstance(frame, types.TracebackType):
        frame, lineno = frame.tb_frame, frame.tb_lineno
    else:
        lineno = frame.f_lineno
    code = frame.f_code
    lines, index = _source_around(code.co_filename, lineno, context) if context > 0 \
        else (None, None)
    return FrameInfo(frame, code.co_filename, lineno, code.co_name, lines, index)


def getouterframes(frame, context=1):
    """A FrameInfo for the frame and each frame that called it, outwards."""
    infos = []
    while frame is not None:
        infos.append(_where(frame, context))
        frame = frame.f_back
    return infos


def stack(context=1):
    """A FrameInfo for the caller's frame and each frame below it."""
    return getouterframes(sys._getframe(1), context)


# ---- the states of generators and coroutines ---------------------------------------------

GEN_CREATED, GEN_RUNNING = 'GEN_CREATED', 'GEN_RUNNING'
GEN_SUSPENDED, GEN_CLOSED = 'GEN_SUSPENDED', 'GEN_CLOSED'
CORO_CREATED, CORO_RUNNING = 'CORO_CREATED', 'CORO_RUNNING'
CORO_SUSPENDED, CORO_CLOSED = 'CORO_SUSPENDED', 'CORO_CLOSED'


def _state(prefix, running, suspended, frame):
    if running:
        state = 'RUNNING'
    elif suspended:
        state = 'SUSPENDED'
    elif frame is None:     # finished (or closed): the frame is gone
        state = 'CLOSED'
    else:
        state = 'CREATED'
    return f'{prefix}_{state}'


def getgeneratorstate(generator):
    """GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    g = generator
    return _state('GEN', g.gi_running, g.gi_suspended, g.gi_frame)


def getcoroutinestate(coroutine):
    """CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED."""
    c = coroutine
    return _state('CORO', c.cr_running, c.cr_suspended, c.cr_frame)


ClosureVars = namedtuple('ClosureVars', 'nonlocals globals builtins unbound')


def getclosurevars(func):
    """The names a function's code uses, with what they are bound to now:
    its free variables, globals and builtins, and the names bound nowhere."""
    if isinstance(func, types.MethodType):
        func = func.__func__
    if not isinstance(func, types.FunctionType):
        raise TypeError(f"{func!r} is not a Python function")
    code = func.__code__
    cells = func.__closure__ or ()
    nonlocal_vars = {name: cell.cell_contents for name, cell in zip(code.co_freevars, cells)}
    global_ns = func.__globals__
    builtin_ns = global_ns.get('__builtins__', {})
    if isinstance(builtin_ns, types.ModuleType):
        builtin_ns = builtin_ns.__dict__
    global_vars, builtin_vars, unbound = {}, {}, set()
    for name in code.co_names:
        if name in ('None', 'True', 'False'):
            continue
        if name in global_ns:
            global_vars[name] = global_ns[name]
        elif name in builtin_ns:
            builtin_vars[name] = builtin_ns[name]
        else:
            unbound.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars, unbound)


# ---- parameters --------------------------------------------------------------------------

class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """The marker of an argument not given to replace()."""


class _ParameterKindType(type):
    """Makes _ParameterKind behave as the IntEnum it is in CPython: iterable,
    and called with a value it gives the kind of that value."""

    def __iter__(cls):
        return iter(_PARAMETER_KINDS)

    def __len__(cls):
        return len(_PARAMETER_KINDS)

    def __call__(cls, value):
        for kind in _PARAMETER_KINDS:
            if kind == value:
                return kind
        raise ValueError(f'{value!r} is not a valid _ParameterKind')


class _ParameterKind(int, metaclass=_ParameterKindType):
    """The five kinds of parameter, in the order a signature lists them
    (an IntEnum in CPython: same names, values, repr and str)."""

    @classmethod
    def _make(cls, value, name, description):
        kind = int.__new__(cls, value)
        kind._name_ = name
        kind.description = description
        return kind

    name = property(lambda self: self._name_)
    value = property(lambda self: int(self))

    def __repr__(self):
        return f'<_ParameterKind.{self._name_}: {int(self)}>'

    def __str__(self):
        return self._name_


_PARAMETER_KINDS = tuple(_ParameterKind._make(value, name, description)
                         for value, (name, description) in enumerate([
                             ('POSITIONAL_ONLY', 'positional-only'),
                             ('POSITIONAL_OR_KEYWORD', 'positional or keyword'),
                             ('VAR_POSITIONAL', 'variadic positional'),
                             ('KEYWORD_ONLY', 'keyword-only'),
                             ('VAR_KEYWORD', 'variadic keyword')]))
(_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL,
 _KEYWORD_ONLY, _VAR_KEYWORD) = _PARAMETER_KINDS
_POSITIONAL_KINDS = (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD)
_STAR_KINDS = (_VAR_POSITIONAL, _VAR_KEYWORD)


def _strip_typing_prefix(text):
    """'typing.List[typing.Any]' -> 'List[Any]': each dotted name loses a
    leading 'typing.'."""
    import re
    return re.sub(r'[\w.]+', lambda m: m.group(0).removeprefix('typing.'), text)


def formatannotation(annotation, base_module=None):
    """An annotation as a signature shows it: a class by its qualified name
    (without the module for builtins), anything else by its repr."""
    if getattr(annotation, '__module__', None) == 'typing':
        return _strip_typing_prefix(repr(annotation))
    is_plain_class = isinstance(annotation, type) and \
        not isinstance(annotation, types.GenericAlias)
    if not is_plain_class:
        return str(annotation) if isinstance(annotation, types.GenericAlias) else \
            repr(annotation)
    module = annotation.__module__
    if module in ('builtins', base_module):
        return annotation.__qualname__
    return f'{module}.{annotation.__qualname__}'


class Parameter:
    """One parameter of a signature: name, kind, default, annotation."""
    __slots__ = ('_name', '_kind', '_default', '_annotation')

    (POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD, VAR_POSITIONAL,
     KEYWORD_ONLY, VAR_KEYWORD) = _PARAMETER_KINDS
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            kind = _ParameterKind(kind)
        except (ValueError, TypeError):
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind') from None
        if default is not _empty and kind in _STAR_KINDS:
            raise ValueError(f'{kind.description} parameters cannot have default values')
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError(f'name must be a str, not a {type(name).__name__}')
        from keyword import iskeyword
        if not name.isidentifier() or (iskeyword(name) and kind is not _POSITIONAL_ONLY):
            raise ValueError(f'{name!r} is not a valid parameter name')
        self._name, self._kind = name, kind
        self._default, self._annotation = default, annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """A copy with the given fields changed."""
        def given(value, current):
            return current if value is _void else value
        return type(self)(given(name, self._name), given(kind, self._kind),
                          default=given(default, self._default),
                          annotation=given(annotation, self._annotation))

    def __str__(self):
        text = self._name
        annotated = self._annotation is not _empty
        if annotated:
            text += ': ' + formatannotation(self._annotation)
        if self._default is not _empty:
            text += (' = ' if annotated else '=') + repr(self._default)
        stars = {_VAR_POSITIONAL: '*', _VAR_KEYWORD: '**'}.get(self._kind, '')
        return stars + text

    def __repr__(self):
        return f'<{type(self).__name__} "{self}">'

    def _fields(self):
        return (self._name, self._kind, self._annotation, self._default)

    def __hash__(self):
        return hash(self._fields())

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return self is other or self._fields() == other._fields()


# ---- the result of binding ---------------------------------------------------------------

class BoundArguments:
    """The result of Signature.bind: the arguments by parameter name
    (.arguments), and as args and kwargs to call with again."""

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    def _as_call(self):
        """(args, kwargs): the parameters are passed positionally up to the
        first keyword-only one or the first that has no argument."""
        positional, keywords = [], {}
        by_position = True
        for name, param in self._signature.parameters.items():
            present = name in self.arguments
            if not present or param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                by_position = False
            if not present:
                continue
            value = self.arguments[name]
            if by_position:
                if param.kind is _VAR_POSITIONAL:
                    positional.extend(value)
                else:
                    positional.append(value)
            elif param.kind is _VAR_KEYWORD:
                keywords.update(value)
            else:
                keywords[name] = value
        return tuple(positional), keywords

    @property
    def args(self):
        return self._as_call()[0]

    @property
    def kwargs(self):
        return self._as_call()[1]

    def apply_defaults(self):
        """Adds the default of each parameter that got no argument (an empty
        tuple or dict for *args and **kwargs)."""
        filled = {}
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                filled[name] = self.arguments[name]
            elif param.default is not _empty:
                filled[name] = param.default
            elif param.kind is _VAR_POSITIONAL:
                filled[name] = ()
            elif param.kind is _VAR_KEYWORD:
                filled[name] = {}
        self.arguments = filled

    def __eq__(self, other):
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self is other or (self.signature == other.signature and
                                 self.arguments == other.arguments)

    def __repr__(self):
        shown = ', '.join(f'{name}={value!r}' for name, value in self.arguments.items())
        return f'<{type(self).__name__} ({shown})>'


# ---- signatures --------------------------------------------------------------------------

def _check_parameter_order(parameters):
    """Raises ValueError for parameters no def could declare (a kind out of
    order, a required parameter after one with a default, a name twice)."""
    highest = _POSITIONAL_ONLY
    default_seen = False
    names = set()
    for param in parameters:
        kind = param.kind
        if kind < highest:
            raise ValueError(f'wrong parameter order: {highest.description} parameter '
                             f'before {kind.description} parameter')
        highest = kind
        if kind in _POSITIONAL_KINDS:
            if param.default is not _empty:
                default_seen = True
            elif default_seen:
                raise ValueError('non-default argument follows default argument')
        if param.name in names:
            raise ValueError(f'duplicate parameter name: {param.name!r}')
        names.add(param.name)


class Signature:
    """The parameters of a callable and its return annotation."""
    empty = _empty
    _parameter_cls, _bound_arguments_cls = Parameter, BoundArguments
    __slots__ = ('_parameters', '_return_annotation')

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        parameters = list(parameters or ())
        if __validate_parameters__:
            _check_parameter_order(parameters)
        self._parameters = types.MappingProxyType({p.name: p for p in parameters})
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        return _signature_of(obj, _HowToRead(follow_wrapped, globals, locals, eval_str))

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_void, return_annotation=_void):
        """A copy with the given parameters or return annotation."""
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _identity(self):
        """What equality looks at: the order of keyword-only parameters does not matter."""
        params = self._parameters.values()
        return (tuple(p for p in params if p.kind is not _KEYWORD_ONLY),
                frozenset(p for p in params if p.kind is _KEYWORD_ONLY),
                self._return_annotation)

    def __hash__(self):
        return hash(self._identity())

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return self is other or self._identity() == other._identity()

    def bind(self, /, *args, **kwargs):
        """BoundArguments for a call with these arguments; TypeError if the
        call would fail for a missing or unexpected argument."""
        return self._bind(args, kwargs, partial=False)

    def bind_partial(self, /, *args, **kwargs):
        """As bind, but arguments may be missing."""
        return self._bind(args, kwargs, partial=True)

    def _bind(self, args, kwargs, partial):
        params = list(self._parameters.values())
        arguments = {}
        kwargs = dict(kwargs)
        taken = self._bind_positional(params, args, kwargs, arguments)
        star_star = None
        for param in params[taken:]:
            if param.kind is _VAR_KEYWORD:
                star_star = param
            elif param.kind is _VAR_POSITIONAL:
                continue
            elif param.name in kwargs:
                if param.kind is _POSITIONAL_ONLY:
                    raise TypeError(f'{param.name!r} parameter is positional only, '
                                    'but was passed as a keyword')
                arguments[param.name] = kwargs.pop(param.name)
            elif not partial and param.default is _empty:
                raise TypeError(f'missing a required argument: {param.name!r}')
        if kwargs:
            if star_star is None:
                raise TypeError(f'got an unexpected keyword argument {next(iter(kwargs))!r}')
            arguments[star_star.name] = kwargs
        return self._bound_arguments_cls(self, arguments)

    @staticmethod
    def _bind_positional(params, args, kwargs, arguments):
        """Gives the positional arguments to the parameters in order; how
        many parameters they took."""
        for i, value in enumerate(args):
            if i >= len(params) or params[i].kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                raise TypeError('too many positional arguments')
            param = params[i]
            if param.kind is _VAR_POSITIONAL:
                arguments[param.name] = tuple(args[i:])
                return i + 1
            if param.kind is not _POSITIONAL_ONLY and param.name in kwargs:
                raise TypeError(f'multiple values for argument {param.name!r}')
            arguments[param.name] = value
        return len(args)

    def __repr__(self):
        return f'<{type(self).__name__} {self}>'

    def __str__(self):
        shown = []
        previous = None
        star_shown = False
        for param in self._parameters.values():
            kind = param.kind
            if previous is _POSITIONAL_ONLY and kind is not _POSITIONAL_ONLY:
                shown.append('/')
            if kind is _VAR_POSITIONAL:
                star_shown = True
            elif kind is _KEYWORD_ONLY and not star_shown:
                shown.append('*')
                star_shown = True
            shown.append(str(param))
            previous = kind
        if previous is _POSITIONAL_ONLY:
            shown.append('/')
        text = '(' + ', '.join(shown) + ')'
        if self._return_annotation is not _empty:
            text += ' -> ' + formatannotation(self._return_annotation)
        return text


# ---- the signature of a callable ---------------------------------------------------------

class _HowToRead:
    """The options of signature(): whether to follow __wrapped__, and how
    to evaluate annotations written as strings (see get_annotations)."""

    def __init__(self, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        self.follow_wrapped = follow_wrapped
        self.globals, self.locals, self.eval_str = globals, locals, eval_str


def _signature_of_function(func, how):
    """Read from the code object: the names of the parameters come first
    in co_varnames (positional, keyword-only, then *args and **kwargs)."""
    code = func.__code__
    names = code.co_varnames
    n_positional, n_keyword_only = code.co_argcount, code.co_kwonlyargcount
    annotations = get_annotations(func, globals=how.globals, locals=how.locals,
                                  eval_str=how.eval_str)
    defaults = func.__defaults__ or ()
    keyword_defaults = func.__kwdefaults__ or {}
    first_with_default = n_positional - len(defaults)

    def make(name, kind, default=_empty):
        return Parameter(name, kind, default=default,
                         annotation=annotations.get(name, _empty))

    params = []
    for i, name in enumerate(names[:n_positional]):
        kind = _POSITIONAL_ONLY if i < code.co_posonlyargcount else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_with_default] if i >= first_with_default else _empty
        params.append(make(name, kind, default))
    star_names = iter(names[n_positional + n_keyword_only:])
    if code.co_flags & CO_VARARGS:
        params.append(make(next(star_names), _VAR_POSITIONAL))
    for name in names[n_positional:n_positional + n_keyword_only]:
        params.append(make(name, _KEYWORD_ONLY, keyword_defaults.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        params.append(make(next(star_names), _VAR_KEYWORD))
    return Signature(params, return_annotation=annotations.get('return', _empty),
                     __validate_parameters__=False)


def _without_first(sig):
    """The signature once the first argument is bound (self of a method)."""
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
        raise ValueError('invalid method signature')
    if params[0].kind is _VAR_POSITIONAL:
        return sig      # *args takes self and stays
    return sig.replace(parameters=params[1:])


def _signature_of_partial(p, how):
    """functools.partial: the parameters its arguments fill disappear; the
    ones its keywords fill get those as defaults, and from the first
    positional-or-keyword one filled so, every later parameter can only be
    passed by keyword (so they move after the others, and *args goes)."""
    wrapped = _signature_of(p.func, how)
    try:
        filled = wrapped.bind_partial(*p.args, **p.keywords).arguments
    except TypeError:
        raise ValueError(f'partial object {p!r} has incorrect arguments') from None
    front, keyword_only_tail = [], []
    keywords_only = False
    for param in wrapped.parameters.values():
        if param.name in filled and param.kind not in _STAR_KINDS:
            if param.kind is _POSITIONAL_ONLY or \
                    (param.kind is _POSITIONAL_OR_KEYWORD and param.name not in p.keywords):
                continue        # filled by position: gone
            param = param.replace(default=filled[param.name])
            keywords_only = keywords_only or param.kind is _POSITIONAL_OR_KEYWORD
        if not keywords_only:
            front.append(param)
        elif param.kind is _POSITIONAL_OR_KEYWORD:
            keyword_only_tail.append(param.replace(kind=_KEYWORD_ONLY))
        elif param.kind is not _VAR_POSITIONAL:
            keyword_only_tail.append(param)
    return wrapped.replace(parameters=front + keyword_only_tail)


def _python_attribute(cls, name):
    """cls.name if that is a function written in Python (not a slot
    wrapper of a built-in type), else None."""
    attribute = getattr(cls, name, None)
    if isinstance(attribute, (classmethod, staticmethod)):
        attribute = attribute.__func__
    if isinstance(attribute, types.MethodType):
        attribute = attribute.__func__
    return attribute if isinstance(attribute, types.FunctionType) else None


def _signature_of_class(cls, how):
    """What calling the class takes: its metaclass's __call__ if written in
    Python, else the __new__ or __init__ of the first class up the MRO that
    defines one in Python (without the cls or self parameter)."""
    metaclass_call = _python_attribute(type(cls), '__call__')
    if metaclass_call is not None:
        return _without_first(_signature_of(metaclass_call, how))
    new = _python_attribute(cls, '__new__')
    init = _python_attribute(cls, '__init__')
    for base in cls.__mro__:
        for name, method in (('__new__', new), ('__init__', init)):
            if method is not None and name in base.__dict__:
                return _without_first(_signature_of(method, how))
    if cls.__init__ is object.__init__ and cls.__new__ is object.__new__:
        return Signature()      # object's own: no arguments
    if type in cls.__mro__:
        raise ValueError(f'no signature found for builtin {cls!r}')
    raise ValueError(f'no signature found for builtin type {cls!r}')


def _signature_of(obj, how):
    if not callable(obj):
        raise TypeError(f'{obj!r} is not a callable object')
    if isinstance(obj, types.MethodType):
        return _without_first(_signature_of(obj.__func__, how))
    if how.follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if isinstance(obj, types.MethodType):
            return _signature_of(obj, how)
    declared = getattr(obj, '__signature__', None)
    if declared is not None:
        if not isinstance(declared, Signature):
            raise TypeError(f'unexpected object {declared!r} in __signature__ attribute')
        return declared
    if isinstance(obj, types.FunctionType):
        return _signature_of_function(obj, how)
    from functools import partial
    if isinstance(obj, partial):
        return _signature_of_partial(obj, how)
    if isinstance(obj, type):
        return _signature_of_class(obj, how)
    call = _python_attribute(type(obj), '__call__')
    if call is not None:
        return _without_first(_signature_of(call, how))
    raise ValueError(f'no signature found for builtin {obj!r}')


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable: signature(f) prints as (a, b=2, *args, **kw)."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals,
                                   locals=locals, eval_str=eval_str)


# ---- the older argument-spec API ---------------------------------------------------------

FullArgSpec = namedtuple('FullArgSpec',
                         'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, '
                         'annotations')


def getfullargspec(func):
    """The parameters of func as the FullArgSpec named tuple (a bound
    method's self included, __wrapped__ not followed)."""
    if isinstance(func, types.MethodType):
        func = func.__func__
    try:
        sig = _signature_of(func, _HowToRead(follow_wrapped=False))
    except Exception as error:
        raise TypeError('unsupported callable') from error
    spec = {'args': [], 'varargs': None, 'varkw': None, 'defaults': (),
            'kwonlyargs': [], 'kwonlydefaults': {}, 'annotations': {}}
    if sig.return_annotation is not _empty:
        spec['annotations']['return'] = sig.return_annotation
    for param in sig.parameters.values():
        name, kind = param.name, param.kind
        if kind in _POSITIONAL_KINDS:
            spec['args'].append(name)
            if param.default is not _empty:
                spec['defaults'] += (param.default,)
        elif kind is _KEYWORD_ONLY:
            spec['kwonlyargs'].append(name)
            if param.default is not _empty:
                spec['kwonlydefaults'][name] = param.default
        else:
            spec['varargs' if kind is _VAR_POSITIONAL else 'varkw'] = name
        if param.annotation is not _empty:
            spec['annotations'][name] = param.annotation
    spec['defaults'] = spec['defaults'] or None
    spec['kwonlydefaults'] = spec['kwonlydefaults'] or None
    return FullArgSpec(**spec)


def _quoted_list(names):
    """'a', 'a' and 'b', 'a', 'b' and 'c': the names as a call's error lists them."""
    quoted = [repr(name) for name in names]
    if len(quoted) == 1:
        return quoted[0]
    return ', '.join(quoted[:-1]) + ' and ' + quoted[-1]


def _too_many_positional(name, spec, given, values):
    """The error of a call with more positional arguments than func takes."""
    n_defaults = len(spec.defaults or ())
    least = len(spec.args) - n_defaults
    if spec.varargs:
        takes, plural = f'at least {least}', least != 1
    elif n_defaults:
        takes, plural = f'from {least} to {len(spec.args)}', True
    else:
        takes, plural = str(len(spec.args)), len(spec.args) != 1
    keywords_given = sum(1 for kw in spec.kwonlyargs if kw in values)
    also = ''
    if keywords_given:
        also = (f' positional argument{"s" if given != 1 else ""} (and {keywords_given} '
                f'keyword-only argument{"s" if keywords_given != 1 else ""})')
    verb = 'was' if given == 1 and not keywords_given else 'were'
    return TypeError(f'{name}() takes {takes} positional argument{"s" if plural else ""} '
                     f'but {given}{also} {verb} given')


def getcallargs(func, /, *positional, **named):
    """The values the parameters of func would get from these arguments,
    by name, as a call would give them (and the call's TypeError if it
    would fail).  The order is CPython's: the positional parameters,
    *args, **kwargs, the keywords given, then the defaults."""
    spec = getfullargspec(func)
    name = func.__name__
    if isinstance(func, types.MethodType) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    n_args = len(spec.args)
    values = dict(zip(spec.args, positional))
    if spec.varargs:
        values[spec.varargs] = tuple(positional[n_args:])
    extra_keywords = None
    if spec.varkw:
        extra_keywords = values[spec.varkw] = {}
    for keyword, value in named.items():
        if keyword in spec.args or keyword in spec.kwonlyargs:
            if keyword in values:
                raise TypeError(f'{name}() got multiple values for argument {keyword!r}')
            values[keyword] = value
        elif extra_keywords is not None:
            extra_keywords[keyword] = value
        else:
            raise TypeError(f'{name}() got an unexpected keyword argument {keyword!r}')
    if len(positional) > n_args and not spec.varargs:
        raise _too_many_positional(name, spec, len(positional), values)
    defaults = spec.defaults or ()
    first_default = n_args - len(defaults)
    unfilled = [arg for arg in spec.args[:first_default] if arg not in values]
    if unfilled:
        raise TypeError(f'{name}() missing {len(unfilled)} required positional '
                        f'argument{"s" if len(unfilled) > 1 else ""}: {_quoted_list(unfilled)}')
    for arg, default in zip(spec.args[first_default:], defaults):
        values.setdefault(arg, default)
    keyword_defaults = spec.kwonlydefaults or {}
    unfilled = [kw for kw in spec.kwonlyargs if kw not in values and kw not in keyword_defaults]
    if unfilled:
        raise TypeError(f'{name}() missing {len(unfilled)} required keyword-only '
                        f'argument{"s" if len(unfilled) > 1 else ""}: {_quoted_list(unfilled)}')
    for kw in spec.kwonlyargs:
        values.setdefault(kw, keyword_defaults.get(kw))
    return values
