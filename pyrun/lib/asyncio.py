"""Coroutines run by an event loop, as CPython's asyncio (without I/O).

How it works, in three pieces:

* The loop (EventLoop) holds callbacks that are ready to run, in a FIFO
  queue, and callbacks due at a later time, in a heap ordered by their
  time.  One turn of the loop waits (by sleeping) until something is ready
  or due, moves what is due to the ready queue, then runs the callbacks
  that were ready when the turn began; callbacks they schedule wait for the
  next turn.
* A Future is a result that is not there yet.  Awaiting one that is not
  done yields the future itself up to the task running the coroutine; when
  the future gets its outcome it schedules its done-callbacks on the loop.
* A Task drives a coroutine one step at a time: a step sends into the
  coroutine (or throws into it) until it yields the future it waits for;
  the task registers itself as a callback of that future and takes its next
  step when the future is done.

Everything else (sleep, gather, wait, queues, locks...) is built from
futures.  As in CPython, each callback runs in a context (contextvars): the
one given when it was scheduled, else a copy of the context current then;
a task takes a copy of the creator's context and runs every step in it.  Programs print in the same order as under CPython only if the
callbacks run in the same order, so each function below schedules exactly
the callbacks CPython's documented behaviour implies, in the same order:
that is what this module is careful about.

Provided: run, Runner, sleep, create_task, ensure_future, gather, wait,
wait_for, as_completed, shield, timeout, timeout_at, TaskGroup, Future,
Task, Queue (and the Priority and Lifo kinds), Event, Lock, Semaphore,
BoundedSemaphore, Condition, Barrier, get_event_loop, get_running_loop,
new_event_loop, current_task, all_tasks, iscoroutine, iscoroutinefunction,
isfuture, to_thread, run_coroutine_threadsafe, wrap_future, the loop's
call_soon_threadsafe and run_in_executor, and the exceptions.  Not
provided: sockets, streams, subprocesses, signals.  A program with no
other thread whose tasks all wait for something nothing will ever do gets
a RuntimeError instead of hanging (with no I/O, nothing could wake them)."""

import contextvars as _contextvars
import heapq as _heapq
import sys as _sys
import time as _time
from collections import deque as _deque

__all__ = ['run', 'Runner', 'sleep', 'create_task', 'ensure_future', 'gather', 'wait',
           'wait_for', 'as_completed', 'shield', 'timeout', 'timeout_at', 'Timeout',
           'TaskGroup', 'Future', 'Task', 'Handle', 'TimerHandle',
           'Queue', 'PriorityQueue', 'LifoQueue', 'QueueEmpty', 'QueueFull', 'Event', 'Lock',
           'Semaphore', 'BoundedSemaphore', 'Condition', 'Barrier', 'BrokenBarrierError',
           'get_event_loop', 'get_running_loop',
           'new_event_loop', 'set_event_loop', 'current_task', 'all_tasks', 'iscoroutine',
           'iscoroutinefunction', 'isfuture', 'to_thread', 'run_coroutine_threadsafe',
           'wrap_future', 'CancelledError', 'InvalidStateError',
           'TimeoutError', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED']


# ---- exceptions -----------------------------------------------------------------------

class CancelledError(BaseException):
    """The operation was cancelled."""
    __module__ = 'asyncio.exceptions'


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""
    __module__ = 'asyncio.exceptions'


TimeoutError = TimeoutError     # since 3.11 the builtin one


class QueueEmpty(Exception):
    """Raised by get_nowait() on an empty Queue."""
    __module__ = 'asyncio.queues'


class QueueFull(Exception):
    """Raised by put_nowait() on a full Queue."""
    __module__ = 'asyncio.queues'


# ---- callbacks ------------------------------------------------------------------------

def _angled(*words):
    """A repr of the kind <Name word word>: the words that are not empty."""
    return f"<{' '.join(word for word in words if word)}>"


def _describe_callback(callback, args):
    """How CPython shows a callback: name(arguments), and where a plain
    function was defined."""
    name = getattr(callback, '__qualname__', None) or getattr(callback, '__name__', None)
    text = f"{name or repr(callback)}({', '.join(repr(a) for a in args)})"
    code = getattr(callback, '__code__', None)
    if code is not None and not hasattr(callback, '__self__'):
        text += f" at {code.co_filename}:{code.co_firstlineno}"
    return text


class Handle:
    """A callback with its arguments, waiting in the loop's ready queue,
    and the context it will run in."""
    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '_context')

    def __init__(self, callback, args, loop, context=None):
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._loop = loop
        self._context = _contextvars.copy_context() if context is None else context

    def __repr__(self):
        parts = [type(self).__name__] + self._describe()
        return f"<{' '.join(parts)}>"

    def _describe(self):
        if self._cancelled:
            return ['cancelled']
        return [_describe_callback(self._callback, self._args)]

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            context, callback, args = self._context, self._callback, self._args
            context.run(callback, *args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as error:
            self._loop.call_exception_handler({
                'message': f'Exception in callback {_describe_callback(self._callback, self._args)}',
                'exception': error,
                'handle': self,
            })


class TimerHandle(Handle):
    """A callback due at a given time of the loop's clock."""
    __slots__ = ('_when',)

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when

    def _describe(self):
        return [f'when={self._when}'] + super()._describe()

    def when(self):
        return self._when


# ---- the event loop -------------------------------------------------------------------

_running_loop = None    # the loop whose run_forever() is on the stack
_default_loop = None    # what get_event_loop() gives outside a running loop


_LONGEST_WAIT = 24 * 3600.0


class AbstractEventLoop:
    """The interface of event loops (for isinstance checks)."""


class BaseEventLoop(AbstractEventLoop):
    """An event loop with no I/O: ready callbacks and timers."""

    def __init__(self):
        self._ready = _deque()
        self._timers = []           # heap of (when, sequence number, TimerHandle)
        self._timer_count = 0       # ties in time run in the order scheduled
        self._stopping = False
        self._closed = False
        self._live_tasks = {}       # task -> None: the tasks not done, in creation order
        self._wakeup = None         # a threading.Event once threads may call us
        self._default_executor = None
        self._executor_shut_down = False
        self._exception_handler = None
        self._debug = False
        info = _time.get_clock_info('monotonic') if hasattr(_time, 'get_clock_info') else None
        self._clock_resolution = info.resolution if info is not None else 1e-09

    def __repr__(self):
        return (f"<{type(self).__name__} running={self.is_running()} "
                f"closed={self._closed} debug={self._debug}>")

    # scheduling

    def time(self):
        return _time.monotonic()

    def call_soon(self, callback, *args, context=None):
        self._refuse_if_closed()
        handle = Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        """call_soon() for another thread: wakes the loop if it waits."""
        handle = self.call_soon(callback, *args, context=context)
        wakeup = self._wakeup
        if wakeup is not None:
            wakeup.set()
        return handle

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        self._refuse_if_closed()
        handle = TimerHandle(when, callback, args, self, context)
        self._timer_count += 1
        _heapq.heappush(self._timers, (when, self._timer_count, handle))
        return handle

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._refuse_if_closed()
        return Task(coro, loop=self, name=name, context=context)

    # state

    def _refuse_if_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def is_running(self):
        return _running_loop is self

    def is_closed(self):
        return self._closed

    def stop(self):
        self._stopping = True

    def close(self):
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        self._closed = True
        self._ready.clear()
        self._timers.clear()

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    # errors in callbacks

    def set_exception_handler(self, handler):
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        """Logs the error on the 'asyncio' logger: the message, the other
        items of the context, the traceback."""
        lines = [context.get('message') or 'Unhandled exception in event loop']
        lines += [f'{key}: {context[key]!r}' for key in sorted(context)
                  if key not in ('message', 'exception')]
        error = context.get('exception')
        import logging
        logging.getLogger('asyncio').error(
            '\n'.join(lines),
            exc_info=(type(error), error, error.__traceback__) if error is not None else False)

    def call_exception_handler(self, context):
        if self._exception_handler is not None:
            self._exception_handler(self, context)
        else:
            self.default_exception_handler(context)

    # running

    def run_forever(self):
        """Takes turns until stop() is called (at least one turn)."""
        global _running_loop
        self._refuse_if_closed()
        self._refuse_if_running()
        _running_loop = self
        try:
            more = True
            while more:
                self._take_turn()
                more = not self._stopping
        finally:
            self._stopping = False
            _running_loop = None

    def _refuse_if_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if _running_loop is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def run_until_complete(self, future):
        """Runs until future (or a task made of a coroutine) is done; its result."""
        self._refuse_if_closed()
        self._refuse_if_running()   # before the coroutine becomes a task
        made_here = not isfuture(future)
        future = ensure_future(future, loop=self)
        with _StopWhenDone(future, made_here):
            self.run_forever()
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def _take_turn(self):
        if self._timers:
            self._drop_cancelled_timers()
        if not self._ready and not self._stopping:
            self._wait_for_work()
        if self._timers:
            self._move_due_timers()
        # only what is ready now: callbacks scheduled by these run next turn
        for _ in range(len(self._ready)):
            handle = self._ready.popleft()
            if not handle._cancelled:
                handle._run()

    def _drop_cancelled_timers(self):
        while self._timers and self._timers[0][2]._cancelled:
            _heapq.heappop(self._timers)

    def _wait_for_work(self):
        """Waits until the first timer is due or, when other threads run,
        until one of them calls call_soon_threadsafe()."""
        delay = None
        if self._timers:    # (at most a day at a time: sleep() refuses the huge)
            delay = min(max(0, self._timers[0][0] - self.time()), _LONGEST_WAIT)
        threading = _sys.modules.get('threading')
        if threading is None or threading.active_count() <= 1:
            if delay is None:
                raise RuntimeError('asyncio: every task is waiting and nothing can wake '
                                   'them (the program would wait forever)')
            _time.sleep(delay)
            return
        if self._wakeup is None:
            self._wakeup = threading.Event()
            if self._ready:         # a thread was quicker than the event
                return
        self._wakeup.wait(delay)
        self._wakeup.clear()    # what came is in the ready queue already

    def _move_due_timers(self):
        # a timer within the clock's resolution of now counts as due
        horizon = self.time() + self._clock_resolution
        while self._timers and self._timers[0][0] < horizon:
            handle = _heapq.heappop(self._timers)[2]
            if not handle._cancelled:
                self._ready.append(handle)

    async def shutdown_asyncgens(self):
        pass

    async def shutdown_default_executor(self):
        """Lets the default executor's threads finish (at the end of run())."""
        self._executor_shut_down = True
        executor, self._default_executor = self._default_executor, None
        if executor is not None:
            executor.shutdown(wait=True)

    # threads

    def set_default_executor(self, executor):
        from concurrent.futures import ThreadPoolExecutor
        if not isinstance(executor, ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor')
        self._default_executor = executor

    def run_in_executor(self, executor, func, *args):
        """Calls func(*args) on another thread (of executor, or of a pool of
        the loop's own): a future of its result."""
        self._refuse_if_closed()
        if executor is None:
            if self._executor_shut_down:
                raise RuntimeError('Executor shutdown has been called')
            if self._default_executor is None:
                from concurrent.futures import ThreadPoolExecutor
                self._default_executor = ThreadPoolExecutor(thread_name_prefix='asyncio')
            executor = self._default_executor
        return wrap_future(executor.submit(func, *args), loop=self)


class _UnixSelectorEventLoop(BaseEventLoop):
    """The name CPython's default loop has on this platform."""


SelectorEventLoop = _UnixSelectorEventLoop
EventLoop = _UnixSelectorEventLoop


def _stop_its_loop(future):
    # a SystemExit or KeyboardInterrupt in the future stops the loop itself
    if not future.cancelled() and isinstance(future.exception(), (SystemExit, KeyboardInterrupt)):
        return
    future._loop.stop()


class _StopWhenDone:
    """run_until_complete()'s hold on the loop: while the with block runs,
    the end of the future stops the loop."""

    def __init__(self, future, made_here):
        self._future = future
        self._made_here = made_here     # a task nobody else can ask for its error

    def __enter__(self):
        self._future.add_done_callback(_stop_its_loop)

    def __exit__(self, kind, error, traceback):
        future = self._future
        future.remove_done_callback(_stop_its_loop)
        # The loop raised (the task's own SystemExit, say): that raise is
        # how the error is reported, so the task must not report it again.
        if kind is not None and self._made_here and future.done() and not future.cancelled():
            future.exception()
        return False


def new_event_loop():
    return _UnixSelectorEventLoop()


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def _get_running_loop():
    return _running_loop


def get_event_loop():
    global _default_loop
    if _running_loop is not None:
        return _running_loop
    if _default_loop is None or _default_loop.is_closed():
        _default_loop = new_event_loop()
    return _default_loop


def set_event_loop(loop):
    global _default_loop
    _default_loop = loop


# ---- futures --------------------------------------------------------------------------

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def _describe_callbacks(callbacks):
    """cb=[...] of a future's repr: at most the first and the last one."""
    names = [_describe_callback(cb, ()) for cb, _ in callbacks]
    if len(names) > 2:
        names = [names[0], f'<{len(names) - 2} more>', names[-1]]
    return f"cb=[{', '.join(names)}]"


class Future:
    """A result that is not there yet; `await` waits for it."""

    # A task waits for the futures it is given with this flag set: that is
    # how it tells a future apart from a bare yield (see Task._wait_for).
    _asyncio_future_blocking = False
    # An exception nobody asked for (by result() or exception()) is
    # reported when the future is freed: it would go unnoticed otherwise.
    _unretrieved = False

    __class_getitem__ = classmethod(type(list[int]))    # Future[int] in annotations

    def __init__(self, *, loop=None):
        self._loop = get_event_loop() if loop is None else loop
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []            # (callback, its context)
        self._cancel_message = None
        self._cancelled_exc = None      # the CancelledError that ended a task

    def __repr__(self):
        return f"<{type(self).__name__} {' '.join(self._repr_parts())}>"

    def _repr_parts(self):
        parts = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                parts.append(f'exception={self._exception!r}')
            else:
                parts.append(f'result={self._result!r}')
        if self._callbacks:
            parts.append(_describe_callbacks(self._callbacks))
        return parts

    def get_loop(self):
        return self._loop

    def __del__(self):
        # (not once the loop is closed: CPython, freeing such futures at
        # the program's end, mostly says nothing either)
        if self._unretrieved and not self._loop.is_closed():
            self._loop.call_exception_handler({
                'message': f'{type(self).__name__} exception was never retrieved',
                'exception': self._exception,
                'future': self,
            })

    # the outcome

    def done(self):
        return self._state != _PENDING

    def cancelled(self):
        return self._state == _CANCELLED

    def _make_cancelled_error(self):
        """The CancelledError to raise for a cancelled future: the one that
        cancelled a task's coroutine if there was one (once), else a new one
        with the message given to cancel()."""
        original, self._cancelled_exc = self._cancelled_exc, None
        if original is not None:
            return original
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def result(self):
        if self._state == _PENDING:
            raise InvalidStateError('Result is not set.')
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        self._unretrieved = False
        if self._exception is not None:
            raise self._exception.with_traceback(self._exception.__traceback__)
        return self._result

    def exception(self):
        if self._state == _PENDING:
            raise InvalidStateError('Exception is not set.')
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        self._unretrieved = False
        return self._exception

    # setting the outcome: each one runs the done-callbacks (on the loop)

    def _refuse_if_done(self):
        if self._state != _PENDING:
            raise InvalidStateError(f'{self._state}: {self!r}')

    def set_result(self, result):
        self._refuse_if_done()
        self._result = result
        self._finish(_FINISHED)

    def set_exception(self, exception):
        self._refuse_if_done()
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._exception = exception
        self._unretrieved = True
        self._finish(_FINISHED)

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._cancel_message = msg
        self._finish(_CANCELLED)
        return True

    def _finish(self, state):
        self._state = state
        waiting, self._callbacks = self._callbacks, []
        for callback, context in waiting:
            self._loop.call_soon(callback, self, context=context)

    def add_done_callback(self, fn, *, context=None):
        if context is None:
            context = _contextvars.copy_context()
        if self._state == _PENDING:
            self._callbacks.append((fn, context))
        else:
            self._loop.call_soon(fn, self, context=context)

    def remove_done_callback(self, fn):
        """Removes every registration of fn; how many there were."""
        before = len(self._callbacks)
        self._callbacks = [(cb, context) for cb, context in self._callbacks if cb != fn]
        return before - len(self._callbacks)

    # awaiting

    def __await__(self):
        if self._state == _PENDING:
            self._asyncio_future_blocking = True
            yield self      # to the task, which resumes us once we are done
        if self._state == _PENDING:
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def isfuture(obj):
    """Whether obj behaves as an asyncio future (it has the flag tasks use)."""
    return (hasattr(type(obj), '_asyncio_future_blocking')
            and obj._asyncio_future_blocking is not None)


def _copy_outcome(source, target):
    """Gives target (a pending future) the outcome of source (a done one)."""
    if source.cancelled():
        target.cancel()
    elif source.exception() is not None:
        target.set_exception(source.exception())
    else:
        target.set_result(source.result())


def _resolve(future, value=None):
    """Sets future's result unless it already has an outcome."""
    if not future.done():
        future.set_result(value)


# ---- tasks ----------------------------------------------------------------------------

_current_tasks = {}     # loop -> the task whose step is running on it


def _describe_coroutine(coro):
    name = f"{getattr(coro, '__qualname__', None) or type(coro).__name__}()"
    frame = getattr(coro, 'cr_frame', None)
    code = getattr(coro, 'cr_code', None)
    if frame is not None:
        return f"{name} running at {frame.f_code.co_filename}:{frame.f_lineno}"
    if code is not None:
        return f"{name} done, defined at {code.co_filename}:{code.co_firstlineno}"
    return name


_tasks_named = 0


def _next_task_name():
    """Task-1, Task-2...: numbered over the whole program, as in CPython."""
    global _tasks_named
    _tasks_named += 1
    return f'Task-{_tasks_named}'


class Task(Future):
    """Runs a coroutine on the loop, a step at a time (see the module's doc)."""

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        self._coro = coro
        self._waiting_for = None        # the future the coroutine awaits
        self._cancel_at_next_step = False
        self._cancel_requests = 0
        self._name = _next_task_name() if name is None else str(name)
        self._context = _contextvars.copy_context() if context is None else context
        self._loop._live_tasks[self] = None
        self._loop.call_soon(self._step, context=self._context)

    def _repr_parts(self):
        parts = super()._repr_parts()
        if self._cancel_at_next_step:
            parts[0] = 'cancelling'
        parts[1:1] = [f'name={self._name!r}', f'coro=<{_describe_coroutine(self._coro)}>']
        if self._waiting_for is not None:
            parts.insert(3, f'wait_for={self._waiting_for!r}')
        return parts

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def get_stack(self, *, limit=None):
        return []

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    # cancellation: the coroutine gets a CancelledError at its await

    def cancel(self, msg=None):
        if self.done():
            return False
        self._cancel_requests += 1
        # Cancelling what the coroutine awaits wakes it with the error; if
        # there is nothing to cancel, its next step throws the error in.
        awaited = self._waiting_for
        handed_down = awaited is not None and awaited.cancel(msg=msg)
        if not handed_down:
            self._cancel_at_next_step = True
            self._cancel_message = msg
        return True

    def cancelling(self):
        return self._cancel_requests

    def uncancel(self):
        self._cancel_requests = max(0, self._cancel_requests - 1)
        return self._cancel_requests

    # stepping

    def _step(self, error=None):
        """Runs the coroutine to its next await, throwing error into it."""
        if self._state != _PENDING:
            raise InvalidStateError(f'_step(): already done: {self!r}, {error!r}')
        if self._cancel_at_next_step:
            self._cancel_at_next_step = False
            if not isinstance(error, CancelledError):
                error = self._make_cancelled_error()
        self._waiting_for = None
        _current_tasks[self._loop] = self
        try:
            self._resume(error)
        finally:
            del _current_tasks[self._loop]
            if self._state != _PENDING:
                self._loop._live_tasks.pop(self, None)

    def _resume(self, error):
        try:
            if error is None:
                yielded = self._coro.send(None)
            else:
                yielded = self._coro.throw(error)
        except StopIteration as returned:
            self._end_with_return(returned.value)
        except CancelledError as cancelled:
            self._cancelled_exc = cancelled     # awaiting us raises it again
            Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as fatal:
            Future.set_exception(self, fatal)
            raise
        except BaseException as failure:
            Future.set_exception(self, _without_first_frame(failure))
        else:
            complaint = self._wait_for(yielded)
            if complaint is not None:
                self._loop.call_soon(self._step, complaint, context=self._context)

    def _end_with_return(self, value):
        # cancel() came while the coroutine had nothing to await: it won
        if self._cancel_at_next_step:
            self._cancel_at_next_step = False
            Future.cancel(self, msg=self._cancel_message)
        else:
            Future.set_result(self, value)

    def _wait_for(self, yielded):
        """Arranges the next step after what the coroutine yielded; an error
        to throw into it if that was not something a task can wait for."""
        if yielded is None:                 # a bare yield (sleep(0)): next turn
            self._loop.call_soon(self._step, context=self._context)
            return None
        blocking = getattr(yielded, '_asyncio_future_blocking', None)
        if blocking is None:
            return RuntimeError(f'Task got bad yield: {yielded!r}')
        if not blocking:
            return RuntimeError(f'yield was used instead of yield from in task {self!r} '
                                f'with {yielded!r}')
        if yielded._loop is not self._loop:
            return RuntimeError(f'Task {self!r} got Future {yielded!r} attached to a '
                                f'different loop')
        if yielded is self:
            return RuntimeError(f'Task cannot await on itself: {self!r}')
        yielded._asyncio_future_blocking = False
        yielded.add_done_callback(self._wake_up, context=self._context)
        self._waiting_for = yielded
        if self._cancel_at_next_step and yielded.cancel(msg=self._cancel_message):
            self._cancel_at_next_step = False
        return None

    def _wake_up(self, awaited):
        try:
            awaited.result()
        except BaseException as error:
            self._step(error)
        else:
            self._step()


def _without_first_frame(error):
    """error, its traceback starting below the task's step (as CPython's
    tasks, written in C, show it: the coroutine's frames only)."""
    tb = error.__traceback__
    if tb is not None and tb.tb_frame.f_code is Task._resume.__code__:
        error.__traceback__ = tb.tb_next
    return error


def current_task(loop=None):
    return _current_tasks.get(get_running_loop() if loop is None else loop)


def all_tasks(loop=None):
    loop = get_running_loop() if loop is None else loop
    return {task for task in loop._live_tasks if not task.done()}


def iscoroutine(obj):
    return type(obj).__name__ == 'coroutine' or all(
        hasattr(obj, method) for method in ('send', 'throw', 'close', '__await__'))


_CO_COROUTINE = 0x80    # the code flag of an `async def`


def iscoroutinefunction(func):
    """Whether func is an `async def` function (or a method or
    functools.partial of one)."""
    while type(func).__name__ == 'partial' and hasattr(func, 'func'):
        func = func.func
    func = getattr(func, '__func__', func)
    code = getattr(func, '__code__', None)
    return code is not None and bool(code.co_flags & _CO_COROUTINE)


def _create_named_task(loop, coro, name, context=None):
    """A task named afterwards, as asyncio.create_task() and TaskGroup's
    make them (so it takes a number, Task-N, even when it has a name)."""
    task = loop.create_task(coro, context=context)
    if name is not None:
        task.set_name(name)
    return task


def create_task(coro, *, name=None, context=None):
    return _create_named_task(get_running_loop(), coro, name, context)


def ensure_future(coro_or_future, *, loop=None):
    """The future itself, or a task running the coroutine or awaitable."""
    if isfuture(coro_or_future):
        if loop is not None and coro_or_future._loop is not loop:
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    if iscoroutine(coro_or_future):
        coro = coro_or_future
    elif hasattr(coro_or_future, '__await__'):
        coro = _await_it(coro_or_future)
    else:
        raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    return (get_event_loop() if loop is None else loop).create_task(coro)


async def _await_it(awaitable):
    return await awaitable


class _NextTurn:
    """Awaiting it yields None: the task steps again at the loop's next turn."""

    def __await__(self):
        yield


async def sleep(delay, result=None):
    """Waits delay seconds (0 or less: lets the other tasks run once)."""
    if delay <= 0:
        await _NextTurn()
        return result
    loop = get_running_loop()
    alarm = loop.create_future()
    timer = loop.call_later(delay, _resolve_unless_cancelled, alarm, result)
    try:
        return await alarm
    finally:
        timer.cancel()


def _resolve_unless_cancelled(future, value):
    if not future.cancelled():
        future.set_result(value)


# ---- threads --------------------------------------------------------------------------

def _outcome_into_asyncio(done, target):
    """In the loop's thread: target (an asyncio future) gets the outcome of
    done (a concurrent.futures one), unless it was cancelled meanwhile."""
    if not target.cancelled():
        _copy_outcome(done, target)


def _outcome_into_concurrent(done, target):
    """target (a concurrent.futures future) gets the outcome of done (an
    asyncio one)."""
    if done.cancelled():
        target.cancel()
    if not target.set_running_or_notify_cancel():
        return
    if done.exception() is not None:
        target.set_exception(done.exception())
    else:
        target.set_result(done.result())


def wrap_future(future, *, loop=None):
    """An asyncio future with the outcome of a concurrent.futures one
    (cancelling it cancels that one)."""
    if isfuture(future):
        return future
    loop = get_event_loop() if loop is None else loop
    mirror = loop.create_future()

    def pass_outcome_on(done):          # in the thread that ended it
        if not loop.is_closed():
            loop.call_soon_threadsafe(_outcome_into_asyncio, done, mirror)

    def cancel_the_call(mirror):
        if mirror.cancelled():
            future.cancel()

    mirror.add_done_callback(cancel_the_call)
    future.add_done_callback(pass_outcome_on)
    return mirror


def run_coroutine_threadsafe(coro, loop):
    """From another thread: runs coro as a task of loop; a
    concurrent.futures.Future of its outcome (cancelling it cancels the task)."""
    if not iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    from concurrent.futures import Future as ConcurrentFuture
    outcome = ConcurrentFuture()

    def start():                        # in the loop's thread
        try:
            task = ensure_future(coro, loop=loop)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as error:
            if outcome.set_running_or_notify_cancel():
                outcome.set_exception(error)
            raise
        task.add_done_callback(lambda task: _outcome_into_concurrent(task, outcome))

        def cancel_the_task(outcome):   # in the thread that cancelled it
            if outcome.cancelled() and not loop.is_closed():
                loop.call_soon_threadsafe(task.cancel)

        outcome.add_done_callback(cancel_the_task)

    loop.call_soon_threadsafe(start)
    return outcome


async def to_thread(func, /, *args, **kwargs):
    """Runs func(*args, **kwargs) on a thread of the loop's pool, in a copy
    of the caller's context; its result."""
    context = _contextvars.copy_context()
    return await get_running_loop().run_in_executor(None, lambda: context.run(func, *args, **kwargs))


# ---- running a program -----------------------------------------------------------------

class Runner:
    """A loop of its own for running coroutines, closed at the end (with)."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._loop = None
        self._closed = False
        self._debug = debug
        self._loop_factory = loop_factory

    def __enter__(self):
        self._start()
        return self

    def __exit__(self, *exc_info):
        self.close()

    def get_loop(self):
        self._start()
        return self._loop

    def _start(self):
        if self._closed:
            raise RuntimeError("Runner is closed")
        if self._loop is None:
            self._loop = new_event_loop() if self._loop_factory is None else self._loop_factory()
            if self._debug is not None:
                self._loop.set_debug(self._debug)
            set_event_loop(self._loop)

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError(f"a coroutine was expected, got {coro!r}")
        if _running_loop is not None:
            raise RuntimeError("Runner.run() cannot be called from a running event loop")
        self._start()
        return self._loop.run_until_complete(self._loop.create_task(coro, context=context))

    def close(self):
        loop = self._loop
        if loop is None or self._closed:
            return
        try:
            _cancel_leftover_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            set_event_loop(None)
            loop.close()
            self._loop = None
            self._closed = True


def _cancel_leftover_tasks(loop):
    """Cancels the tasks still pending, waits for them to end, reports the
    ones that failed with something other than their cancellation."""
    leftovers = [task for task in loop._live_tasks if not task.done()]
    if not leftovers:
        return
    for task in leftovers:
        task.cancel()
    loop.run_until_complete(gather(*leftovers, return_exceptions=True))
    for task in leftovers:
        if not task.cancelled() and task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


def run(main, *, debug=None):
    """Runs the coroutine main on a new event loop and returns its result;
    the tasks still pending at the end are cancelled."""
    if _running_loop is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    with Runner(debug=debug) as runner:
        return runner.run(main)


# ---- combining awaitables -------------------------------------------------------------

def _refuse_single_awaitable(fs, what):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect {what} of futures, not {type(fs).__name__}")


def _futures_of(awaitables, loop):
    """A future for each distinct awaitable, in order (a repeated one is
    wrapped once); and the loop they run on."""
    by_identity = {}
    for awaitable in awaitables:
        if id(awaitable) not in by_identity:
            future = ensure_future(awaitable, loop=loop)
            loop = future._loop
            by_identity[id(awaitable)] = future
    return by_identity, loop


class _GatheringFuture(Future):
    """gather()'s future: its result is the list of the children's results,
    in the order given; cancelling it cancels the children."""

    def __init__(self, children, distinct, *, loop, collect_errors):
        super().__init__(loop=loop)
        self._children = children           # one per argument
        self._unfinished = distinct         # how many distinct children are pending
        self._collect_errors = collect_errors
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        # every child is asked (a repeated one as often as it was given)
        answers = [child.cancel(msg=msg) for child in self._children]
        if True not in answers:
            return False
        # the outcome comes when the children end: a CancelledError then
        self._cancel_requested = True
        return True

    def _child_done(self, child):
        self._unfinished -= 1
        if self.done():
            if not child.cancelled():
                child.exception()       # nobody will see it: counts as retrieved
            return
        if not self._collect_errors and self._first_failure(child):
            return
        if self._unfinished == 0:
            self._finish_gathering(child)

    def _first_failure(self, child):
        """Without return_exceptions the first failing child decides."""
        if child.cancelled():
            self.set_exception(child._make_cancelled_error())
            return True
        if child.exception() is not None:
            self.set_exception(child.exception())
            return True
        return False

    def _finish_gathering(self, last_child):
        if self._cancel_requested:
            self.set_exception(last_child._make_cancelled_error())
        else:
            self.set_result([_outcome_as_value(child) for child in self._children])


def _outcome_as_value(future):
    """A done future's result, or its exception as a value."""
    if future.cancelled():
        message = future._cancel_message
        return CancelledError('' if message is None else message)
    if future.exception() is not None:
        return future.exception()
    return future.result()


def gather(*coros_or_futures, return_exceptions=False):
    """Runs the awaitables together; the results in their order (the first
    exception is raised unless return_exceptions)."""
    if not coros_or_futures:
        nothing = get_event_loop().create_future()
        nothing.set_result([])
        return nothing
    by_identity, loop = _futures_of(coros_or_futures, None)
    children = [by_identity[id(awaitable)] for awaitable in coros_or_futures]
    outer = _GatheringFuture(children, len(by_identity), loop=loop,
                             collect_errors=return_exceptions)
    for child in by_identity.values():
        child.add_done_callback(outer._child_done)
    return outer


def shield(arg):
    """Protects an awaitable from being cancelled with the task awaiting it:
    the future returned can be cancelled, the work goes on."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = inner._loop.create_future()

    def pass_outcome_on(inner):
        if not outer.cancelled():
            _copy_outcome(inner, outer)
        elif not inner.cancelled():
            inner.exception()       # retrieved: nobody waits for it any more

    def forget_inner(outer):
        if not inner.done():
            inner.remove_done_callback(pass_outcome_on)

    inner.add_done_callback(pass_outcome_on)
    outer.add_done_callback(forget_inner)
    return outer


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


async def _until_signalled_or_timeout(signal, timeout):
    """Awaits the future signal, for at most timeout seconds (None: no limit)."""
    if timeout is None:
        await signal
        return
    timer = get_running_loop().call_later(timeout, _resolve, signal)
    try:
        await signal
    finally:
        timer.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Waits for some or all of the futures: returns (done, pending) sets."""
    _refuse_single_awaitable(fs, "a list")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    loop = get_running_loop()
    futures = set(fs)
    if any(iscoroutine(f) for f in futures):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    futures = {ensure_future(f, loop=loop) for f in futures}
    signal = loop.create_future()
    unfinished = len(futures)

    def one_finished(f):
        nonlocal unfinished
        unfinished -= 1
        enough = (unfinished <= 0 or return_when == FIRST_COMPLETED
                  or (return_when == FIRST_EXCEPTION and not f.cancelled()
                      and f.exception() is not None))
        if enough:
            _resolve(signal)

    for f in futures:
        f.add_done_callback(one_finished)
    try:
        await _until_signalled_or_timeout(signal, timeout)
    finally:
        for f in futures:
            f.remove_done_callback(one_finished)
    done = {f for f in futures if f.done()}
    return done, futures - done


async def _cancel_and_wait(future):
    """Cancels future and waits for it to end (it may end otherwise)."""
    ended = get_running_loop().create_future()
    on_end = lambda _: _resolve(ended)
    future.add_done_callback(on_end)
    try:
        future.cancel()
        await ended
    finally:
        future.remove_done_callback(on_end)


def _result_or_timeout(future):
    """The result of a future that wait_for() cancelled at its deadline."""
    try:
        return future.result()
    except CancelledError as cancelled:
        raise TimeoutError() from cancelled


async def wait_for(fut, timeout):
    """Awaits fut, cancelling it and raising TimeoutError after timeout seconds."""
    loop = get_running_loop()
    if timeout is None:
        return await fut
    fut = ensure_future(fut, loop=loop)
    if timeout <= 0:
        if not fut.done():
            await _cancel_and_wait(fut)
        return _result_or_timeout(fut)
    signal = loop.create_future()
    on_done = lambda _: _resolve(signal)
    fut.add_done_callback(on_done)
    try:
        await _until_signalled_or_timeout(signal, timeout)
    except CancelledError:
        # we were cancelled: so is the work, unless it is already over
        if fut.done():
            return fut.result()
        fut.remove_done_callback(on_done)
        await _cancel_and_wait(fut)
        raise
    if fut.done():
        return fut.result()
    fut.remove_done_callback(on_done)
    await _cancel_and_wait(fut)
    return _result_or_timeout(fut)


class _Arrivals:
    """The futures of as_completed() in the order they end."""

    def __init__(self, futures, loop, timeout):
        self._pending = set(futures)
        self._ended = Queue()           # done futures; None for the timeout
        self._timer = None
        for f in futures:
            f.add_done_callback(self._arrived)
        if self._pending and timeout is not None:
            self._timer = loop.call_later(timeout, self._time_is_up)

    def _arrived(self, f):
        if f not in self._pending:
            return      # after the timeout
        self._pending.remove(f)
        self._ended.put_nowait(f)
        if not self._pending and self._timer is not None:
            self._timer.cancel()

    def _time_is_up(self):
        for f in self._pending:
            f.remove_done_callback(self._arrived)
            self._ended.put_nowait(None)
        self._pending.clear()

    async def next_result(self):
        f = await self._ended.get()
        if f is None:
            raise TimeoutError
        return f.result()


def as_completed(fs, *, timeout=None):
    """An iterator of awaitables, each giving the next result to arrive (or
    raising TimeoutError once timeout seconds have passed)."""
    _refuse_single_awaitable(fs, "an iterable")
    loop = get_event_loop()
    # (CPython takes them from a set, in an order that depends on their
    # addresses; the order given is what that usually comes to)
    by_identity, loop = _futures_of(list(fs), loop)
    arrivals = _Arrivals(list(by_identity.values()), loop, timeout)
    for _ in range(len(by_identity)):
        yield arrivals.next_result()


class Timeout:
    """async with timeout(delay): cancels the block after delay seconds and
    raises TimeoutError in its place.  Its states: created, active (in the
    block), expiring (the task was cancelled), expired, finished."""

    def __init__(self, when):
        self._when = when
        self._state = 'created'
        self._alarm = None
        self._task = None
        self._cancel_requests_before = 0

    def __repr__(self):
        shown = f'[{self._state}]'
        if self._state == 'active':
            shown += f" when={None if self._when is None else round(self._when, 3)}"
        return f'<Timeout {shown}>'

    def when(self):
        return self._when

    def expired(self):
        return self._state in ('expiring', 'expired')

    def reschedule(self, when):
        if self._state != 'active':
            raise RuntimeError(f"Cannot change state of {self._state} Timeout")
        self._when = when
        if self._alarm is not None:
            self._alarm.cancel()
            self._alarm = None
        if when is not None:
            loop = get_running_loop()
            if when <= loop.time():
                self._alarm = loop.call_soon(self._expire)
            else:
                self._alarm = loop.call_at(when, self._expire)

    async def __aenter__(self):
        self._state = 'active'
        self._task = current_task()
        if self._task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._cancel_requests_before = self._task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._alarm is not None:
            self._alarm.cancel()
            self._alarm = None
        if self._state != 'expiring':
            self._state = 'finished'
            return None
        self._state = 'expired'
        # our cancellation is the one that ended the block: it becomes a timeout
        if self._task.uncancel() <= self._cancel_requests_before and exc_type is CancelledError:
            raise TimeoutError from exc_val
        return None

    def _expire(self):
        self._task.cancel()
        self._state = 'expiring'
        self._alarm = None


def timeout(delay):
    """A Timeout of delay seconds from now (None: none)."""
    return Timeout(None if delay is None else get_running_loop().time() + delay)


def timeout_at(when):
    """A Timeout at the loop's time when."""
    return Timeout(when)


def _is_fatal(error):
    """Errors that end the program rather than a task: re-raised as they are."""
    return isinstance(error, (SystemExit, KeyboardInterrupt))


class TaskGroup:
    """async with TaskGroup() as tg: tg.create_task(...): waits for all the
    tasks; if one fails, the others and the body are cancelled and the
    errors raised together in an ExceptionGroup."""

    def __init__(self):
        self._phase = 'new'             # then 'open' (the body runs), then 'closing' (__aexit__)
        self._aborting = False          # our tasks are being cancelled
        self._running = set()
        self._errors = []
        self._fatal = None              # a SystemExit or KeyboardInterrupt
        self._loop = None
        self._owner = None              # the task running the async with
        self._owner_cancelled = False   # we cancelled the owner (a task failed)
        self._all_ended = None          # what __aexit__ awaits while tasks run

    def __repr__(self):
        state = ('cancelling' if self._aborting else
                 '' if self._phase == 'new' else 'entered')
        return _angled('TaskGroup',
                       f'tasks={len(self._running)}' if self._running else '',
                       f'errors={len(self._errors)}' if self._errors else '',
                       state)

    async def __aenter__(self):
        if self._phase != 'new':
            raise RuntimeError(f"TaskGroup {self!r} has already been entered")
        self._loop = get_running_loop()
        self._owner = current_task()
        if self._owner is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        self._phase = 'open'
        return self

    def create_task(self, coro, *, name=None, context=None):
        if self._phase == 'new':
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")
        if self._phase == 'closing' and not self._running:
            raise RuntimeError(f"TaskGroup {self!r} is finished")
        if self._aborting:
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")
        task = _create_named_task(self._loop, coro, name, context)
        task.add_done_callback(self._task_ended)
        self._running.add(task)
        return task

    async def __aexit__(self, exc_type, exc, tb):
        self._phase = 'closing'
        if exc is not None and _is_fatal(exc) and self._fatal is None:
            self._fatal = exc
        cancellation = exc if exc_type is CancelledError else None
        # a cancellation we caused ourselves is not passed on to the code around
        if self._owner_cancelled and self._owner.uncancel() == 0:
            cancellation = None
        if exc_type is not None and not self._aborting:
            self._abort()
        cancellation = await self._wait_for_tasks(cancellation)
        if self._fatal is not None:
            raise self._fatal
        if cancellation is not None and not self._errors:
            raise cancellation
        if exc_type is not None and exc_type is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            errors, self._errors = self._errors, None
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', errors) from None

    async def _wait_for_tasks(self, cancellation):
        """Waits until every task has ended.  Should the owner be cancelled
        meanwhile (by someone else), the tasks are cancelled too: that
        cancellation is then the one to pass on."""
        while self._running:
            self._all_ended = self._loop.create_future()
            try:
                await self._all_ended
            except CancelledError as error:
                if not self._aborting:
                    cancellation = error
                    self._abort()
            self._all_ended = None
        return cancellation

    def _abort(self):
        self._aborting = True
        for task in self._running:
            if not task.done():
                task.cancel()

    def _task_ended(self, task):
        self._running.discard(task)
        if not self._running and self._all_ended is not None:
            _resolve(self._all_ended, True)
        if task.cancelled() or task.exception() is None:
            return
        error = task.exception()
        self._errors.append(error)
        if _is_fatal(error) and self._fatal is None:
            self._fatal = error
        if self._owner.done():
            return
        # the first failure cancels the others and the body of the async with
        if not self._aborting and not self._owner_cancelled:
            self._abort()
            self._owner_cancelled = True
            self._owner.cancel()


# ---- synchronization ------------------------------------------------------------------

async def _wait_in_line(line, ticket=None):
    """Waits at the end of line (a deque) until the future ticket (a new one
    if not given) is done; leaves the line in any case."""
    if ticket is None:
        ticket = get_running_loop().create_future()
    line.append(ticket)
    try:
        return await ticket
    finally:
        line.remove(ticket)


class _AsyncWith:
    """`async with x:` acquires x and releases it at the end."""

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()



def _primitive_repr(primitive, state):
    """How asyncio shows its locks: the state and how many tasks wait."""
    if primitive._line:
        state = f'{state}, waiters:{len(primitive._line)}'
    return f'<asyncio.locks.{type(primitive).__name__} object at {id(primitive):#x} [{state}]>'


class Lock(_AsyncWith):
    """A lock for tasks: acquire() waits while another task holds it; they
    get it in the order they asked."""

    def __init__(self):
        self._held = False
        self._line = _deque()

    def __repr__(self):
        return _primitive_repr(self, 'locked' if self._held else 'unlocked')

    def locked(self):
        return self._held

    async def acquire(self):
        if not self._held and all(ticket.cancelled() for ticket in self._line):
            self._held = True
            return True
        try:
            await _wait_in_line(self._line)
        except CancelledError:
            if not self._held:
                self._wake_first()      # we may have been woken: pass it on
            raise
        self._held = True
        return True

    def release(self):
        if not self._held:
            raise RuntimeError('Lock is not acquired.')
        self._held = False
        self._wake_first()

    def _wake_first(self):
        if self._line and not self._line[0].done():
            self._line[0].set_result(True)


class Event:
    """A flag that tasks can wait for."""

    def __init__(self):
        self._flag = False
        self._line = _deque()

    def __repr__(self):
        return _primitive_repr(self, 'set' if self._flag else 'unset')

    def is_set(self):
        return self._flag

    def set(self):
        if self._flag:
            return
        self._flag = True
        for ticket in self._line:
            _resolve(ticket, True)

    def clear(self):
        self._flag = False

    async def wait(self):
        if not self._flag:
            await _wait_in_line(self._line)
        return True


class Condition(_AsyncWith):
    """wait() until notify(), with a lock around the shared state."""

    def __init__(self, lock=None):
        self._lock = Lock() if lock is None else lock
        self.locked = self._lock.locked
        self.acquire = self._lock.acquire
        self.release = self._lock.release
        self._line = _deque()

    def __repr__(self):
        return _primitive_repr(self, 'locked' if self.locked() else 'unlocked')

    async def wait(self):
        """Releases the lock, waits for a notify(), takes the lock again
        (even when cancelled meanwhile: the caller holds it at the end)."""
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            await _wait_in_line(self._line)
            return True
        finally:
            await self._take_lock_back()

    async def _take_lock_back(self):
        interrupted = False
        while True:
            try:
                await self.acquire()
                break
            except CancelledError:
                interrupted = True
        if interrupted:
            raise CancelledError

    async def wait_for(self, predicate):
        while True:
            outcome = predicate()
            if outcome:
                return outcome
            await self.wait()

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        # (tickets done already belong to tasks woken or cancelled before)
        still_waiting = [ticket for ticket in self._line if not ticket.done()]
        for ticket in still_waiting[:max(n, 0)]:
            ticket.set_result(False)

    def notify_all(self):
        self.notify(len(self._line))


class Semaphore(_AsyncWith):
    """At most `value` tasks at once past acquire()."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._value = value
        self._line = _deque()

    def __repr__(self):
        return _primitive_repr(self, f"{'locked' if self.locked() else 'unlocked'}, value:{self._value}")

    def locked(self):
        # a waiting task has priority over a newcomer
        return self._value == 0 or any(not ticket.cancelled() for ticket in self._line)

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        ticket = get_running_loop().create_future()
        try:
            await _wait_in_line(self._line, ticket)
        except CancelledError:
            if not ticket.cancelled():
                # A release() chose us just before the cancellation came: the
                # place goes on to the next (Semaphore's release, not a
                # subclass's: this is no release of the user's).
                Semaphore.release(self)
            raise
        self._give_free_place()     # more may have been freed while we waited
        return True

    def release(self):
        self._value += 1
        self._give_free_place()

    def _give_free_place(self):
        """A free place, if there is one, goes to the first task still
        waiting (if any): it is taken for that task now."""
        first = next((ticket for ticket in self._line if not ticket.done()), None)
        if first is not None and self._value > 0:
            self._value -= 1
            first.set_result(True)


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released more than acquired."""

    def __init__(self, value=1):
        super().__init__(value)
        self._limit = value

    def release(self):
        if self._value < self._limit:
            return super().release()
        raise ValueError('BoundedSemaphore released too many times')


class BrokenBarrierError(RuntimeError):
    """A Barrier was aborted, or reset while a task waited on it."""
    __module__ = 'asyncio.exceptions'


class Barrier:
    """Holds the tasks that call wait() until `parties` of them have: then
    they all go on.  Its states: filling (tasks arrive), draining (they
    leave, the last one makes it filling again), resetting (reset() came
    while tasks waited), broken (abort())."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._parties = parties
        self._cond = Condition()
        self._state = 'filling'
        self._inside = 0        # the tasks in wait(), arrived and not yet gone

    def __repr__(self):
        state = self._state
        if state != 'broken':
            state += f', waiters:{self.n_waiting}/{self._parties}'
        return f'<asyncio.locks.Barrier object at {id(self):#x} [{state}]>'

    parties = property(lambda self: self._parties)
    broken = property(lambda self: self._state == 'broken')

    @property
    def n_waiting(self):
        """The tasks waiting for the barrier to open."""
        return self._inside if self._state == 'filling' else 0

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *exc_info):
        pass

    async def wait(self):
        """Waits for the others; this task's place in the arrivals (0 for
        the first), or BrokenBarrierError if the barrier breaks meanwhile."""
        async with self._cond:
            # the tasks of the previous round leave first
            await self._cond.wait_for(lambda: self._state not in ('draining', 'resetting'))
            if self._state == 'broken':
                raise BrokenBarrierError("Barrier aborted")
            place = self._inside
            self._inside += 1
            try:
                if self._inside == self._parties:
                    self._become('draining')        # the last to arrive opens it
                else:
                    await self._cond.wait_for(lambda: self._state != 'filling')
                    if self._state in ('broken', 'resetting'):
                        raise BrokenBarrierError("Abort or reset of barrier")
                return place
            finally:
                self._inside -= 1
                if not self._inside and self._state in ('draining', 'resetting'):
                    self._become('filling')         # the last to leave closes it

    async def reset(self):
        """Empties the barrier: the tasks waiting get BrokenBarrierError."""
        async with self._cond:
            self._become('resetting' if self._inside else 'filling')

    async def abort(self):
        """Breaks the barrier: every wait(), now or later, fails."""
        async with self._cond:
            self._become('broken')

    def _become(self, state):
        """Changes state (holding the lock); the waiting tasks look again."""
        self._state = state
        self._cond.notify_all()


# ---- queues ---------------------------------------------------------------------------

class Queue:
    """A first-in first-out queue for tasks: get() waits while it is empty,
    put() while it is full (maxsize > 0); join() until task_done() was
    called for every item put."""

    __class_getitem__ = classmethod(type(list[int]))    # Queue[int] in annotations

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._queue = self._new_storage()
        self._getters = _deque()            # tasks waiting for an item
        self._putters = _deque()            # tasks waiting for room
        self._joiners = _deque()            # tasks in join()
        self._unfinished = 0                # items put and not yet task_done()

    # the storage, which the subclasses change

    def _new_storage(self):
        return _deque()

    def _store(self, item):
        self._queue.append(item)

    def _take(self):
        return self._queue.popleft()

    def __repr__(self):
        return _angled(type(self).__name__, f'at {id(self):#x}', *self._state_words())

    def __str__(self):
        return _angled(type(self).__name__, *self._state_words())

    def _state_words(self):
        return (f'maxsize={self._maxsize!r}',
                f'_queue={list(self._queue)!r}' if self._queue else '',
                f'_getters[{len(self._getters)}]' if self._getters else '',
                f'_putters[{len(self._putters)}]' if self._putters else '',
                f'tasks={self._unfinished}' if self._unfinished else '')

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._queue)

    def empty(self):
        return not self._queue

    def full(self):
        return 0 < self._maxsize <= self.qsize()

    # waiting: a task waits in a line (getters or putters) for its ticket

    @staticmethod
    def _wake_one(line):
        """Wakes the first task of line still waiting; the others stay."""
        while line:
            ticket = line.popleft()
            if not ticket.done():
                ticket.set_result(None)
                return

    def _let_waiters_in(self):
        """After an item came or went: the first task waiting for an item
        may go if there is one, the first waiting for room if there is room."""
        if not self.empty():
            self._wake_one(self._getters)
        if not self.full():
            self._wake_one(self._putters)

    async def _wait_until(self, possible, line):
        """Waits in line until possible() (the wakers take us out of it)."""
        while not possible():
            ticket = get_running_loop().create_future()
            line.append(ticket)
            try:
                await ticket
            except BaseException:
                ticket.cancel()
                if ticket in line:
                    line.remove(ticket)
                # woken, then cancelled: the wake-up goes to the next one
                if possible() and not ticket.cancelled():
                    self._wake_one(line)
                raise

    async def put(self, item):
        await self._wait_until(lambda: not self.full(), self._putters)
        self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._store(item)
        self._unfinished += 1
        self._let_waiters_in()

    async def get(self):
        await self._wait_until(lambda: not self.empty(), self._getters)
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._take()
        self._let_waiters_in()
        return item

    # tasks: each item put is one, until task_done() says it is dealt with

    def task_done(self):
        if self._unfinished == 0:
            raise ValueError('task_done() called too many times')
        self._unfinished -= 1
        if self._unfinished == 0:
            for ticket in self._joiners:
                _resolve(ticket)

    async def join(self):
        """Waits until every item put has been dealt with (task_done())."""
        if self._unfinished:
            await _wait_in_line(self._joiners)


class PriorityQueue(Queue):
    """Smallest item first (a heap)."""

    def _new_storage(self):
        return []

    def _store(self, item):
        _heapq.heappush(self._queue, item)

    def _take(self):
        return _heapq.heappop(self._queue)


class LifoQueue(Queue):
    """Last in, first out (a stack)."""

    def _new_storage(self):
        return []

    def _take(self):
        return self._queue.pop()


# Where CPython defines each class: what their reprs (and pickles) name.
_CPYTHON_HOMES = {
    '_asyncio': ('Future', 'Task'),
    'asyncio.events': ('Handle', 'TimerHandle', 'AbstractEventLoop'),
    'asyncio.base_events': ('BaseEventLoop',),
    'asyncio.unix_events': ('_UnixSelectorEventLoop',),
    'asyncio.locks': ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier'),
    'asyncio.queues': ('Queue', 'PriorityQueue', 'LifoQueue'),
    'asyncio.taskgroups': ('TaskGroup',),
    'asyncio.timeouts': ('Timeout',),
    'asyncio.runners': ('Runner',),
}
for _home, _names in _CPYTHON_HOMES.items():
    for _name in _names:
        globals()[_name].__module__ = _home
del _home, _names, _name
