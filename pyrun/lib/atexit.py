"""Functions to run when the program ends, as CPython's atexit.

pyrun calls _run_exitfuncs() once the main program has finished (normally,
by an uncaught exception, or by sys.exit), before the modules are torn
down; the functions run last registered, first."""

_exithandlers = []


def register(func, /, *args, **kwargs):
    """Registers func(*args, **kwargs) to run at exit; returns func."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func):
    """Removes every registration of func."""
    _exithandlers[:] = [h for h in _exithandlers if h[0] != func]


def _clear():
    del _exithandlers[:]


def _ncallbacks():
    return len(_exithandlers)


def _run_exitfuncs():
    """Runs and forgets the registered functions; an exception in one is
    reported on stderr and the others still run."""
    import sys
    while _exithandlers:
        func, args, kwargs = _exithandlers.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as e:
            print(f"Exception ignored in atexit callback: {func!r}", file=sys.stderr)
            e.__traceback__ = e.__traceback__.tb_next     # (from the function's frame on)
            sys.__excepthook__(type(e), e, e.__traceback__)
