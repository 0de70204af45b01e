"""Running calls asynchronously, as CPython's concurrent.futures: Future,
ThreadPoolExecutor (submit, map, shutdown), wait, as_completed.
ProcessPoolExecutor is not available (pyrun runs one process)."""

import threading
import os as _os
import itertools as _itertools
from time import monotonic as _time

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
           'TimeoutError', 'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed',
           'ThreadPoolExecutor', 'ProcessPoolExecutor', 'InvalidStateError')

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING, _RUNNING, _CANCELLED, _FINISHED = 'PENDING', 'RUNNING', 'CANCELLED', 'FINISHED'


class Error(Exception):
    pass


class CancelledError(Error):
    __module__ = 'concurrent.futures._base'


TimeoutError = TimeoutError


class InvalidStateError(Error):
    pass


class BrokenExecutor(RuntimeError):
    pass


class Future:
    """The result of a call that runs elsewhere."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._done_callbacks = []

    def __repr__(self):
        with self._condition:
            if self._state == _FINISHED:
                if self._exception:
                    return '<%s at %#x state=%s raised %s>' % (
                        self.__class__.__name__, id(self), self._state.lower(),
                        self._exception.__class__.__name__)
                return '<%s at %#x state=%s returned %s>' % (
                    self.__class__.__name__, id(self), self._state.lower(),
                    self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (self.__class__.__name__, id(self),
                                             self._state.lower())

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception as exc:
                import traceback
                print(f'exception calling callback for {self!r}', file=__import__('sys').stderr)
                traceback.print_exception(exc)

    def cancel(self):
        with self._condition:
            if self._state in (_RUNNING, _FINISHED):
                return False
            if self._state == _CANCELLED:
                return True
            self._state = _CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state == _CANCELLED

    def running(self):
        return self._state == _RUNNING

    def done(self):
        return self._state in (_CANCELLED, _FINISHED)

    def _wait_done(self, timeout):
        with self._condition:
            if not self.done():
                self._condition.wait_for(self.done, timeout)
            if self._state == _CANCELLED:
                raise CancelledError()
            if not self.done():
                raise TimeoutError()

    def result(self, timeout=None):
        """The call's result (waiting for it); its exception is raised."""
        self._wait_done(timeout)
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self, timeout=None):
        self._wait_done(timeout)
        return self._exception

    def add_done_callback(self, fn):
        with self._condition:
            if not self.done():
                self._done_callbacks.append(fn)
                return
        fn(self)

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == _CANCELLED:
                return False
            if self._state == _PENDING:
                self._state = _RUNNING
                return True
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        with self._condition:
            if self.done():
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = _FINISHED
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            if self.done():
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = _FINISHED
            self._condition.notify_all()
        self._invoke_callbacks()

    __class_getitem__ = classmethod(type(list[int]))


class Executor:
    """submit() calls; map(); shutdown() (also at the end of a with block)."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """fn over the items, run by the executor; the results in order."""
        end_time = timeout + _time() if timeout is not None else None
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield fs.pop().result()
                    else:
                        yield fs.pop().result(end_time - _time())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class ThreadPoolExecutor(Executor):
    """Runs the calls on up to max_workers threads."""
    _counter = _itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (_os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        import queue
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % self._counter()))
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenExecutor(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            f = Future()
            self._work_queue.put((f, fn, args, kwargs))
            self._adjust_thread_count()
            return f

    def _adjust_thread_count(self):
        if self._idle.acquire(timeout=0):
            return
        if len(self._threads) < self._max_workers:
            name = '%s_%d' % (self._thread_name_prefix, len(self._threads))
            t = threading.Thread(name=name, target=self._worker)
            t.start()
            self._threads.add(t)

    def _worker(self):
        if self._initializer is not None:
            try:
                self._initializer(*self._initargs)
            except BaseException:
                self._broken = 'A thread initializer failed, the thread pool is not usable anymore'
                return
        while True:
            item = self._work_queue.get()
            if item is None:
                self._work_queue.put(None)
                return
            future, fn, args, kwargs = item
            if future.set_running_or_notify_cancel():
                try:
                    result = fn(*args, **kwargs)
                except BaseException as exc:
                    future.set_exception(exc)
                else:
                    future.set_result(result)
            del item, future
            self._idle.release()

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        item = self._work_queue.get_nowait()
                    except Exception:
                        break
                    if item is not None:
                        item[0].cancel()
            self._work_queue.put(None)
        if wait:
            for t in self._threads:
                t.join()


class ProcessPoolExecutor(Executor):
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("concurrent.futures.ProcessPoolExecutor: pyrun runs one "
                                  "process; use ThreadPoolExecutor")


def as_completed(fs, timeout=None):
    """The futures, as they finish."""
    end_time = timeout + _time() if timeout is not None else None
    fs = list(dict.fromkeys(fs))
    done_lock = threading.Condition()
    finished = []

    def note(f):
        with done_lock:
            finished.append(f)
            done_lock.notify_all()

    pending = set(fs)
    for f in fs:
        f.add_done_callback(note)
    yielded = 0
    while yielded < len(fs):
        with done_lock:
            while len(finished) <= yielded:
                remaining = None if end_time is None else end_time - _time()
                if remaining is not None and remaining <= 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (
                        len(fs) - yielded, len(fs)))
                done_lock.wait(remaining)
            f = finished[yielded]
        yielded += 1
        pending.discard(f)
        yield f


class DoneAndNotDoneFutures(tuple):
    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    done = property(lambda self: self[0])
    not_done = property(lambda self: self[1])


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """(done, not_done) sets, once the condition holds or the timeout passes."""
    fs = set(fs)
    end_time = timeout + _time() if timeout is not None else None
    cond = threading.Condition()

    def note(f):
        with cond:
            cond.notify_all()

    for f in fs:
        f.add_done_callback(note)

    def satisfied():
        done = [f for f in fs if f.done()]
        if return_when == FIRST_COMPLETED:
            return bool(done)
        if return_when == FIRST_EXCEPTION:
            if any(not f.cancelled() and f._exception is not None for f in done):
                return True
        return len(done) == len(fs)

    with cond:
        while not satisfied():
            remaining = None if end_time is None else end_time - _time()
            if remaining is not None and remaining <= 0:
                break
            cond.wait(remaining)
    done = {f for f in fs if f.done()}
    return DoneAndNotDoneFutures(done, fs - done)
