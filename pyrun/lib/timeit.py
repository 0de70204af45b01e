"""Timing small bits of code, as CPython's timeit: timeit(), repeat(),
Timer (with autorange), default_timer.  Not provided: the command line
(python -m timeit).

A statement given as a string is not exec'd at each run: it becomes the
body of a loop in a function made for the Timer (after the setup code, in
the same function, so that the names setup assigns are its locals), which
is compiled once.  That keeps the loop's own cost small, and it is what
CPython does, so the same code sees the same names: the globals are those
given, or this module's."""

import gc
import sys
import time
import itertools

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

# The file name that tracebacks and syntax errors show for the timed code.
_SOURCE_NAME = "<timeit-src>"

# The function each Timer compiles; {setup} and {stmt} are code indented to
# their place, {callables} binds a setup or stmt given as a callable to a
# fast local.  Its names start with "_timeit_" to stay out of the code's way.
_FUNCTION_TEXT = """\
def _timeit_function(_timeit_runs, _timeit_clock{callables}):
    {setup}
    _timeit_started = _timeit_clock()
    for _timeit_run in _timeit_runs:
        {stmt}
        pass
    return _timeit_clock() - _timeit_started
"""


def _indented(code, spaces):
    """code, its lines after the first indented by spaces more."""
    return code.replace("\n", "\n" + " " * spaces)


class Timer:
    """Times stmt (a string of code or a callable), run after setup."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        callables = {}
        # stmt is checked first, with the setup code before it (so that a
        # syntax error names the line it would have in the function)
        stmt_code = self._code_of("stmt", stmt, callables,
                                  setup + "\n" if isinstance(setup, str) else "")
        setup_code = self._code_of("setup", setup, callables, "")
        text = _FUNCTION_TEXT.format(
            callables="".join(", %s=%s" % (name, name) for name in callables),
            setup=_indented(setup_code, 4), stmt=_indented(stmt_code, 8))
        namespace = dict(callables)
        exec(compile(text, _SOURCE_NAME, "exec"), _module_globals() if globals is None
             else globals, namespace)
        self.inner = namespace["_timeit_function"]

    @staticmethod
    def _code_of(role, code, callables, code_before):
        """The source that runs code: itself when a string (checked to
        compile), a call when a callable (recorded in callables)."""
        if isinstance(code, str):
            compile(code_before + code, _SOURCE_NAME, "exec")
            return code
        if callable(code):
            name = "_timeit_" + role
            callables[name] = code
            return name + "()"
        raise ValueError("%s is neither a string nor callable" % role)

    def timeit(self, number=default_number):
        """Seconds taken by number runs of stmt (setup runs once before
        them).  The cycle collector is off meanwhile, so that its pauses
        do not fall into the measure."""
        collector_was_on = gc.isenabled()
        gc.disable()
        try:
            return self.inner(itertools.repeat(None, number), self.timer)
        finally:
            if collector_was_on:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of repeat timings of number runs each."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """(number, seconds) for the first number of runs, in 1, 2, 5, 10,
        20, 50, ..., that takes 0.2 seconds or more; callback(number,
        seconds) is told of each try."""
        for number in _one_two_five():
            seconds = self.timeit(number)
            if callback:
                callback(number, seconds)
            if seconds >= 0.2:
                return number, seconds

    def print_exc(self, file=None):
        """Prints the exception being handled (raised by the timed code)."""
        import traceback
        traceback.print_exc(file=file)


def _module_globals():
    return sys.modules[__name__].__dict__


def _one_two_five():
    """1, 2, 5, 10, 20, 50, 100, ... without end."""
    for power in itertools.count():
        for step in (1, 2, 5):
            yield step * 10 ** power


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).timeit(number)"""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).repeat(repeat, number)"""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
