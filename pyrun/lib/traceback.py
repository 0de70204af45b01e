"""Printing and formatting tracebacks, as CPython's traceback module.

The text of each entry ('  File "x.py", line 3, in f', its source line and
its carets) comes from the interpreter itself (the _traceback module: the
code that prints an uncaught exception), so that print_exc() shows what an
uncaught exception would.  The rest is put together here as CPython's
module does: the entries kept by a limit, repeated entries folded into
"[Previous line repeated N more times]", the chain of causes and contexts,
and the exception's own lines.  Unlike the interpreter's report of an
uncaught exception, these texts have no "Did you mean" suggestion (CPython
3.11's traceback module looks for none).

Exception groups are formatted whole by the interpreter, told the limit."""

import sys
import _traceback
from collections.abc import Sequence

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']

_sentinel = object()

_CAUSE_MESSAGE = '\nThe above exception was the direct cause of the following exception:\n\n'
_CONTEXT_MESSAGE = '\nDuring handling of the above exception, another exception occurred:\n\n'
_HEADER = 'Traceback (most recent call last):\n'

# entries repeated more than this many times in a row are folded
_REPEATS_SHOWN = 3


# ---- choosing entries ----------------------------------------------------------------------

def _effective_limit(limit):
    """limit, or sys.tracebacklimit when None (a negative one means 0)."""
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    return limit


def _kept(items, limit):
    """The first `limit` items, the last -limit when negative, all when None."""
    items = list(items)
    if limit is None:
        return items
    return items[:limit] if limit >= 0 else items[len(items) + limit:]


# ---- one entry -----------------------------------------------------------------------------

class FrameSummary:
    """One entry of a traceback or stack: where (file, line, function) and
    the source line.  It also behaves as the 4-tuple (filename, lineno,
    name, line) that older code expects."""
    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line',
                 'locals', '_text')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename, self.lineno, self.name = filename, lineno, name
        self.end_lineno, self.colno, self.end_colno = end_lineno, colno, end_colno
        self._line = line
        # the interpreter's text of the entry (with carets), for the entries of tracebacks
        self._text = None
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


def _summary(frame, lineno, capture_locals=False):
    code = frame.f_code
    return FrameSummary(code.co_filename, lineno, code.co_name,
                        line=_traceback.source_line(code, lineno) or '',
                        locals=frame.f_locals if capture_locals else None)


def _entry_text(tb):
    """The interpreter's text of the first entry of a traceback."""
    rest = tb.tb_next
    tb.tb_next = None           # (the interpreter formats a whole traceback: cut it after one)
    try:
        return _traceback.format_tb(tb)
    finally:
        tb.tb_next = rest


def _folded_repeats(count):
    count -= _REPEATS_SHOWN
    return f'  [Previous line repeated {count} more time{"s" if count > 1 else ""}]\n'


class StackSummary(list):
    """A list of FrameSummary objects, oldest first, that formats as a traceback does."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """The summary of (frame, line) pairs, as walk_tb() and walk_stack() give."""
        pairs = _kept(frame_gen, _effective_limit(limit))
        return klass(_summary(frame, lineno, capture_locals) for frame, lineno in pairs)

    @classmethod
    def from_list(klass, a_list):
        """A summary of FrameSummary objects or (filename, lineno, name, line) tuples."""
        result = klass()
        for item in a_list:
            if not isinstance(item, FrameSummary):
                filename, lineno, name, line = item
                item = FrameSummary(filename, lineno, name, line=line)
            result.append(item)
        return result

    def format_frame_summary(self, frame_summary):
        """The text of one entry: its place, its source line (and carets),
        its captured locals."""
        text = frame_summary._text if isinstance(frame_summary, FrameSummary) else None
        if text is None:
            text = (f'  File "{frame_summary.filename}", line {frame_summary.lineno}, '
                    f'in {frame_summary.name}\n')
            if frame_summary.line:
                text += f'    {frame_summary.line}\n'
        if frame_summary.locals:
            text += ''.join(f'    {name} = {value}\n'
                            for name, value in sorted(frame_summary.locals.items()))
        return text

    def format(self):
        """The entries' texts; past three in a row at the same place, the
        repeats are counted on one line."""
        texts = []
        previous, repeats = None, 0
        for frame_summary in self:
            place = (frame_summary.filename, frame_summary.lineno, frame_summary.name)
            if place == previous:
                repeats += 1
            else:
                if repeats > _REPEATS_SHOWN:
                    texts.append(_folded_repeats(repeats))
                previous, repeats = place, 1
            if repeats <= _REPEATS_SHOWN:
                texts.append(self.format_frame_summary(frame_summary))
        if repeats > _REPEATS_SHOWN:
            texts.append(_folded_repeats(repeats))
        return texts


# ---- walking tracebacks and stacks ---------------------------------------------------------

def walk_tb(tb):
    """(frame, line) for each entry of a traceback, oldest first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    """(frame, line) for f and each frame below it, newest first (from the
    caller's frame when f is None)."""
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def _traceback_entries(tb):
    while tb is not None:
        yield tb
        tb = tb.tb_next


def extract_tb(tb, limit=None, capture_locals=False):
    """The StackSummary of a traceback (the first `limit` entries; the last
    -limit when negative)."""
    if capture_locals:
        raise NotImplementedError('capture_locals is not supported by pyedu: the frames of '
                                  'a traceback do not keep their local variables')
    summary = StackSummary()
    for entry in _kept(_traceback_entries(tb), _effective_limit(limit)):
        frame_summary = _summary(entry.tb_frame, entry.tb_lineno, capture_locals)
        frame_summary._text = _entry_text(entry)
        summary.append(frame_summary)
    return summary


def extract_stack(f=None, limit=None):
    """The stack from its outermost frame to f (the caller when None): a
    StackSummary of its newest `limit` frames."""
    newest_first = StackSummary.extract(walk_stack(f or sys._getframe().f_back), limit=limit)
    return StackSummary.from_list(newest_first[::-1])


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    _print_pieces(format_list(extracted_list), file)


def format_tb(tb, limit=None):
    """The entries of a traceback, one string each (with carets)."""
    return extract_tb(tb, limit).format()


def print_tb(tb, limit=None, file=None):
    _print_pieces(format_tb(tb, limit), file)


def format_stack(f=None, limit=None):
    return format_list(extract_stack(f or sys._getframe().f_back, limit=limit))


def print_stack(f=None, limit=None, file=None):
    print_list(extract_stack(f or sys._getframe().f_back, limit=limit), file)


def clear_frames(tb):
    """(Frames are snapshots here: nothing to clear.)"""


def _print_pieces(pieces, file):
    if file is None:
        file = sys.stderr
    for piece in pieces:
        print(piece, file=file, end='')


# ---- an exception's own lines ----------------------------------------------------------------

_SUGGESTION = '. Did you mean: '


def _without_suggestion(text, exc):
    """The interpreter's text for exc without the suggestion it adds to a
    NameError, AttributeError or ImportError."""
    if not isinstance(exc, (NameError, AttributeError, ImportError)):
        return text
    first, newline, rest = text.partition('\n')
    cut = first.rfind(_SUGGESTION)
    if cut < 0 or not first.endswith('?') or _SUGGESTION in str(exc):
        return text
    return first[:cut] + newline + rest


def _text_without_notes(exc):
    """The interpreter's text for the exception, its notes left out."""
    own_notes = getattr(exc, '__dict__', {}).pop('__notes__', _sentinel)
    try:
        return _traceback.format_exception_only(exc)
    finally:
        if own_notes is not _sentinel:
            exc.__notes__ = own_notes


def _safe_str(value, what, show=str):
    try:
        return show(value)
    except Exception:
        return f'<{what} {show.__name__}() failed>'


def _note_lines(exc):
    """The lines of the notes of exc: each line of each note of a sequence
    of notes, or the repr of something else."""
    try:
        notes = getattr(exc, '__notes__', None)
    except Exception:
        notes = None
    if notes is None:
        return []
    if not isinstance(notes, Sequence):
        return [_safe_str(notes, '__notes__', repr)]      # (CPython ends this one with no newline)
    return [line + '\n' for note in notes
            for line in (note if isinstance(note, str) else _safe_str(note, 'note')).split('\n')]


def _exception_only(exc):
    """The exception's own lines, cut as CPython cuts them: the type and
    message (a SyntaxError's place, source and caret lines each apart),
    then each line of its notes."""
    own = _without_suggestion(_text_without_notes(exc), exc)
    pieces = own.splitlines(keepends=True) if isinstance(exc, SyntaxError) else [own]
    return pieces + _note_lines(exc)


# ---- whole exceptions ------------------------------------------------------------------------

class TracebackException:
    """An exception ready for formatting: its type, message, stack, and
    the exceptions it was raised from or while handling (as
    TracebackExceptions too)."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        self._exc = exc_value
        self.exc_type = exc_type
        self._str = _text_of(exc_value)
        self.stack = extract_tb(exc_traceback, limit, capture_locals)
        self._limit = _effective_limit(limit)   # (for exception groups)
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            self.lineno = None if exc_value.lineno is None else str(exc_value.lineno)
            self.text, self.offset, self.msg = exc_value.text, exc_value.offset, exc_value.msg
        seen = set() if _seen is None else _seen
        seen.add(id(exc_value))

        def chained(link):
            if link is None or id(link) in seen:
                return None
            return TracebackException(type(link), link, link.__traceback__, limit=limit,
                                      capture_locals=capture_locals, compact=compact,
                                      _seen=seen)
        cause = getattr(exc_value, '__cause__', None)
        self.__cause__ = chained(cause)
        # (compact: the context is looked at only when it is shown)
        needs_context = not compact or (cause is None and not self.__suppress_context__)
        self.__context__ = chained(getattr(exc_value, '__context__', None)) \
            if needs_context else None

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __str__(self):
        return self._str

    def __eq__(self, other):
        # (equal when all they show is: type, message, stack, chain)
        if not isinstance(other, TracebackException):
            return NotImplemented
        hidden = ('_exc', '_limit')
        mine = {name: value for name, value in vars(self).items() if name not in hidden}
        theirs = {name: value for name, value in vars(other).items() if name not in hidden}
        return mine == theirs

    def format_exception_only(self):
        """The exception's own lines (type and message, notes)."""
        if self._exc is None:
            yield 'NoneType: None\n'
        else:
            yield from _exception_only(self._exc)

    def _shown_chain(self, chain):
        """(the message before it, exception) for each exception shown, oldest first."""
        shown = []
        current = self
        while current is not None:
            # (the message goes between current and the exception it links to)
            if chain and current.__cause__ is not None:
                message, linked = _CAUSE_MESSAGE, current.__cause__
            elif chain and current.__context__ is not None and not current.__suppress_context__:
                message, linked = _CONTEXT_MESSAGE, current.__context__
            else:
                message, linked = None, None
            shown.append((message, current))
            current = linked
        return shown[::-1]

    def format(self, *, chain=True):
        """The pieces of text that print() prints: for each exception of the
        chain, its traceback's entries and its own lines."""
        shown = self._shown_chain(chain)
        if any(isinstance(te._exc, BaseExceptionGroup) for _, te in shown):
            yield from _interpreter_pieces(self._exc, chain, self._limit)
            return
        for message, te in shown:
            if message is not None:
                yield message
            if te.stack:
                yield _HEADER
                yield from te.stack.format()
            yield from te.format_exception_only()

    def print(self, *, file=None, chain=True):
        _print_pieces(self.format(chain=chain), file)


def _text_of(exc):
    if exc is None:
        return ''
    try:
        return str(exc)
    except Exception:
        return '<exception str() failed>'


def _interpreter_pieces(exc, chain, limit):
    """The interpreter's whole report of exc (with an exception group in
    its chain), in pieces."""
    return _entry_chunks(_traceback.format_exception(exc, chain, limit))


def _without_margin(line):
    """A line of an exception group's report without its margin ('  | ')."""
    stripped = line.lstrip(' ')
    return stripped[2:] if stripped.startswith('| ') else line


def _entry_chunks(text):
    """The text of a report cut as CPython's format functions cut it: each
    header, each entry (with its source and caret lines), each message
    between chained exceptions, each line of an exception group's frame,
    and each exception's own lines."""
    chunks = []
    lines = text.splitlines(keepends=True)
    i = 0
    kind = None
    while i < len(lines):
        line = lines[i]
        content = _without_margin(line)
        if (line == '\n' and i + 2 < len(lines) and lines[i + 2] == '\n'
                and lines[i + 1].startswith(('The above exception', 'During handling'))):
            chunks.append(''.join(lines[i:i + 3]))
            i += 3
            kind = None
            continue
        if content.startswith(('Traceback (most recent call last):',
                               'Exception Group Traceback (most recent call last):')) \
                or content.lstrip(' ').startswith('+'):
            chunks.append(line)
            kind = 'header'
        elif content.startswith(('  File "', '  [Previous line')):
            chunks.append(line)
            kind = 'entry'
        elif kind == 'entry' and content.startswith('    '):
            chunks[-1] += line
        elif kind == 'exception' and content is line:
            chunks[-1] += line
        else:
            chunks.append(line)
            kind = 'exception'
        i += 1
    return chunks


# ---- the functions on exceptions -------------------------------------------------------------

def _exception_and_tb(exc, value, tb):
    """(exception, traceback) meant by the (exc) or (type, value, tb) calling styles."""
    if value is _sentinel:
        if exc is not None and not isinstance(exc, BaseException):
            raise TypeError(f"Exception expected for value, {type(exc).__name__} found")
        return exc, getattr(exc, '__traceback__', None)
    if tb is _sentinel:
        tb = getattr(value, '__traceback__', None)
    return value, tb


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The pieces of text that print_exception() prints, as a list."""
    exc, tb = _exception_and_tb(exc, value, tb)
    te = TracebackException(type(exc), exc, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """The last lines of the report: the exception's type and message (and notes)."""
    exc, _ = _exception_and_tb(exc, value, None)
    return list(TracebackException(type(exc), exc, None, compact=True).format_exception_only())


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Prints the exception and its traceback (to sys.stderr by default)."""
    _print_pieces(format_exception(exc, value, tb, limit=limit, chain=chain), file)


def format_exc(limit=None, chain=True):
    """The exception being handled, as print_exc() would print it, in a str."""
    return ''.join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Prints the exception being handled."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_value'):
        raise ValueError('no last exception')
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)
