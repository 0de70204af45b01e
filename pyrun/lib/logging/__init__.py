"""Logging, as CPython's logging module.

The pieces, each described in the Python documentation:

* A LogRecord is one event: the message and its arguments, a level, where
  and when it was logged.
* Loggers form a tree by their dotted names ("app.db" is a child of "app"),
  under the root logger.  A record logged on one is offered to its
  handlers, then (while propagate is true) to its ancestors' handlers.  A
  logger whose level is NOTSET takes its nearest ancestor's.
* Handlers send records somewhere (a stream, a file, nowhere); a Formatter
  turns a record into text, by a format in one of three styles (%, {, $).
* Filters, on loggers and handlers, can stop records.

The module functions (logging.info, ...) log on the root logger, calling
basicConfig() first if the root has no handler: a warning then prints as
"WARNING:root:message" on stderr.  With no handler anywhere, a record of
level WARNING or above is printed alone on stderr (the "last resort").

Not provided: the logging.handlers and logging.config modules."""

import os
import sys
import time
import threading
import atexit

__all__ = ['BASIC_FORMAT', 'BufferingFormatter', 'CRITICAL', 'DEBUG', 'ERROR', 'FATAL',
           'FileHandler', 'Filter', 'Formatter', 'Handler', 'INFO', 'LogRecord', 'Logger',
           'LoggerAdapter', 'NOTSET', 'NullHandler', 'StreamHandler', 'WARN', 'WARNING',
           'addLevelName', 'basicConfig', 'captureWarnings', 'critical', 'debug', 'disable',
           'error', 'exception', 'fatal', 'getLevelName', 'getLogger', 'getLoggerClass',
           'info', 'log', 'makeLogRecord', 'setLoggerClass', 'shutdown', 'warn', 'warning',
           'getLogRecordFactory', 'setLogRecordFactory', 'lastResort', 'raiseExceptions',
           'getLevelNamesMapping']

# When true, errors raised while emitting a record are reported on stderr
# (Handler.handleError), as are a few misuses; a program may turn it off.
raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True



def _file_of_this_module():
    return sys._getframe(0).f_code.co_filename


_THIS_FILE = _file_of_this_module()    # frames of it are skipped to find the caller
_program_start = time.time()


# ---- levels ---------------------------------------------------------------------------

NOTSET = 0
DEBUG = 10
INFO = 20
WARNING = 30
ERROR = 40
CRITICAL = 50
WARN = WARNING
FATAL = CRITICAL

_level_names = {}       # number -> name
_named_levels = {}      # name -> number (also the aliases WARN and FATAL)
for _number, _name in ((NOTSET, 'NOTSET'), (DEBUG, 'DEBUG'), (INFO, 'INFO'),
                       (WARNING, 'WARNING'), (ERROR, 'ERROR'), (CRITICAL, 'CRITICAL')):
    _level_names[_number] = _name
    _named_levels[_name] = _number
_named_levels['WARN'] = WARN
_named_levels['FATAL'] = FATAL
del _number, _name


def getLevelNamesMapping():
    return dict(_named_levels)


def getLevelName(level):
    """The name of a level number, the number of a level name, or
    'Level N' for a number without a name."""
    if level in _level_names:
        return _level_names[level]
    if level in _named_levels:
        return _named_levels[level]
    return f"Level {level}"


def addLevelName(level, levelName):
    _level_names[level] = levelName
    _named_levels[levelName] = level


def _level_number(level):
    """A level given as a number or as a registered name, as a number."""
    if isinstance(level, int):
        return level
    if isinstance(level, str):
        if level in _named_levels:
            return _named_levels[level]
        raise ValueError(f"Unknown level: {level!r}")
    raise TypeError(f"Level not an integer or a valid string: {level!r}")


# ---- records --------------------------------------------------------------------------

def _one_mapping_argument(args):
    """log("%(user)s", {"user": ...}): a single non-empty mapping is the
    mapping the message is formatted with."""
    if args and len(args) == 1 and hasattr(args[0], 'keys') and \
            hasattr(args[0], '__getitem__') and args[0]:
        return args[0]
    return args


_names_of_files = {}    # pathname -> (filename, module): the same few, again and again


def _file_and_module(pathname):
    """'/a/b/mod.py' -> ('mod.py', 'mod')."""
    try:
        return _names_of_files[pathname]
    except (KeyError, TypeError):
        pass
    try:
        filename = os.path.basename(pathname)
        names = filename, os.path.splitext(filename)[0]
    except (TypeError, ValueError, AttributeError):
        return pathname, "Unknown module"
    if isinstance(pathname, str):
        _names_of_files[pathname] = names
    return names


def _current_thread():
    return threading.get_ident(), threading.current_thread().name


class LogRecord:
    """One logged event: the message and its arguments, the level, where
    it was logged from, when, and by which thread and process."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info,
                 func=None, sinfo=None, **kwargs):
        now = time.time()
        filename, module = _file_and_module(pathname)
        thread, thread_name = _current_thread() if logThreads else (None, None)
        # one update, so that vars(record) lists them in CPython's order
        self.__dict__.update(
            name=name, msg=msg, args=_one_mapping_argument(args),
            levelname=getLevelName(level), levelno=level,
            pathname=pathname, filename=filename, module=module,
            exc_info=exc_info, exc_text=None,   # exc_text: cached by Formatter
            stack_info=sinfo, lineno=lineno, funcName=func,
            created=now, msecs=int((now - int(now)) * 1000) + 0.0,
            relativeCreated=(now - _program_start) * 1000,
            thread=thread, threadName=thread_name,
            processName='MainProcess' if logMultiprocessing else None,
            process=os.getpid() if logProcesses and hasattr(os, 'getpid') else None)

    def __repr__(self):
        return (f'<LogRecord: {self.name}, {self.levelno}, {self.pathname}, '
                f'{self.lineno}, "{self.msg}">')

    def getMessage(self):
        """The message with its arguments put in (msg % args)."""
        text = str(self.msg)
        return text % self.args if self.args else text


_record_factory = LogRecord


def setLogRecordFactory(factory):
    global _record_factory
    _record_factory = factory


def getLogRecordFactory():
    return _record_factory


def makeLogRecord(dict):
    """A record with the attributes given (as unpickled from elsewhere)."""
    record = _record_factory(None, None, "", 0, "", (), None, None)
    record.__dict__.update(dict)
    return record


# ---- format styles --------------------------------------------------------------------

def _percent_field_at(fmt, start):
    """Whether fmt has a %(name)... conversion starting at start (a '%')."""
    if not fmt.startswith('%(', start):
        return False
    close = fmt.find(')', start + 2)
    name = fmt[start + 2:close]
    if close < 0 or not name or not all(c.isalnum() or c == '_' for c in name):
        return False
    i = close + 1
    while i < len(fmt) and fmt[i] in '#0+ -':
        i += 1
    i = _skip_width(fmt, i)
    if i < len(fmt) and fmt[i] == '.':
        i = _skip_width(fmt, i + 1)
    return i < len(fmt) and fmt[i].lower() in 'diouxefgcrsa%'


def _skip_width(fmt, i):
    if i < len(fmt) and fmt[i] == '*':
        return i + 1
    while i < len(fmt) and fmt[i].isdigit():
        i += 1
    return i


class PercentStyle:
    """Formats like "%(levelname)s: %(message)s"."""
    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self.asctime_search in self._fmt

    def validate(self):
        if not any(_percent_field_at(self._fmt, i) for i, c in enumerate(self._fmt) if c == '%'):
            raise ValueError(f"Invalid format '{self._fmt}' for '{self.default_format[0]}' style")

    def _values(self, record):
        if self._defaults:
            return {**self._defaults, **record.__dict__}
        return record.__dict__

    def _format(self, record):
        return self._fmt % self._values(record)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as missing:
            raise ValueError(f'Formatting field not found in record: {missing}')


class StrFormatStyle(PercentStyle):
    """Formats like "{levelname}: {message}" (str.format)."""
    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    def _format(self, record):
        return self._fmt.format(**self._values(record))

    def validate(self):
        import string
        named_any = False
        try:
            for _, field, spec, conversion in string.Formatter().parse(self._fmt):
                if field:
                    if not _is_field_expression(field):
                        raise ValueError(f'invalid field name/expression: {field!r}')
                    named_any = True
                if conversion and conversion not in 'rsa':
                    raise ValueError(f'invalid conversion: {conversion!r}')
                if spec and not _is_format_spec(spec):
                    raise ValueError(f'bad specifier: {spec!r}')
        except ValueError as problem:
            raise ValueError(f'invalid format: {problem}')
        if not named_any:
            raise ValueError('invalid format: no fields')


def _word_end(text, i):
    """Where the run of word characters (letters, digits, _) at i ends."""
    while i < len(text) and (text[i].isalnum() or text[i] == '_'):
        i += 1
    return i


def _is_field_expression(field):
    """name, then any of .attribute and [key]: what a {} field may hold."""
    i = _word_end(field, 0)
    if i == 0:
        return False
    while i < len(field):
        if field[i] == '.':
            end = _word_end(field, i + 1)
        elif field[i] == '[':
            close = field.find(']', i + 1)
            end = close + 1 if close > i + 1 else i + 1
        else:
            return False
        if end <= i + 1:
            return False
        i = end
    return True


def _skip_spec_number(spec, i):
    """Past digits, or a nested {name}, at i."""
    if spec.startswith('{', i):
        end = _word_end(spec, i + 1)
        if end > i + 1 and spec.startswith('}', end):
            return end + 1
        return i
    while i < len(spec) and spec[i].isdigit():
        i += 1
    return i


def _is_format_spec(spec):
    """[[fill]align][sign][#][0][width][,_][.precision][type], the
    specifications a {} field of a logging format may have."""
    def take(i, chars):
        return i + 1 if i < len(spec) and spec[i] in chars else i
    if len(spec) > 1 and spec[1] in '<>=^':
        i = 2
    else:
        i = take(0, '<>=^')
    i = take(take(take(i, '+ -'), '#'), '0')
    i = take(_skip_spec_number(spec, i), ',_')
    if spec.startswith('.', i):
        precision_end = _skip_spec_number(spec, i + 1)
        if precision_end == i + 1:
            return False
        i = precision_end
    if i < len(spec) and spec[i].lower() in 'bcdefgnosx%':
        i += 1
    return i == len(spec)


def _template_fields(fmt):
    """The names of a $-template's fields; ValueError for a lone '$'."""
    names = []
    i = 0
    while True:
        i = fmt.find('$', i)
        if i < 0:
            return names
        rest = fmt[i + 1:]
        if rest.startswith('$'):
            i += 2
            continue
        braced = rest.startswith('{') and '}' in rest
        candidate = rest[1:rest.find('}')] if braced else rest
        length = 0
        while length < len(candidate) and (candidate[:length + 1]).isidentifier():
            length += 1
        if length == 0 or (braced and length != len(candidate)):
            raise ValueError("invalid format: bare '$' not allowed")
        names.append(candidate[:length])
        i += 1 + length + (2 if braced else 0)


class StringTemplateStyle(PercentStyle):
    """Formats like "$levelname: ${message}" (string.Template)."""
    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def __init__(self, fmt, *, defaults=None):
        from string import Template
        super().__init__(fmt, defaults=defaults)
        self._template = Template(self._fmt)

    def usesTime(self):
        return '$asctime' in self._fmt or self.asctime_search in self._fmt

    def validate(self):
        if not _template_fields(self._fmt):
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        return self._template.substitute(**self._values(record))


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

# style -> (its class, basicConfig's default format in it)
_STYLES = {
    '%': (PercentStyle, BASIC_FORMAT),
    '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
    '$': (StringTemplateStyle, '${levelname}:${name}:${message}'),
}


def _check_style(style):
    if style not in _STYLES:
        raise ValueError(f"Style must be one of: {','.join(_STYLES)}")


# ---- formatters -----------------------------------------------------------------------

def _with_line(text, more):
    """text, then more on a line of its own."""
    return text + more if text.endswith('\n') else f'{text}\n{more}'


class Formatter:
    """Turns a record into text by a format ("%(levelname)s:%(message)s"),
    with the exception and the stack after it when the record has them."""
    converter = time.localtime
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        _check_style(style)
        self._style = _STYLES[style][0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def format(self, record):
        """The record as text: the format filled in with its attributes (and
        its message, and asctime if the format shows it), then the
        exception and the stack if the record has them."""
        text = self._first_line(record)
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)   # once per record
        for more in (record.exc_text, record.stack_info and self.formatStack(record.stack_info)):
            if more:
                text = _with_line(text, more)
        return text

    def _first_line(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        return self.formatMessage(record)

    def formatMessage(self, record):
        return self._style.format(record)

    # time

    def usesTime(self):
        return self._style.usesTime()

    def formatTime(self, record, datefmt=None):
        moment = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, moment)
        text = time.strftime(self.default_time_format, moment)
        if self.default_msec_format:
            text = self.default_msec_format % (text, record.msecs)
        return text

    # what follows the first line

    def formatException(self, ei):
        import traceback
        import io
        out = io.StringIO()
        traceback.print_exception(ei[0], ei[1], ei[2], None, out)
        return out.getvalue().removesuffix('\n')

    def formatStack(self, stack_info):
        return stack_info


_defaultFormatter = Formatter()


class BufferingFormatter:
    """Formats a batch of records, between a header and a footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if not records:
            return ""
        body = ''.join(self.linefmt.format(record) for record in records)
        return self.formatHeader(records) + body + self.formatFooter(records)


# ---- filters --------------------------------------------------------------------------

class Filter:
    """Lets through the records of the logger named name and of its
    descendants ("a.b" lets "a.b" and "a.b.c" through, not "a.bc");
    every record when name is empty."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if not self.name or record.name == self.name:
            return True
        return record.name.startswith(self.name + '.')


class Filterer:
    """What loggers and handlers share: a list of filters, each an object
    with a filter(record) method or a function of the record."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        """Whether every filter lets the record through."""
        for each in self.filters:
            verdict = each.filter(record) if hasattr(each, 'filter') else each(record)
            if not verdict:
                return False
        return True


# ---- handlers -------------------------------------------------------------------------

_named_handlers = {}        # name -> handler, for the handlers given a name
_all_handlers = []          # every handler made, in order: shutdown() closes them


class _Holding:
    """with _Holding(handler): the block runs between the handler's
    acquire() and release() (methods a subclass may change, so not simply
    `with handler.lock`): emitting a record, closing at shutdown()."""

    def __init__(self, handler):
        self._handler = handler

    def __enter__(self):
        self._handler.acquire()

    def __exit__(self, *exc_info):
        self._handler.release()
        return False


class Handler(Filterer):
    """Sends records somewhere: emit() is for the subclasses to write."""

    def __init__(self, level=NOTSET):
        super().__init__()
        self._name = None
        self.level = _level_number(level)
        self.formatter = None
        self._closed = False
        _all_handlers.append(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        if self._name in _named_handlers:
            del _named_handlers[self._name]
        self._name = name
        if name:
            _named_handlers[name] = self

    name = property(get_name, set_name)

    # a lock makes emitting a record one step for the threads

    def createLock(self):
        self.lock = threading.RLock()

    def acquire(self):
        lock = self.lock
        if lock is not None:
            lock.acquire()

    def release(self):
        lock = self.lock
        if lock is not None:
            lock.release()

    # what it lets through, and how it shows it

    def setLevel(self, level):
        self.level = _level_number(level)

    def setFormatter(self, fmt):
        self.formatter = fmt

    def format(self, record):
        return (self.formatter or _defaultFormatter).format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        """Emits the record if the filters let it through; whether they did."""
        if not self.filter(record):
            return False
        with _Holding(self):
            self.emit(record)
        return True

    def flush(self):
        pass

    def close(self):
        self._closed = True
        if self._name in _named_handlers:
            del _named_handlers[self._name]

    def handleError(self, record):
        """Reports, on stderr, an exception raised while emitting: its
        traceback, the stack of the code that logged, the message."""
        if not (raiseExceptions and sys.stderr):
            return
        import traceback
        error = sys.exc_info()[1]
        err = sys.stderr
        try:
            err.write('--- Logging error ---\n')
            traceback.print_exception(type(error), error, error.__traceback__, None, err)
            err.write('Call stack:\n')
            caller = _first_frame_outside_logging(sys._getframe(0))
            if caller is not None:
                traceback.print_stack(caller, file=err)
            else:
                err.write(f'Logged from file {record.filename}, line {record.lineno}\n')
            try:
                err.write(f'Message: {record.msg!r}\nArguments: {record.args}\n')
            except RecursionError:
                raise
            except Exception:
                err.write('Unable to print the message and arguments - possible '
                          'formatting error.\nUse the traceback above to help find the error.\n')
        except OSError:
            pass

    def __repr__(self):
        return f'<{type(self).__name__} ({getLevelName(self.level)})>'


class StreamHandler(Handler):
    """Writes each record, and a newline, to a stream (sys.stderr as it is
    when the handler is made, by default)."""
    terminator = '\n'

    def __init__(self, stream=None):
        super().__init__()
        self.stream = sys.stderr if stream is None else stream

    def setStream(self, stream):
        """Writes to stream from now on; the previous stream (None if the same)."""
        previous = self.stream
        if stream is previous:
            return None
        with self.lock:
            self.flush()
            self.stream = stream
        return previous

    def emit(self, record):
        # an error in formatting or writing is reported, not raised (but a
        # runaway recursion is not something to report and go on after)
        try:
            self.stream.write(self.format(record) + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def flush(self):
        with self.lock:
            stream = self.stream
            if stream and hasattr(stream, 'flush'):
                stream.flush()

    def __repr__(self):
        name = str(getattr(self.stream, 'name', ''))
        shown = f'{name} ' if name else ''
        return f'<{type(self).__name__} {shown}({getLevelName(self.level)})>'


class FileHandler(StreamHandler):
    """Writes the records to a file, opened now or (delay) at the first record."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        self.baseFilename = os.path.abspath(os.fspath(filename))
        self.mode, self.encoding, self.errors, self.delay = mode, encoding, errors, delay
        # (opened first: a file that cannot be opened leaves no handler behind)
        stream = None if delay else self._open()    # delayed: the first emit() opens it
        Handler.__init__(self)
        self.stream = stream

    def _open(self):
        return open(self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors)

    def emit(self, record):
        if self.stream is None:
            # a file opened for writing afresh is not reopened once closed
            if self.mode != 'w' or not self._closed:
                self.stream = self._open()
        if self.stream:
            super().emit(record)

    def close(self):
        with self.lock:
            try:
                stream, self.stream = self.stream, None
                if stream:
                    try:
                        stream.flush()
                    finally:
                        stream.close()
            finally:
                super().close()

    def __repr__(self):
        return f'<{type(self).__name__} {self.baseFilename} ({getLevelName(self.level)})>'


class NullHandler(Handler):
    """Does nothing: a library gives it to its logger so that its records
    do not reach the last resort when the program configures nothing."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None


class _StderrHandler(StreamHandler):
    """The last resort: prints to sys.stderr as it is at each record (a
    program may have replaced it), whatever stream it is given."""

    stream = property(lambda self: sys.stderr, lambda self, ignored: None)


# used when no logger up the tree has a handler; a program may change it
lastResort = _defaultLastResort = _StderrHandler()
lastResort.setLevel(WARNING)


# ---- the logger tree ------------------------------------------------------------------

class PlaceHolder:
    """Stands in the tree for a name that no logger has yet, with the
    loggers below it that will become its children when it gets one."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        self.loggerMap.setdefault(alogger, None)


def _ancestor_names(name):
    """'a.b.c' -> 'a.b', 'a': the names above name, nearest first."""
    while '.' in name:
        name = name.rpartition('.')[0]
        if name:
            yield name


class Manager:
    """The tree of loggers: loggerDict maps each name to its logger, or to
    a PlaceHolder for a name only known as an ancestor."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.loggerDict = {}
        self.loggerClass = None             # None: the module's (setLoggerClass)
        self.logRecordFactory = None
        self.disable = 0                    # logging.disable()'s level
        self.emittedNoHandlerWarning = False

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        known = self.loggerDict.get(name)
        if isinstance(known, Logger):
            return known
        logger = (self.loggerClass or _loggerClass)(name)
        logger.manager = self
        self.loggerDict[name] = logger
        if isinstance(known, PlaceHolder):
            self._adopt(logger, known)
        self._find_parent(logger)
        return logger

    def setLoggerClass(self, klass):
        if klass is not Logger and not issubclass(klass, Logger):
            raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _find_parent(self, logger):
        """The nearest ancestor that is a logger (else the root) becomes
        logger's parent; the names between get placeholders naming it."""
        for ancestor in _ancestor_names(logger.name):
            entry = self.loggerDict.get(ancestor)
            if isinstance(entry, Logger):
                logger.parent = entry
                return
            if entry is None:
                self.loggerDict[ancestor] = PlaceHolder(logger)
            else:
                entry.append(logger)
        logger.parent = self.root

    def _adopt(self, logger, placeholder):
        """logger takes the place of placeholder: the loggers waiting below
        it whose parent is above logger become its children."""
        prefix = logger.name + '.'
        for descendant in placeholder.loggerMap:
            if not descendant.parent.name.startswith(prefix):
                logger.parent = descendant.parent
                descendant.parent = logger

    def _clear_cache(self):
        pass    # (levels are not cached here)


def _first_frame_outside_logging(frame):
    while frame is not None and _is_logging_frame(frame):
        frame = frame.f_back
    return frame


def _is_logging_frame(frame):
    return frame.f_code.co_filename == _THIS_FILE


class Logger(Filterer):
    """Logs records under a name; see the module's description."""

    def __init__(self, name, level=NOTSET):
        super().__init__()
        self.name = name
        self.level = _level_number(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False

    def __repr__(self):
        return f'<{type(self).__name__} {self.name} ({getLevelName(self.getEffectiveLevel())})>'

    def setLevel(self, level):
        self.level = _level_number(level)

    def getEffectiveLevel(self):
        """The level of the nearest logger up the tree that has one."""
        logger = self
        while logger is not None:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled or self.manager.disable >= level:
            return False
        return level >= self.getEffectiveLevel()

    def getChild(self, suffix):
        if self is not self.root:
            suffix = f'{self.name}.{suffix}'
        return self.manager.getLogger(suffix)

    # logging at a level

    def debug(self, msg, *args, **kwargs):
        self._log_at(DEBUG, msg, args, kwargs)

    def info(self, msg, *args, **kwargs):
        self._log_at(INFO, msg, args, kwargs)

    def warning(self, msg, *args, **kwargs):
        self._log_at(WARNING, msg, args, kwargs)

    def warn(self, msg, *args, **kwargs):
        import warnings
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead",
                      DeprecationWarning, 2)
        self._log_at(WARNING, msg, args, kwargs)

    def error(self, msg, *args, **kwargs):
        self._log_at(ERROR, msg, args, kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """An error with the exception being handled."""
        self._log_at(ERROR, msg, args, dict(kwargs, exc_info=exc_info))

    def critical(self, msg, *args, **kwargs):
        self._log_at(CRITICAL, msg, args, kwargs)

    fatal = critical

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
            return
        self._log_at(level, msg, args, kwargs)

    def _log_at(self, level, msg, args, kwargs):
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    # making and handling a record

    def findCaller(self, stack_info=False, stacklevel=1):
        """(file, line, function, stack text) of the code that logged: the
        stacklevel-th frame outside this module, going up."""
        frame = sys._getframe(0)
        while stacklevel > 0 and frame.f_back is not None:
            frame = frame.f_back
            if not _is_logging_frame(frame):
                stacklevel -= 1
        code = frame.f_code
        stack = None
        if stack_info:
            import traceback
            stack = 'Stack (most recent call last):\n' + \
                ''.join(traceback.format_stack(frame)).removesuffix('\n')
        return code.co_filename, frame.f_lineno, code.co_name, stack

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        record = _record_factory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        for key, value in (extra or {}).items():
            if key in ('message', 'asctime') or key in record.__dict__:
                raise KeyError(f"Attempt to overwrite {key!r} in LogRecord")
            record.__dict__[key] = value
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        path, line, function, stack = self.findCaller(stack_info, stacklevel)
        if isinstance(exc_info, BaseException):
            exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
        elif exc_info and not isinstance(exc_info, tuple):
            exc_info = sys.exc_info()       # exc_info=True: the one being handled
        record = self.makeRecord(self.name, level, path, line, msg, args, exc_info,
                                 function, extra, stack)
        self.handle(record)

    def handle(self, record):
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        if hdlr not in self.handlers:
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        if hdlr in self.handlers:
            self.handlers.remove(hdlr)

    def _handler_chain(self):
        """The loggers whose handlers see this logger's records."""
        logger = self
        while logger is not None:
            yield logger
            logger = logger.parent if logger.propagate else None

    def hasHandlers(self):
        return any(logger.handlers for logger in self._handler_chain())

    def callHandlers(self, record):
        """Offers the record to the handlers up the tree; with none at all,
        to the last resort."""
        handlers_seen = 0
        for logger in self._handler_chain():
            for handler in logger.handlers:
                handlers_seen += 1
                if record.levelno >= handler.level:
                    handler.handle(record)
        if handlers_seen:
            return
        if lastResort:
            if record.levelno >= lastResort.level:
                lastResort.handle(record)
        elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
            sys.stderr.write(f'No handlers could be found for logger "{self.name}"\n')
            self.manager.emittedNoHandlerWarning = True


class RootLogger(Logger):
    """The logger at the top of the tree, named 'root'."""

    def __init__(self, level):
        super().__init__("root", level)


_loggerClass = Logger


def _adapter_method(level, name):
    """LoggerAdapter's method for one level: log(level, ...)."""
    def log_at_level(self, msg, *args, **kwargs):
        self.log(level, msg, *args, **kwargs)
    log_at_level.__name__ = name
    log_at_level.__qualname__ = f'LoggerAdapter.{name}'
    return log_at_level


class LoggerAdapter:
    """A logger that adds context to each record: by default, extra's items
    become attributes of the records (see process()).  Everything else is
    the logger's."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def __repr__(self):
        level = getLevelName(self.logger.getEffectiveLevel())
        return f'<{type(self).__name__} {self.logger.name} ({level})>'

    def process(self, msg, kwargs):
        """The message and keyword arguments to log with; a subclass may
        change them."""
        kwargs["extra"] = self.extra
        return msg, kwargs

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    debug = _adapter_method(DEBUG, 'debug')
    info = _adapter_method(INFO, 'info')
    warning = _adapter_method(WARNING, 'warning')
    error = _adapter_method(ERROR, 'error')
    critical = _adapter_method(CRITICAL, 'critical')

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def warn(self, msg, *args, **kwargs):
        import warnings
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead",
                      DeprecationWarning, 2)
        self.log(WARNING, msg, *args, **kwargs)

    # the logger's

    @property
    def name(self):
        return self.logger.name

    def _log(self, level, msg, args, **kwargs):
        return self.logger._log(level, msg, args, **kwargs)

    def _get_manager(self):
        return self.logger.manager

    def _set_manager(self, value):
        self.logger.manager = value

    manager = property(_get_manager, _set_manager)

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def setLevel(self, level):
        self.logger.setLevel(level)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(root)


def getLogger(name=None):
    """The logger of that name, made if needed (the root for None or '')."""
    if not name or name == root.name:
        return root
    return Logger.manager.getLogger(name)


def getLoggerClass():
    return _loggerClass


def setLoggerClass(klass):
    global _loggerClass
    if klass is not Logger and not issubclass(klass, Logger):
        raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
    _loggerClass = klass


# ---- configuration --------------------------------------------------------------------

def _handlers_for_basic_config(options, encoding, errors):
    """The handlers basicConfig() gives the root: those passed, or one for
    the file or the stream named (stderr if none is)."""
    handlers = options.pop('handlers', None)
    if handlers is not None:
        if 'stream' in options or 'filename' in options:
            raise ValueError("'stream' or 'filename' should not be specified together "
                             "with 'handlers'")
        return handlers
    if 'stream' in options and 'filename' in options:
        raise ValueError("'stream' and 'filename' should not be specified together")
    filename = options.pop('filename', None)
    mode = options.pop('filemode', 'a')
    if filename:
        if 'b' in mode:
            errors = None
        return [FileHandler(filename, mode, encoding=encoding, errors=errors)]
    return [StreamHandler(options.pop('stream', None))]


def _give_basic_format(handlers, options):
    """Gives the handlers that have no formatter one made from the options
    format, datefmt and style."""
    style = options.pop('style', '%')
    _check_style(style)
    formatter = Formatter(options.pop('format', _STYLES[style][1]),
                          options.pop('datefmt', None), style)
    for handler in handlers:
        if handler.formatter is None:
            handler.setFormatter(formatter)


def basicConfig(**kwargs):
    """Gives the root logger a handler (stderr, a stream, or a file) with a
    format, and a level - unless it has one already (or force=True)."""
    options = dict(kwargs)
    encoding = options.pop('encoding', None)
    errors = options.pop('errors', 'backslashreplace')
    if options.pop('force', False):
        for handler in list(root.handlers):
            root.removeHandler(handler)
            handler.close()
    if root.handlers:
        return
    handlers = _handlers_for_basic_config(options, encoding, errors)
    _give_basic_format(handlers, options)
    for handler in handlers:
        root.addHandler(handler)
    level = options.pop('level', None)
    if level is not None:
        root.setLevel(level)
    if options:
        raise ValueError(f"Unrecognised argument(s): {', '.join(options)}")


def _root_with_a_handler():
    """The root logger, configured by basicConfig() if it has no handler."""
    if not root.handlers:
        basicConfig()
    return root


def critical(msg, *args, **kwargs):
    _root_with_a_handler().critical(msg, *args, **kwargs)


fatal = critical


def error(msg, *args, **kwargs):
    _root_with_a_handler().error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    _root_with_a_handler().error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    _root_with_a_handler().warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    import warnings
    warnings.warn("The 'warn' function is deprecated, use 'warning' instead",
                  DeprecationWarning, 2)
    _root_with_a_handler().warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    _root_with_a_handler().info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    _root_with_a_handler().debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    _root_with_a_handler().log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Ignores every record of level or below, whatever the loggers say."""
    root.manager.disable = level


def shutdown(handlerList=None):
    """Flushes and closes the handlers, the newest first (done at exit)."""
    for handler in reversed(list(_all_handlers if handlerList is None else handlerList)):
        try:
            with _Holding(handler):
                handler.flush()
                handler.close()
        except (OSError, ValueError):
            pass    # (a stream closed already, say)


atexit.register(shutdown)


# ---- warnings to logging --------------------------------------------------------------

_show_warning_before = None     # warnings.showwarning while we replace it


def _log_warning(message, category, filename, lineno, file=None, line=None):
    """warnings.showwarning while captured: to the logger 'py.warnings'."""
    if file is not None:
        if _show_warning_before is not None:
            _show_warning_before(message, category, filename, lineno, file, line)
        return
    import warnings
    text = warnings.formatwarning(message, category, filename, lineno, line)
    logger = getLogger("py.warnings")
    if not logger.handlers:
        logger.addHandler(NullHandler())
    logger.warning("%s", text)


def captureWarnings(capture):
    """Sends the warnings module's warnings to logging (True) or back."""
    global _show_warning_before
    import warnings
    if capture and _show_warning_before is None:
        _show_warning_before = warnings.showwarning
        warnings.showwarning = _log_warning
    elif not capture and _show_warning_before is not None:
        warnings.showwarning = _show_warning_before
        _show_warning_before = None
