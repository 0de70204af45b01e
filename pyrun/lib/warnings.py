"""Warnings, as CPython's warnings module.

warn() finds the filter that matches the warning (the newest first) and
acts on it: "default" prints a warning once per place in the source,
"error" raises it, "ignore" drops it, "always" prints it every time,
"module" once per module, "once" once at all.  Printed, a warning reads

    prog.py:3: UserWarning: careful
      warnings.warn("careful")

on sys.stderr.  The default filters are CPython's: DeprecationWarning only
from __main__, and never PendingDeprecationWarning, ImportWarning or
ResourceWarning."""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def _default_filters():
    return [("default", None, DeprecationWarning, "__main__", 0),
            ("ignore", None, DeprecationWarning, None, 0),
            ("ignore", None, PendingDeprecationWarning, None, 0),
            ("ignore", None, ImportWarning, None, 0),
            ("ignore", None, ResourceWarning, None, 0)]


filters = _default_filters()
defaultaction = "default"
_onceregistry = {}
_registry = set()           # (text, category, filename, lineno) already shown by "default"
_filters_version = 1


_source_lines = {}      # file name: its lines (read once, as CPython's linecache does)


def _source_line(filename, lineno):
    """Line lineno of the file, or None."""
    lines = _source_lines.get(filename)
    if lines is None:
        try:
            with open(filename, encoding="utf-8") as f:
                lines = f.readlines()
        except (OSError, UnicodeDecodeError):
            lines = []
        _source_lines[filename] = lines
    return lines[lineno - 1] if 0 < lineno <= len(lines) else None


def formatwarning(message, category, filename, lineno, line=None):
    """The text that showwarning() prints."""
    s = f"{filename}:{lineno}: {category.__name__}: {message}\n"
    if line is None:
        line = _source_line(filename, lineno)
    if line:
        s += f"  {line.strip()}\n"
    return s


def _showwarnmsg_impl(msg):
    file = msg.file if msg.file is not None else sys.stderr
    if file is None:
        return
    text = formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    if msg.source is not None:
        # (CPython's words when tracemalloc is off, as it always is here)
        text += (f"{msg.category.__name__}: Enable tracemalloc to get the object "
                 f"allocation traceback\n")
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Prints a warning (programs may replace this function)."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    """Shows a warning: through the program's showwarning() if it replaced
    ours (a deleted one counts as ours)."""
    shower = globals().get('showwarning', _showwarning_orig)
    if shower is _showwarning_orig:
        _showwarnmsg_impl(msg)
        return
    if not callable(shower):
        raise TypeError("warnings.showwarning() must be set to a function or method")
    shower(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)


class WarningMessage:
    """One warning, as catch_warnings(record=True) records it."""
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        given = (message, category, filename, lineno, file, line, source)
        for name, value in zip(self._WARNING_DETAILS, given):
            setattr(self, name, value)
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


def _add_filter(item, append):
    """Puts a filter first (it then wins), or last; an equal filter
    already there is moved rather than repeated, or (appended) kept."""
    global _filters_version
    if append:
        if item not in filters:
            filters.append(item)
    else:
        filters[:] = [item] + [f for f in filters if f != item]
    _filters_version += 1
    _registry.clear()


def _require(condition, complaint):
    """The checks of the filter functions fail with AssertionError, as CPython's do."""
    if not condition:
        raise AssertionError(complaint)


def _check_action_and_line(action, lineno):
    _require(action in _ACTIONS, f"invalid action: {action!r}")
    _require(isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0")


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Adds a filter: the action for warnings whose text starts with
    `message` (a regular expression, any case), of `category`, from a
    module whose name starts with a match of `module`, from line lineno
    (0: any line)."""
    _check_action_and_line(action, lineno)
    _require(isinstance(message, str), "message must be a string")
    _require(isinstance(category, type), "category must be a class")
    _require(issubclass(category, Warning), "category must be a Warning subclass")
    _require(isinstance(module, str), "module must be a string")
    if message or module:
        import re
    message = re.compile(message, re.I) if message else None
    module = re.compile(module) if module else None
    _add_filter((action, message, category, module, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Adds a filter for every warning of a category."""
    _check_action_and_line(action, lineno)
    _add_filter((action, None, category, None, lineno), append)


def resetwarnings():
    """Removes every filter (the default action then applies)."""
    global _filters_version
    filters[:] = []
    _filters_version += 1
    _registry.clear()


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return text == pattern
    return pattern.match(text) is not None


def _checked_category(message, category):
    """The category of a warning: the class of a Warning given as the
    message, else category (UserWarning when None)."""
    if isinstance(message, Warning):
        category = type(message)
    elif category is None:
        category = UserWarning
    if isinstance(category, type) and issubclass(category, Warning):
        return category
    raise TypeError("category must be a Warning subclass, not '{:s}'"
                    .format(type(category).__name__))


def _place_of_caller(levels_up):
    """(globals, file name, line) of the frame levels_up above the caller
    (the sys module's, line 1, when the stack is not that deep)."""
    try:
        frame = sys._getframe(levels_up + 1)
    except ValueError:
        return sys.__dict__, "sys", 1
    return frame.f_globals, frame.f_code.co_filename, frame.f_lineno


def warn(message, category=None, stacklevel=1, source=None):
    """Issues a warning from the caller's line (or the line stacklevel
    frames further out)."""
    category = _checked_category(message, category)
    module_globals, filename, lineno = _place_of_caller(stacklevel)
    warn_explicit(message, category, filename, lineno,
                  module_globals.get("__name__", "<string>"), None, module_globals, source)


def _action_for(text, category, module, lineno):
    """The action of the first filter that matches the warning."""
    for action, text_pattern, filter_category, module_pattern, filter_lineno in filters:
        if not issubclass(category, filter_category):
            continue
        if filter_lineno and filter_lineno != lineno:
            continue
        if _matches(text_pattern, text) and _matches(module_pattern, module):
            return action
    return defaultaction


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issues a warning as if from line lineno of filename."""
    lineno = int(lineno)
    if module is None:
        # the file's name stands for the module's, without its .py
        module = filename or "<unknown>"
        if module.lower().endswith(".py"):
            module = module[:-3]
    if isinstance(message, Warning):
        category, text = type(message), str(message)
    else:
        text, message = message, category(message)
    action = _action_for(text, category, module, lineno)
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        key = (text, category)
        if _onceregistry.get(key):
            return
        _onceregistry[key] = 1
    elif action == "module":
        key = (text, category, module)
        if key in _registry:
            return
        _registry.add(key)
    elif action == "default":
        key = (text, category, filename, lineno)
        if key in _registry:
            return
        _registry.add(key)
    elif action != "always":
        raise RuntimeError(f"Unrecognized action ({action!r}) in warnings.filters:\n {action}")
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None, source))


def _warn_unawaited_coroutine(coro):
    """Called by the interpreter when a coroutine that never ran goes away."""
    warn(f"coroutine '{coro.__qualname__}' was never awaited", category=RuntimeWarning,
         stacklevel=2, source=coro)


class catch_warnings:
    """A context manager that saves the filters and showwarning() on entry
    and restores them on exit; with record=True, the warnings are not
    printed but collected in the list that `with ... as w` gives."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        self._filter = (action, category, lineno, append) if action is not None else None

    def __repr__(self):
        settings = ["record=True"] if self._record else []
        if self._module is not sys.modules['warnings']:
            settings.append("module=%r" % (self._module,))
        return f"{type(self).__name__}({', '.join(settings)})"

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        global _showwarnmsg_impl
        self._filters = filters[:]
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = _showwarnmsg_impl
        self._registry = set(_registry)
        self._onceregistry = dict(_onceregistry)
        _registry.clear()
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            _showwarnmsg_impl = log.append
            self._module.showwarning = _showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        global _showwarnmsg_impl
        filters[:] = self._filters
        self._module.showwarning = self._showwarning
        _showwarnmsg_impl = self._showwarnmsg_impl
        _registry.clear()
        _registry.update(self._registry)
        _onceregistry.clear()
        _onceregistry.update(self._onceregistry)
