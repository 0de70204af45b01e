"""Running calls asynchronously, as CPython's concurrent.futures: Future,
ThreadPoolExecutor (submit, map, shutdown), wait, as_completed.

A Future is the outcome of a call that runs on another thread: result()
waits for it.  A ThreadPoolExecutor keeps a queue of calls to make and
starts worker threads (up to max_workers) that take calls from it; a
worker ends when it takes the "no more work" mark that shutdown() puts in
the queue (and puts it back for the next worker).

wait() and as_completed() watch a group of futures: each future tells its
watchers when it finishes (or, cancelled, when its executor notices).

ProcessPoolExecutor is not available (pyrun runs one process): making one
raises NotImplementedError."""

import atexit
import itertools
import os
import threading
import time

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
           'TimeoutError', 'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed',
           'ThreadPoolExecutor', 'ProcessPoolExecutor', 'InvalidStateError')

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


class Error(Exception):
    """The base of the module's errors."""
    __module__ = 'concurrent.futures._base'


class CancelledError(Error):
    """The future was cancelled."""
    __module__ = 'concurrent.futures._base'


class InvalidStateError(Error):
    """The future is not in a state that allows the operation."""
    __module__ = 'concurrent.futures._base'


TimeoutError = TimeoutError     # since 3.11 the builtin one


class BrokenExecutor(RuntimeError):
    """The executor cannot run calls any more."""
    __module__ = 'concurrent.futures._base'


class BrokenThreadPool(BrokenExecutor):
    """A worker's initializer failed."""
    __module__ = 'concurrent.futures.thread'


# (as in CPython, these two are not names of the package itself)
_BrokenThreadPool = BrokenThreadPool
del Error, BrokenThreadPool


# ---- futures --------------------------------------------------------------------------

# The states of a future.  A cancelled future becomes "notified" when its
# executor takes it from the queue (set_running_or_notify_cancel): only
# then do wait() and as_completed() count it as done.
_PENDING = 'PENDING'
_RUNNING = 'RUNNING'
_CANCELLED = 'CANCELLED'
_CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
_FINISHED = 'FINISHED'
_ENDED = (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED)
_SEEN_AS_DONE = (_CANCELLED_AND_NOTIFIED, _FINISHED)


def _report_callback_error(future):
    import logging
    logging.getLogger('concurrent.futures').exception(
        'exception calling callback for %r', future)


class Future:
    """The outcome of a call that runs elsewhere: result() waits for it."""
    __module__ = 'concurrent.futures._base'

    def __init__(self):
        self._condition = threading.Condition()     # guards the state; signals the end
        self._state = _PENDING
        self._outcome = (None, None)    # (result, exception), set when FINISHED
        self._done_callbacks = []
        self._watchers = []         # _Watch objects of wait() and as_completed()

    def __repr__(self):
        shown = 'cancelled' if self.cancelled() else self._state.lower()
        head = f'<{type(self).__name__} at {id(self):#x} state={shown}'
        if self._state != _FINISHED:
            return head + '>'
        result, error = self._outcome
        if error is not None:
            return f'{head} raised {type(error).__name__}>'
        return f'{head} returned {type(result).__name__}>'

    __class_getitem__ = classmethod(type(list[int]))

    def cancelled(self):
        return self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED)

    def running(self):
        return self._state == _RUNNING

    def done(self):
        return self._state in _ENDED

    def cancel(self):
        """Cancels the call unless it runs or ran; whether it is cancelled."""
        with self._condition:
            if self._state in (_RUNNING, _FINISHED):
                return False
            if self._state == _PENDING:
                self._state = _CANCELLED
                self._condition.notify_all()
                newly = True
            else:
                newly = False
        if newly:
            self._run_done_callbacks()
        return True

    # waiting for the outcome

    def _wait_for_outcome(self, timeout):
        """Waits up to timeout seconds for the end; (result, exception)."""
        with self._condition:
            self._condition.wait_for(self.done, timeout)
            if self.cancelled():
                raise CancelledError()
            if self._state != _FINISHED:
                raise TimeoutError()
            return self._outcome

    def result(self, timeout=None):
        """The call's result, waiting for it (its exception is raised)."""
        result, error = self._wait_for_outcome(timeout)
        if error is not None:
            try:
                raise error
            finally:
                del error       # no cycle through the traceback's frame
        return result

    def exception(self, timeout=None):
        """The exception the call raised (None if it returned)."""
        return self._wait_for_outcome(timeout)[1]

    def add_done_callback(self, fn):
        """Calls fn(future) when the future is done (now if it is)."""
        with self._condition:
            if not self.done():
                self._done_callbacks.append(fn)
                return
        self._call_back(fn)

    def _call_back(self, fn):
        try:
            fn(self)
        except Exception:
            _report_callback_error(self)

    def _run_done_callbacks(self):
        for fn in self._done_callbacks:
            self._call_back(fn)

    # for executors (and tests)

    def set_running_or_notify_cancel(self):
        """An executor is about to run the call: False if it was cancelled
        (the watchers then learn it), True if it may run."""
        with self._condition:
            if self._state == _CANCELLED:
                self._state = _CANCELLED_AND_NOTIFIED
                self._tell_watchers()
                return False
            if self._state == _PENDING:
                self._state = _RUNNING
                return True
            state = self._state
        import logging
        logging.getLogger('concurrent.futures').critical(
            'Future %s in unexpected state: %s', id(self), state)
        raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        self._finish(result, None)

    def set_exception(self, exception):
        self._finish(None, exception)

    def _finish(self, result, exception):
        with self._condition:
            if self._state in _ENDED:
                raise InvalidStateError(f'{self._state}: {self!r}')
            self._outcome = (result, exception)
            self._state = _FINISHED
            self._tell_watchers()
            self._condition.notify_all()
        self._run_done_callbacks()

    def _tell_watchers(self):
        for watch in self._watchers:
            watch.ended(self)


class _Watch:
    """Watches futures for wait() or as_completed(): collects those that
    end, and wakes the waiting thread once enough have (is_enough)."""

    def __init__(self, is_enough):
        self._is_enough = is_enough
        self._lock = threading.Lock()
        self.woken = threading.Event()
        self.arrived = []

    def ended(self, future):
        with self._lock:
            self.arrived.append(future)
            if self._is_enough(self.arrived):
                self.woken.set()

    def take_arrived(self):
        with self._lock:
            arrived, self.arrived = self.arrived, []
            self.woken.clear()
        return arrived


def _attach(watch, futures):
    """Registers watch with each future; the ones done already (in a list,
    in the order given)."""
    done_already = []
    for future in futures:
        with future._condition:
            if future._state in _SEEN_AS_DONE:
                done_already.append(future)
            else:
                future._watchers.append(watch)
    return done_already


def _detach(watch, futures):
    for future in futures:
        with future._condition:
            if watch in future._watchers:
                future._watchers.remove(watch)


def _deadline(timeout):
    return None if timeout is None else time.monotonic() + timeout


def as_completed(fs, timeout=None):
    """The futures, as they end (those done already first); TimeoutError
    if some have not ended within timeout seconds of the call."""
    deadline = _deadline(timeout)
    # (CPython takes them from a set, in an order that depends on their
    # addresses; the order given is what that usually comes to)
    futures = list(dict.fromkeys(fs))
    watch = _Watch(lambda arrived: True)
    pending = set(futures)
    try:
        ready = _attach(watch, futures)
        while True:
            for future in ready:
                pending.discard(future)
                yield future
            if not pending:
                return
            remaining = None if deadline is None else deadline - time.monotonic()
            if remaining is not None and remaining < 0:
                raise TimeoutError(f'{len(pending)} (of {len(futures)}) futures unfinished')
            watch.woken.wait(remaining)
            ready = [f for f in watch.take_arrived() if f in pending]
    finally:
        _detach(watch, futures)


class DoneAndNotDoneFutures(tuple):
    """wait()'s result: (done, not_done), also by those names."""
    __module__ = 'concurrent.futures._base'

    def __new__(cls, done, not_done):
        return super().__new__(cls, (done, not_done))

    def __repr__(self):
        return f'DoneAndNotDoneFutures(done={self[0]!r}, not_done={self[1]!r})'

    done = property(lambda self: self[0])
    not_done = property(lambda self: self[1])


def _failed(future):
    return not future.cancelled() and future._outcome[1] is not None


def _enough_for(return_when, total):
    """When wait() may return, given the futures that have ended."""
    if return_when == FIRST_COMPLETED:
        return lambda ended: len(ended) > 0
    if return_when == FIRST_EXCEPTION:
        return lambda ended: len(ended) >= total or any(_failed(f) for f in ended)
    return lambda ended: len(ended) >= total


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits until the futures satisfy return_when (FIRST_COMPLETED,
    FIRST_EXCEPTION, ALL_COMPLETED) or timeout seconds pass: the sets
    (done, not_done)."""
    futures = set(fs)
    enough = _enough_for(return_when, len(futures))
    done = set()
    watch = _Watch(lambda arrived: enough(done.union(arrived)))
    done.update(_attach(watch, futures))
    try:
        if not enough(done):
            if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
                raise ValueError(f'Invalid return condition: {return_when!r}')
            watch.woken.wait(timeout)
    finally:
        _detach(watch, futures)
    done.update(watch.take_arrived())
    return DoneAndNotDoneFutures(done, futures - done)


# ---- executors ------------------------------------------------------------------------

def _results_in_order(futures, deadline):
    """map()'s iterator: each result in turn, waiting up to the deadline;
    the calls not yet reached are cancelled when it stops early."""
    remaining = list(futures)
    remaining.reverse()         # pop() takes the next one
    try:
        while remaining:
            future = remaining.pop()
            timeout = None if deadline is None else deadline - time.monotonic()
            try:
                result = future.result(timeout)
            finally:
                future.cancel()     # (the one that timed out)
            yield result
    finally:
        for future in remaining:
            future.cancel()


class Executor:
    """submit() calls; map(); shutdown() (also at the end of a with block)."""
    __module__ = 'concurrent.futures._base'

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """fn over the items of the iterables taken together, run by the
        executor; an iterator of the results in order."""
        deadline = _deadline(timeout)
        futures = [self.submit(fn, *arguments) for arguments in zip(*iterables)]
        return _results_in_order(futures, deadline)

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass


# A pool's queue holds calls, (future, function, args, kwargs), and at the
# end this mark, which a worker stops at (and passes on)
_NO_MORE_WORK = None
_live_pools = []            # the pools whose workers may still run


def _run_call(future, fn, args, kwargs):
    """Makes a call taken from a pool's queue, unless its future was
    cancelled meanwhile; the outcome goes to the future."""
    if not future.set_running_or_notify_cancel():
        return
    try:
        outcome = fn(*args, **kwargs)
    except BaseException as error:
        future.set_exception(error)
    else:
        future.set_result(outcome)


def _checked_worker_count(max_workers):
    """max_workers, or by default min(32, the processors + 4)."""
    if max_workers is None:
        return min(32, (os.cpu_count() or 1) + 4)
    if max_workers <= 0:
        raise ValueError("max_workers must be greater than 0")
    return max_workers


class ThreadPoolExecutor(Executor):
    """Runs the calls on up to max_workers threads, started as needed."""
    __module__ = 'concurrent.futures.thread'
    _pools_made = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        self._max_workers = _checked_worker_count(max_workers)
        if not (initializer is None or callable(initializer)):
            raise TypeError("initializer must be a callable")
        import queue
        self._calls = queue.SimpleQueue()
        self._idle_workers = threading.Semaphore(0)    # released by a worker between calls
        self._workers = []
        self._state_lock = threading.Lock()
        self._shutdown = False
        self._broken = False        # the reason, once broken
        self._thread_name_prefix = thread_name_prefix or \
            f'ThreadPoolExecutor-{self._pools_made()}'
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._state_lock:
            if self._broken:
                raise _BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            future = Future()
            self._calls.put((future, fn, args, kwargs))
            self._add_worker_if_needed()
            return future

    def _add_worker_if_needed(self):
        if self._idle_workers.acquire(timeout=0):
            return          # an idle worker will take the call
        if len(self._workers) >= self._max_workers:
            return
        worker = threading.Thread(name=f'{self._thread_name_prefix}_{len(self._workers)}',
                                  target=self._work)
        # a daemon, so that the program's end does not wait for an idle
        # worker; _finish_at_exit() lets the work queued so far finish
        worker.daemon = True
        worker.start()
        self._workers.append(worker)
        if self not in _live_pools:
            _live_pools.append(self)

    def _work(self):
        if self._initializer is not None and not self._initialize():
            return
        while True:
            call = self._calls.get()
            if call is _NO_MORE_WORK:
                self._calls.put(_NO_MORE_WORK)      # for the next worker
                return
            _run_call(*call)
            del call        # (its outcome may be big: not kept while idle)
            self._idle_workers.release()

    def _initialize(self):
        try:
            self._initializer(*self._initargs)
            return True
        except BaseException:
            import logging
            logging.getLogger('concurrent.futures').critical('Exception in initializer:',
                                                             exc_info=True)
            self._break('A thread initializer failed, the thread pool is not usable anymore')
            return False

    def _break(self, reason):
        """No more calls: the ones queued fail with BrokenThreadPool."""
        with self._state_lock:
            self._broken = reason
            while not self._calls.empty():
                call = self._calls.get_nowait()
                if call is not _NO_MORE_WORK:
                    call[0].set_exception(_BrokenThreadPool(reason))
                else:
                    self._calls.put(_NO_MORE_WORK)
                    break

    def shutdown(self, wait=True, *, cancel_futures=False):
        """No more calls; cancels the queued ones (cancel_futures); waits
        for the workers to end (wait)."""
        with self._state_lock:
            self._shutdown = True
            if cancel_futures:
                self._cancel_queued()
            self._calls.put(_NO_MORE_WORK)
        if wait:
            for worker in list(self._workers):
                worker.join()
            if self in _live_pools:
                _live_pools.remove(self)

    def _cancel_queued(self):
        while not self._calls.empty():
            call = self._calls.get_nowait()
            if call is not _NO_MORE_WORK:
                call[0].cancel()


def _finish_at_exit():
    """As CPython at the program's end: the pools left running finish the
    calls queued, then their workers end."""
    for pool in list(_live_pools):
        pool.shutdown(wait=True)


atexit.register(_finish_at_exit)


class ProcessPoolExecutor(Executor):
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("concurrent.futures.ProcessPoolExecutor: pyrun runs one "
                                  "process; use ThreadPoolExecutor")
