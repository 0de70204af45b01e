"""Printing and formatting tracebacks, as CPython's traceback module.

The texts come from the interpreter itself (the _traceback module: the
code that prints an uncaught exception), so that print_exc() prints what
an uncaught exception would, with the same carets; the summaries
(extract_tb, extract_stack) are built here from the traceback and frame
objects."""

import sys
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']

_sentinel = object()


def _exception_of(exc, value, tb):
    """The exception meant by the (exc) or (type, value, tb) calling styles."""
    if value is _sentinel:
        if exc is not None and not isinstance(exc, BaseException):
            raise TypeError(f"Exception expected for value, {type(exc).__name__} found")
        return exc
    if value is not None and tb is not _sentinel and tb is not None:
        value.__traceback__ = tb
    return value


def _entry_chunks(text):
    """The text of a traceback cut as CPython's format functions cut it: the
    header, each entry (with its source and caret lines), the messages
    between chained exceptions, and the exception's own lines."""
    chunks = []
    lines = text.splitlines(keepends=True)
    i = 0
    kind = None
    while i < len(lines):
        line = lines[i]
        if (line == '\n' and i + 2 < len(lines) and lines[i + 2] == '\n'
                and lines[i + 1].startswith(('The above exception', 'During handling'))):
            chunks.append(''.join(lines[i:i + 3]))
            i += 3
            kind = None
            continue
        if line.startswith(('Traceback (most recent call last):',
                            'Exception Group Traceback (most recent call last):')):
            chunks.append(line)
            kind = 'header'
        elif line.startswith(('  File "', '  [Previous line')):
            chunks.append(line)
            kind = 'entry'
        elif kind == 'entry' and line.startswith('    '):
            chunks[-1] += line
        elif kind == 'exception':
            chunks[-1] += line
        else:
            chunks.append(line)
            kind = 'exception'
        i += 1
    return chunks


def _limited(text, limit):
    """Keeps the first `limit` entries (the last -limit when negative)."""
    if limit is None:
        return text
    chunks = _entry_chunks(text)
    if limit >= 0:
        return ''.join(chunks[:limit])
    return ''.join(chunks[limit:]) if limit else ''


# ---- without suggestions --------------------------------------------------------------
#
# The interpreter ends the report of an uncaught NameError, AttributeError
# or ImportError with a suggestion ("... Did you mean: 'value'?"), but
# CPython 3.11's traceback module does not look for one: its texts are the
# interpreter's without the suggestion.

_SUGGESTION = ". Did you mean: "


def _suggesting_lines(exc, chain):
    """{the interpreter's first line for an exception of the report: the
    same line without its suggestion}."""
    replacements = {}
    seen = set()
    pending = [exc]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, (NameError, AttributeError, ImportError)):
            first = _traceback.format_exception_only(current).partition('\n')[0]
            cut = first.rfind(_SUGGESTION)
            if cut >= 0 and first.endswith('?') and _SUGGESTION not in str(current):
                replacements[first] = first[:cut]
        if chain:
            pending += [current.__cause__, current.__context__]
    return replacements


def _without_suggestions(text, exc, chain):
    replacements = _suggesting_lines(exc, chain)
    if not replacements:
        return text
    lines = text.split('\n')
    return '\n'.join(replacements.get(line, line) for line in lines)


# ---- exceptions -----------------------------------------------------------------------

def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines that print_exception() prints, as a list of strings."""
    exc = _exception_of(exc, value, tb)
    if exc is None:
        return ['NoneType: None\n']
    text = _without_suggestions(_traceback.format_exception(exc, chain), exc, chain)
    if limit is not None:
        chunks = _entry_chunks(text)
        entries = [c for c in chunks if c.startswith('  File')]
        keep = entries[:limit] if limit >= 0 else entries[limit:]
        return [c for c in chunks if not c.startswith('  File') or c in keep]
    return _entry_chunks(text)


def format_exception_only(exc, /, value=_sentinel):
    """The last lines of the report: the exception's type and message."""
    exc = _exception_of(exc, value, _sentinel)
    if exc is None:
        return ['NoneType: None\n']
    return [_without_suggestions(_traceback.format_exception_only(exc), exc, False)]


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Prints the exception and its traceback (to sys.stderr by default)."""
    if file is None:
        file = sys.stderr
    for chunk in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(chunk, file=file, end="")


def format_exc(limit=None, chain=True):
    """The exception being handled, as print_exc() would print it, in a str."""
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Prints the exception being handled."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


# ---- tracebacks and stacks ------------------------------------------------------------

def format_tb(tb, limit=None):
    """The entries of a traceback, one string each (with carets)."""
    return _entry_chunks(_limited(_traceback.format_tb(tb), limit))


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for entry in format_tb(tb, limit):
        print(entry, file=file, end="")


class FrameSummary:
    """One entry of a traceback or stack: where (file, line, function) and
    the source line.  It also behaves as the 4-tuple (filename, lineno,
    name, line) that older code expects."""
    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line',
                 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename, self.lineno, self.name = filename, lineno, name
        self.end_lineno, self.colno, self.end_colno = end_lineno, colno, end_colno
        self._line = line
        # the locals are kept as their reprs (the objects may change or go)
        self.locals = None if not locals else {key: repr(value)
                                               for key, value in locals.items()}
        if lookup_line:
            self._read_line()

    def _read_line(self):
        if self._line is None:
            self._line = _source_line(self.filename, self.lineno)
        return self._line

    @property
    def line(self):
        return self._read_line().strip()

    def _as_tuple(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, tuple):
            return other == self._as_tuple()
        if not isinstance(other, FrameSummary):
            return NotImplemented
        # (the source line is left out: it follows from the place)
        return (self._as_tuple()[:3] + (self.locals,)
                == other._as_tuple()[:3] + (other.locals,))

    def __getitem__(self, pos):
        return self._as_tuple()[pos]

    def __iter__(self):
        return iter(self._as_tuple())

    def __len__(self):
        return len(self._as_tuple())

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"


_source_cache = {}


def _source_line(filename, lineno):
    """Line lineno of a file ('' if it cannot be read)."""
    if filename not in _source_cache:
        try:
            with open(filename, encoding='utf-8') as f:
                _source_cache[filename] = f.read().splitlines()
        except (OSError, UnicodeDecodeError):
            _source_cache[filename] = []
    lines = _source_cache[filename]
    return lines[lineno - 1] if lineno and 0 < lineno <= len(lines) else ''


def _summary(frame, lineno):
    code = frame.f_code
    line = _traceback.source_line(code, lineno)
    return FrameSummary(code.co_filename, lineno, code.co_name, line=line)


class StackSummary(list):
    """A list of FrameSummary objects."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        result = klass()
        for frame, lineno in frame_gen:
            result.append(_summary(frame, lineno))
            if limit is not None and limit >= 0 and len(result) >= limit:
                break
        if limit is not None and limit < 0:
            result[:] = result[limit:]
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for item in a_list:
            if isinstance(item, FrameSummary):
                result.append(item)
            else:
                filename, lineno, name, line = item
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = [f'  File "{frame_summary.filename}", line {frame_summary.lineno}, '
               f'in {frame_summary.name}\n']
        if frame_summary.line:
            row.append(f'    {frame_summary.line}\n')
        if frame_summary.locals:
            row += [f'    {name} = {value}\n' for name, value in sorted(frame_summary.locals.items())]
        return ''.join(row)

    def format(self):
        if getattr(self, '_length', None) == len(self):
            return list(self._formatted)
        result = []
        last = None
        count = 0
        for frame_summary in self:
            here = (frame_summary.filename, frame_summary.lineno, frame_summary.name)
            if here != last:
                if count > 3:
                    count -= 3
                    result.append(f'  [Previous line repeated {count} more '
                                  f'time{"s" if count > 1 else ""}]\n')
                last = here
                count = 0
            count += 1
            if count > 3:
                continue
            result.append(self.format_frame_summary(frame_summary))
        if count > 3:
            count -= 3
            result.append(f'  [Previous line repeated {count} more '
                          f'time{"s" if count > 1 else ""}]\n')
        return result


def walk_tb(tb):
    """(frame, line) for each entry of a traceback."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    """(frame, line) for f and each frame below it (the caller's frame
    when f is None)."""
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def extract_tb(tb, limit=None):
    summary = StackSummary.extract(walk_tb(tb), limit=limit)
    # the interpreter's own text for the entries, with their carets
    summary._formatted = format_tb(tb, limit)
    summary._length = len(summary)
    return summary


def extract_stack(f=None, limit=None):
    """The stack from its outermost frame to f (the caller when None): a
    StackSummary of its newest `limit` frames."""
    newest_first = StackSummary.extract(walk_stack(f or sys._getframe().f_back), limit=limit)
    return StackSummary.from_list(newest_first[::-1])


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def clear_frames(tb):
    """(Frames are snapshots here: nothing to clear.)"""


class TracebackException:
    """An exception ready for formatting: its type, message, stack and the
    exceptions chained to it."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        self._exc = exc_value
        self._limit = limit
        self.exc_type = exc_type
        self._str = str(exc_value) if exc_value is not None else ''
        self.stack = StackSummary.extract(walk_tb(exc_traceback), limit=limit)
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value else False
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        cause = exc_value.__cause__ if exc_value is not None else None
        context = exc_value.__context__ if exc_value is not None else None
        self.__cause__ = (TracebackException(type(cause), cause, cause.__traceback__,
                                             limit=limit, _seen=_seen)
                          if cause is not None and id(cause) not in _seen else None)
        self.__context__ = (TracebackException(type(context), context, context.__traceback__,
                                               limit=limit, _seen=_seen)
                            if context is not None and id(context) not in _seen else None)
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            self.lineno = str(exc_value.lineno) if exc_value.lineno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __str__(self):
        return self._str

    def __eq__(self, other):
        # (equal when every attribute is: type, message, stack, chain)
        if isinstance(other, TracebackException):
            return vars(other) == vars(self)
        return NotImplemented

    def format_exception_only(self):
        if self._exc is None:
            yield 'NoneType: None\n'
        else:
            yield from format_exception_only(self._exc)

    def format(self, *, chain=True):
        if self._exc is None:
            yield 'NoneType: None\n'
        else:
            yield from format_exception(self._exc, limit=self._limit, chain=chain)

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
