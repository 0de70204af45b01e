"""contextlib: tools for with statements, as documented for CPython's
contextlib module.

    @contextmanager / @asynccontextmanager   a generator becomes a context
                                            manager: the code before its
                                            yield runs on entry, the code
                                            after it on exit
    ExitStack / AsyncExitStack               any number of context managers
                                            and callbacks, exited in reverse
    suppress, closing, aclosing, nullcontext,
    redirect_stdout, redirect_stderr, chdir  small ready-made ones
    ContextDecorator, AsyncContextDecorator  a context manager that can also
                                            decorate a function
    AbstractContextManager, AbstractAsyncContextManager
"""

import abc
import os
import sys
from functools import wraps
from types import GenericAlias

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing",
           "chdir"]


def _defines_all(cls, names):
    """Whether each name is defined, and not set to None, somewhere in the
    class's MRO (the test of the collections ABCs)."""
    for name in names:
        for klass in cls.__mro__:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return False
                break
        else:
            return False
    return True


class AbstractContextManager(abc.ABC):
    """What a context manager is: a class with __enter__ and __exit__ is
    one (issubclass() says so without registration)."""

    __class_getitem__ = classmethod(GenericAlias)

    @classmethod
    def __subclasshook__(cls, C):
        # only the ABC itself recognises classes by their methods
        if cls is not AbstractContextManager:
            return NotImplemented
        return _defines_all(C, ("__enter__", "__exit__"))

    def __enter__(self):
        """Returns the context manager itself."""
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        """Ends the context; a true result suppresses the exception."""
        return None


class AbstractAsyncContextManager(abc.ABC):
    """What an asynchronous context manager is: __aenter__ and __aexit__."""

    __class_getitem__ = classmethod(GenericAlias)

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AbstractAsyncContextManager:
            return NotImplemented
        return _defines_all(C, ("__aenter__", "__aexit__"))

    async def __aenter__(self):
        """Returns the context manager itself."""
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        """Ends the context; a true result suppresses the exception."""
        return None


def _calls_inside(func, context_for_call):
    """func wrapped so that each call runs inside a with statement on the
    context manager context_for_call() gives for that call."""
    @wraps(func)
    def run_inside(*args, **kwds):
        with context_for_call():
            return func(*args, **kwds)
    return run_inside


def _awaits_inside(func, context_for_call):
    """_calls_inside for a coroutine function and async with."""
    @wraps(func)
    async def run_inside(*args, **kwds):
        async with context_for_call():
            return await func(*args, **kwds)
    return run_inside


class ContextDecorator:
    """A base class for context managers that can also decorate a function:
    each call of the function then runs inside the context."""

    def _recreate_cm(self):
        # the context manager for one call: a context manager that can be
        # used only once (_GeneratorCM) makes a fresh copy of itself
        return self

    def __call__(self, func):
        return _calls_inside(func, self._recreate_cm)


class AsyncContextDecorator:
    """ContextDecorator for asynchronous context managers and coroutine
    functions."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        return _awaits_inside(func, self._recreate_cm)


# -- @contextmanager

class _GeneratorCM:
    """What both kinds of generator-based context managers keep."""

    def __init__(self, func, args, kwds):
        # kept for _recreate_cm, until the first entry
        self.func, self.args, self.kwds = func, args, kwds
        self.gen = func(*args, **kwds)
        # the generator function's documentation is the context manager's
        own_doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if own_doc is None else own_doc

    def _recreate_cm(self):
        # each use as a decorator needs a new generator
        return self.__class__(self.func, self.args, self.kwds)


def _exit_verdict(raised, thrown, traceback, stop_type):
    """What __exit__ does when throwing `thrown` into the generator made it
    raise `raised`: False to let `thrown` go on (with the traceback it came
    with), True to suppress it, or raise `raised` instead."""
    if isinstance(raised, stop_type):
        # the generator caught the exception and ended: suppressed; unless
        # it is the exception thrown, ending the generator
        return raised is not thrown
    if isinstance(raised, RuntimeError) and isinstance(thrown, stop_type) \
            and raised.__cause__ is thrown:
        # a StopIteration that went through the generator became a
        # RuntimeError (PEP 479): it is still the one thrown
        thrown.__traceback__ = traceback
        return False
    if raised is thrown:
        # the generator let the exception through
        raised.__traceback__ = traceback
        return False
    raise raised


class _GeneratorContextManager(_GeneratorCM, AbstractContextManager,
                               ContextDecorator):
    """The context manager @contextmanager makes of a generator."""

    def __enter__(self):
        # no decorator use after the first entry: forget how to recreate
        del self.args, self.kwds, self.func
        for value in self.gen:
            return value
        raise RuntimeError("generator didn't yield")

    def __exit__(self, typ, value, traceback):
        if typ is None:
            # the block ended normally: the generator must end too
            for _ in self.gen:
                raise RuntimeError("generator didn't stop")
            return False
        if value is None:
            value = typ()
        try:
            self.gen.throw(typ, value, traceback)
        except BaseException as raised:
            return _exit_verdict(raised, value, traceback, StopIteration)
        raise RuntimeError("generator didn't stop after throw()")


class _AsyncGeneratorContextManager(_GeneratorCM, AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """The context manager @asynccontextmanager makes of an async
    generator."""

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await self.gen.__anext__()
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await self.gen.__anext__()
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(typ, value, traceback)
        except BaseException as raised:
            return _exit_verdict(raised, value, traceback,
                                 (StopIteration, StopAsyncIteration))
        raise RuntimeError("generator didn't stop after athrow()")


def _factory_of(cm_class, func):
    """What @contextmanager and @asynccontextmanager make of func: a
    function named and documented like func whose every call gives a new
    cm_class around a new generator."""
    @wraps(func)
    def make_context_manager(*args, **kwds):
        return cm_class(func, args, kwds)
    return make_context_manager


def contextmanager(func):
    """Decorates a generator function that yields exactly once: calling it
    gives a context manager whose __enter__ runs the generator to its
    yield (and returns the value yielded) and whose __exit__ runs the rest,
    raising inside the generator the exception that ended the block."""
    return _factory_of(_GeneratorContextManager, func)


def asynccontextmanager(func):
    """@contextmanager for async generator functions (async with)."""
    return _factory_of(_AsyncGeneratorContextManager, func)


# -- small context managers

class closing(AbstractContextManager):
    """Calls thing.close() at the end of the block:
    with closing(urlopen(url)) as page: ..."""

    def __init__(self, thing):
        self.thing = thing

    def __exit__(self, exc_type, exc_value, traceback):
        self.thing.close()

    def __enter__(self):
        return self.thing


class aclosing(AbstractAsyncContextManager):
    """Awaits thing.aclose() at the end of the async with block (for async
    generators, which are not closed by a break out of their loop)."""

    def __init__(self, thing):
        self.thing = thing

    async def __aexit__(self, exc_type, exc_value, traceback):
        await self.thing.aclose()

    async def __aenter__(self):
        return self.thing


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A context manager that does nothing; enter_result is what `as`
    gets.  For code that takes an optional context manager."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *exc_info):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *exc_info):
        pass


class suppress(AbstractContextManager):
    """Ignores the given exceptions (and their subclasses) in the block;
    the program goes on after the with statement."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is None:
            return False
        return issubclass(exc_type, self._exceptions)


class _Swap(AbstractContextManager):
    """Puts a new value in some place of the process (a stream of sys, the
    current directory) for the block, and puts back on exit what was there.
    Re-entrant: each entry pushes what it replaced.  A subclass says how the
    place is read (_current) and written (_install)."""

    def __init__(self, new_value):
        self._new_value = new_value
        self._replaced = []

    def __enter__(self):
        self._replaced.append(self._current())
        self._install(self._new_value)
        return self._entered()

    def __exit__(self, *exc_info):
        self._install(self._replaced.pop())


class _Redirect(_Swap):
    """Points sys.<stream_name> at another file; `as` gets that file."""

    stream_name = None

    def _current(self):
        return getattr(sys, self.stream_name)

    def _install(self, stream):
        setattr(sys, self.stream_name, stream)

    def _entered(self):
        return self._new_value


class redirect_stdout(_Redirect):
    """Sends what the block prints to sys.stdout to another file:
    with redirect_stdout(io.StringIO()) as f: ..."""
    stream_name = "stdout"


class redirect_stderr(_Redirect):
    """Sends what the block writes to sys.stderr to another file."""
    stream_name = "stderr"


class chdir(_Swap):
    """Changes the current directory for the block; `as` gets None."""

    def __init__(self, path):
        super().__init__(path)
        self.path = path

    def _current(self):
        return os.getcwd()

    def _install(self, path):
        os.chdir(path)

    def _entered(self):
        return None


# -- ExitStack

def _attach_context(new, old, handled):
    """Makes old the context of the exception new, as it would have been
    had new been raised while old was being handled: old goes at the end
    of new's chain of contexts, in place of `handled` (the exception being
    handled where the stack's __exit__ was called)."""
    link = new
    while True:
        context = link.__context__
        if context is None or context is old:
            return
        if context is handled:
            break
        link = context
    link.__context__ = old


class _ExitStackBase:
    """What ExitStack and AsyncExitStack share: a stack of callbacks, each
    as (is it a coroutine function?, callback(exc_type, exc, tb))."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Moves all the callbacks to a new stack of the same kind, which is
        returned; this one is left empty."""
        moved = type(self)()
        moved._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return moved

    def _add(self, callback, is_async=False):
        self._exit_callbacks.append((is_async, callback))

    def push(self, exit):
        """Adds a context manager's __exit__ (without entering it), or any
        callback taking (exc_type, exc, tb) that may return true to
        suppress the exception.  Returns exit, so it can decorate."""
        exit_method = getattr(type(exit), "__exit__", None)
        if exit_method is None:
            self._add(exit)
        else:
            self._add(_bind(exit_method, exit))
        return exit

    def enter_context(self, cm):
        """Enters the context manager cm, adds its __exit__, returns what
        __enter__ returned."""
        kind = type(cm)
        try:
            enter, exit = kind.__enter__, kind.__exit__
        except AttributeError:
            raise TypeError("'%s.%s' object does not support the context "
                            "manager protocol" % (kind.__module__,
                                                  kind.__qualname__)) from None
        result = enter(cm)
        self._add(_bind(exit, cm))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Adds callback(*args, **kwds) to be called on exit (it does not
        see or suppress exceptions).  Returns callback."""
        def call_ignoring_exception(exc_type, exc, tb):
            callback(*args, **kwds)
        call_ignoring_exception.__wrapped__ = callback
        self._add(call_ignoring_exception)
        return callback


def _bind(exit_method, cm):
    def call_exit(exc_type, exc, tb):
        return exit_method(cm, exc_type, exc, tb)
    call_exit.__self__ = cm
    return call_exit


class ExitStack(_ExitStackBase, AbstractContextManager):
    """Exits, in reverse order, the context managers entered with
    enter_context() and calls the callbacks added with callback() and
    push().  An exception that one of them raises is what the next ones
    see; one that returns true suppresses the exception it saw."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        handled = sys.exc_info()[1]
        had_exception = exc_details[0] is not None
        suppressed = False
        pending = None
        while self._exit_callbacks:
            is_async, callback = self._exit_callbacks.pop()
            assert not is_async
            try:
                if callback(*exc_details):
                    suppressed = True
                    pending = None
                    exc_details = (None, None, None)
            except BaseException as new:
                _attach_context(new, exc_details[1], handled)
                pending = new
                exc_details = (type(new), new, new.__traceback__)
        if pending is not None:
            _reraise_keeping_context(pending)
        return had_exception and suppressed

    def close(self):
        """Exits everything now."""
        self.__exit__(None, None, None)


def _reraise_keeping_context(exception):
    # raising it here would make its context the exception being handled
    context = exception.__context__
    try:
        raise exception
    except BaseException:
        exception.__context__ = context
        raise


class AsyncExitStack(_ExitStackBase, AbstractAsyncContextManager):
    """ExitStack for async with: it also takes asynchronous context
    managers (enter_async_context) and coroutine callbacks
    (push_async_exit, push_async_callback)."""

    async def enter_async_context(self, cm):
        """Enters the asynchronous context manager cm (awaiting its
        __aenter__) and adds its __aexit__."""
        kind = type(cm)
        try:
            enter, exit = kind.__aenter__, kind.__aexit__
        except AttributeError:
            raise TypeError("'%s.%s' object does not support the asynchronous "
                            "context manager protocol"
                            % (kind.__module__, kind.__qualname__)) from None
        result = await enter(cm)
        self._add(_bind(exit, cm), True)
        return result

    def push_async_exit(self, exit):
        """push() for an asynchronous context manager's __aexit__ or a
        coroutine function taking (exc_type, exc, tb)."""
        exit_method = getattr(type(exit), "__aexit__", None)
        if exit_method is None:
            self._add(exit, True)
        else:
            self._add(_bind(exit_method, exit), True)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """callback() for a coroutine function: awaited on exit."""
        async def await_ignoring_exception(exc_type, exc, tb):
            await callback(*args, **kwds)
        await_ignoring_exception.__wrapped__ = callback
        self._add(await_ignoring_exception, True)
        return callback

    async def aclose(self):
        """Exits everything now."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        handled = sys.exc_info()[1]
        had_exception = exc_details[0] is not None
        suppressed = False
        pending = None
        while self._exit_callbacks:
            is_async, callback = self._exit_callbacks.pop()
            try:
                if is_async:
                    verdict = await callback(*exc_details)
                else:
                    verdict = callback(*exc_details)
                if verdict:
                    suppressed = True
                    pending = None
                    exc_details = (None, None, None)
            except BaseException as new:
                _attach_context(new, exc_details[1], handled)
                pending = new
                exc_details = (type(new), new, new.__traceback__)
        if pending is not None:
            _reraise_keeping_context(pending)
        return had_exception and suppressed
