"""Queues, as CPython's queue module: Queue (first in, first out),
LifoQueue, PriorityQueue, SimpleQueue.

pyrun runs one thread, so a get() on an empty queue (or a put() on a full
one) that would wait for another thread can never end: it raises
RuntimeError instead of waiting forever (a timeout gives Empty or Full,
as in CPython)."""

from collections import deque as _deque
import heapq as _heapq

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    """Raised by get(block=False) on an empty queue."""
    __module__ = '_queue'


class Full(Exception):
    """Raised by put(block=False) on a full queue."""


def _never(what):
    raise RuntimeError(f"queue: {what} would wait forever (pyrun runs no other thread that "
                       f"could wake it)")


class Queue:
    """A first-in first-out queue of at most maxsize items (0: no limit)."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        if self.unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks -= 1

    def join(self):
        if self.unfinished_tasks:
            _never("join() with unfinished tasks")

    def qsize(self):
        return self._qsize()

    def empty(self):
        return not self._qsize()

    def full(self):
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        if self.full():
            if not block or timeout is not None:
                if timeout is not None and timeout < 0:
                    raise ValueError("'timeout' must be a non-negative number")
                raise Full
            _never("put() on a full queue")
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        if not self._qsize():
            if not block or timeout is not None:
                if timeout is not None and timeout < 0:
                    raise ValueError("'timeout' must be a non-negative number")
                raise Empty
            _never("get() on an empty queue")
        return self._get()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    def _init(self, maxsize):
        self.queue = _deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(type(list[int]))


class PriorityQueue(Queue):
    """Smallest item first."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        _heapq.heappush(self.queue, item)

    def _get(self):
        return _heapq.heappop(self.queue)


class LifoQueue(Queue):
    """Last in, first out."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded first-in first-out queue."""
    __module__ = '_queue'

    def __init__(self):
        self._queue = _deque()

    def put(self, item, block=True, timeout=None):
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        if not self._queue:
            if not block or timeout is not None:
                raise Empty
            _never("get() on an empty queue")
        return self._queue.popleft()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._queue

    def qsize(self):
        return len(self._queue)

    __class_getitem__ = classmethod(type(list[int]))

