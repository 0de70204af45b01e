"""queue: queues for passing work between threads, as documented for
CPython's queue module.

Queue (first in, first out), LifoQueue (last in, first out), PriorityQueue
(smallest first) and SimpleQueue (unbounded, no task tracking).  get()
waits while the queue is empty, put() while it is full; with block=False
or a timeout they raise Empty or Full instead.  Each put() counts a task
that the consumer ends with task_done(); join() waits until all are done.

A wait that no other thread could ever end raises RuntimeError (as
threading's locks do here) where CPython would wait forever.

Subclasses may change the storage by overriding _init, _qsize, _put and
_get, as with CPython's."""

import threading
from collections import deque as _deque
from heapq import heappush as _heappush, heappop as _heappop
from time import monotonic as _clock

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue',
           'SimpleQueue']


class Empty(Exception):
    """Raised by get() when there is no item (without waiting, or after
    the timeout)."""
    __module__ = '_queue'


class Full(Exception):
    """Raised by put() when there is no room (without waiting, or after
    the timeout)."""


def _wait_until(condition, ready, block, timeout, failure):
    """Waits on condition (whose lock the caller holds) until ready() is
    true; raises failure if that cannot be without waiting (block false)
    or within timeout seconds.  A negative timeout is an error even when
    there is no need to wait."""
    if not block:
        if not ready():
            raise failure
        return
    if timeout is None:
        while not ready():
            condition.wait()
        return
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    deadline = _clock() + timeout
    while not ready():
        left = deadline - _clock()
        if left <= 0:
            raise failure
        condition.wait(left)


class Queue:
    """A first-in first-out queue of at most maxsize items (maxsize <= 0:
    no limit)."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self.unfinished_tasks = 0      # items put and not yet task_done()
        # one lock, three reasons to wait on it
        self.mutex = threading.Lock()
        self.not_empty, self.not_full, self.all_tasks_done = (
            threading.Condition(self.mutex) for _ in range(3))
        self._init(maxsize)

    def _has_room(self):
        return self.maxsize <= 0 or self._qsize() < self.maxsize

    def _has_items(self):
        return self._qsize() > 0

    def put(self, item, block=True, timeout=None):
        """Adds item, waiting for room if the queue is full."""
        with self.not_full:
            if self.maxsize > 0:        # an unbounded queue never waits
                _wait_until(self.not_full, self._has_room, block, timeout,
                            Full)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Removes and returns the next item, waiting for one if needed."""
        with self.not_empty:
            _wait_until(self.not_empty, self._has_items, block, timeout, Empty)
            # (a putter woken now runs only once this thread lets go of the lock)
            self.not_full.notify()
            return self._get()

    def put_nowait(self, item):
        """put(item) without waiting: Full if there is no room."""
        self.put(item, False)

    def get_nowait(self):
        """get() without waiting: Empty if there is no item."""
        return self.get(False)

    def task_done(self):
        """Tells the queue that the work on an item got earlier is over."""
        with self.all_tasks_done:
            if self.unfinished_tasks <= 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks -= 1
            if self.unfinished_tasks == 0:
                self.all_tasks_done.notify_all()

    def join(self):
        """Waits until task_done() has been called for every item put."""
        with self.all_tasks_done:
            self.all_tasks_done.wait_for(lambda: self.unfinished_tasks == 0)

    # snapshots of the state (another thread may change it the next moment)

    def _asked_under_lock(self, question):
        with self.mutex:
            return question()

    def qsize(self):
        """The number of items."""
        return self._asked_under_lock(self._qsize)

    def empty(self):
        return not self._asked_under_lock(self._has_items)

    def full(self):
        return not self._asked_under_lock(self._has_room)

    # the storage: a deque, oldest item on the left
    def _init(self, maxsize):
        self.queue = _deque()

    def _get(self):
        return self.queue.popleft()

    def _put(self, item):
        self.queue.append(item)

    def _qsize(self):
        return len(self.queue)

    __class_getitem__ = classmethod(type(list[int]))


class LifoQueue(Queue):
    """The item put last comes out first (a stack)."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class PriorityQueue(Queue):
    """The smallest item comes out first (entries are often
    (priority, data) tuples)."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        _heappush(self.queue, item)

    def _get(self):
        return _heappop(self.queue)


class SimpleQueue:
    """An unbounded first-in first-out queue without task tracking."""
    __module__ = '_queue'

    def __init__(self):
        self._items = _deque()
        self._lock = threading.Lock()
        self._not_empty = threading.Condition(self._lock)

    def put(self, item, block=True, timeout=None):
        """Adds item (never waits: the queue has no limit)."""
        with self._lock:
            self._items.append(item)
            self._not_empty.notify()

    def put_nowait(self, item):
        self.put(item)

    def get(self, block=True, timeout=None):
        """Removes and returns the oldest item, waiting for one if needed."""
        with self._lock:
            _wait_until(self._not_empty, lambda: bool(self._items),
                        block, timeout, Empty)
            return self._items.popleft()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._items

    def qsize(self):
        return len(self._items)

    __class_getitem__ = classmethod(type(list[int]))
