"""Threads, as CPython's threading module, on the _thread module (real
threads that take turns holding the interpreter lock: vm/thread.h).

Thread, Lock, RLock, Condition, Semaphore, BoundedSemaphore, Event,
Timer, Barrier, local, current_thread, main_thread, enumerate,
active_count, excepthook.  The program waits for its non-daemon threads
before it ends.  A wait that no thread could ever end (every thread
waiting for a lock) raises RuntimeError where CPython would hang.

Everything here is built from two things _thread gives: starting a
thread, and a plain lock (acquire with an optional timeout, release from
any thread).  A Condition is a list of plain locks, one per waiting
thread, each held locked until a notify() releases it; the other
synchronisation objects are a Condition and some state."""

import sys as _sys
import _thread
from time import monotonic as _now
from collections import deque as _deque
from weakref import WeakSet as _WeakSet

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate',
           'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore',
           'BoundedSemaphore', 'Thread', 'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'ExceptHookArgs', 'setprofile', 'settrace', 'local', 'stack_size', 'excepthook',
           'get_native_id', 'gettrace', 'getprofile']

get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
Lock = _thread.allocate_lock
_new_plain_lock = _thread.allocate_lock


# pyrun has no tracing or profiling: removing a hook is fine, setting one is
# refused by sys (NotImplementedError) rather than silently never called.

def settrace(func):
    _sys.settrace(func)


def setprofile(func):
    _sys.setprofile(func)


def gettrace():
    return None


def getprofile():
    return None


def stack_size(size=0):
    return _thread.stack_size(size)


# ---- the Python 2 names -----------------------------------------------------------------

def _old_name(name, advice, new):
    """A function called `name` that does what `new` does, after a
    DeprecationWarning ("NAME() is deprecated, ADVICE instead") pointing at
    its caller: CPython keeps the camelCase names of Python 2 this way."""
    def old_name(*args, **kwargs):
        import warnings
        warnings.warn(f"{name}() is deprecated, {advice} instead",
                      DeprecationWarning, stacklevel=2)
        return new(*args, **kwargs)
    old_name.__name__ = old_name.__qualname__ = name
    return old_name


# ---- timeouts ----------------------------------------------------------------------------

def _deadline_after(timeout):
    """The monotonic time a wait of `timeout` seconds ends (None: never)."""
    return None if timeout is None else _now() + timeout


def _seconds_left(deadline):
    """What remains of a wait until `deadline` (None: no limit; may be <= 0)."""
    return None if deadline is None else deadline - _now()


# ---- RLock -------------------------------------------------------------------------------

class RLock:
    """A lock its holder may take again; it opens when released as many times.

    A plain lock (the gate) is held while any thread owns the RLock; the
    owner's ident and how deep it went are kept beside it."""

    def __init__(self):
        self._gate = _new_plain_lock()
        self._holder = None
        self._depth = 0

    def __repr__(self):
        cls = type(self)
        name = '_thread.RLock' if cls is RLock else cls.__name__
        state = 'locked' if self._gate.locked() else 'unlocked'
        holder = 0 if self._holder is None else self._holder
        return f"<{state} {name} object owner={holder} count={self._depth} at {id(self):#x}>"

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._holder == me:
            self._depth += 1
            return True
        if not self._gate.acquire(blocking, timeout):
            return False
        self._holder, self._depth = me, 1
        return True

    def release(self):
        if not self._is_owned():
            raise RuntimeError("cannot release un-acquired lock")
        self._depth -= 1
        if self._depth == 0:
            self._holder = None
            self._gate.release()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc_info):
        self.release()

    def _is_owned(self):
        return self._holder == get_ident()

    # What Condition.wait uses: let go however deep the owner went, then
    # take the lock back as deep as before.

    def _let_go_entirely(self):
        if not self._is_owned():
            raise RuntimeError("cannot release un-acquired lock")
        depth = self._depth
        self._holder, self._depth = None, 0
        self._gate.release()
        return depth

    def _take_back(self, depth):
        self._gate.acquire()
        self._holder, self._depth = get_ident(), depth


_PyRLock = RLock


# ---- Condition ---------------------------------------------------------------------------

class Condition:
    """wait() until another thread notify()s, with a lock around the shared state."""

    def __init__(self, lock=None):
        self._lock = RLock() if lock is None else lock
        self.acquire = self._lock.acquire
        self.release = self._lock.release
        self._sleepers = _deque()      # one locked plain lock per waiting thread

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc_info):
        return self._lock.__exit__(*exc_info)

    def __repr__(self):
        return f"<Condition({self._lock}, {len(self._sleepers)})>"

    # The lock may be an RLock (which knows its owner and depth) or any
    # object with acquire/release, such as a plain Lock.

    def _is_owned(self):
        knows_owner = getattr(self._lock, '_is_owned', None)
        if knows_owner is not None:
            return knows_owner()
        # A plain lock does not know its holder: if it is free, nobody holds it.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def _let_go(self):
        let_go_entirely = getattr(self._lock, '_let_go_entirely', None)
        if let_go_entirely is not None:
            return let_go_entirely()
        self._lock.release()
        return None

    def _take_back(self, saved):
        take_back = getattr(self._lock, '_take_back', None)
        if take_back is not None:
            take_back(saved)
        else:
            self._lock.acquire()

    def wait(self, timeout=None):
        """Lets go of the lock, sleeps until notified (or the timeout passes),
        takes the lock back; False if the timeout passed first."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        sleeper = _Sleeper()
        self._sleepers.append(sleeper)
        saved = self._let_go()
        try:
            return sleeper.sleep(timeout)
        finally:
            # also when the sleep was interrupted (KeyboardInterrupt)
            self._take_back(saved)
            if not sleeper.woken and sleeper in self._sleepers:
                # notify() must not spend a wake-up on a thread gone
                self._sleepers.remove(sleeper)

    def wait_for(self, predicate, timeout=None):
        """Waits until predicate() is true (or the timeout passes); its last value."""
        deadline = _deadline_after(timeout)
        outcome = predicate()
        while not outcome:
            left = _seconds_left(deadline)
            if left is not None and left <= 0:
                break
            self.wait(left)
            outcome = predicate()
        return outcome

    def notify(self, n=1):
        """Wakes up to n of the waiting threads, the longest waiting first."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        for _ in range(min(n, len(self._sleepers))):
            self._sleepers.popleft().wake()

    def notify_all(self):
        self.notify(len(self._sleepers))

    notifyAll = _old_name("notifyAll", "use notify_all()",
                          lambda self: self.notify_all())


class _Sleeper:
    """A thread waiting in Condition.wait: it sleeps by taking a plain lock
    that is already taken, so that it wakes when notify() releases it."""

    __slots__ = ("_bell", "woken")

    def __init__(self):
        self._bell = _new_plain_lock()
        self._bell.acquire()
        self.woken = False

    def sleep(self, timeout):
        """True if woken, False if `timeout` seconds (None: no limit) passed."""
        if timeout is not None and timeout <= 0:
            self.woken = self._bell.acquire(False)
        else:
            self.woken = self._bell.acquire(True, -1 if timeout is None else timeout)
        return self.woken

    def wake(self):
        self._bell.release()


# ---- semaphores, events, barriers --------------------------------------------------------

class Semaphore:
    """A counter of free places: acquire() takes one (waiting while there is
    none), release() gives places back."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value
        self._cond = Condition(Lock())

    def __repr__(self):
        cls = type(self)
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: value={self._value}>"

    def acquire(self, blocking=True, timeout=None):
        if timeout is not None and not blocking:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._cond:
            if not blocking:
                got_one = self._value > 0
            else:
                got_one = self._cond.wait_for(lambda: self._value > 0, timeout)
            if got_one:
                self._value -= 1
            return bool(got_one)

    def __enter__(self):
        return self.acquire()

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._check_release(n)
            self._value += n
            self._cond.notify(n)

    def _check_release(self, n):
        pass

    def __exit__(self, *exc_info):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released more times than acquired."""

    def __init__(self, value=1):
        super().__init__(value)
        self._initial_value = value

    def _check_release(self, n):
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")


class Event:
    """A flag that threads can wait for."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = type(self)
        state = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {state}>"

    def is_set(self):
        return self._flag

    isSet = _old_name("isSet", "use is_set()", lambda self: self.is_set())

    def set(self):
        self._change(True)

    def clear(self):
        self._change(False)

    def _change(self, flag):
        with self._cond:
            self._flag = flag
            if flag:
                self._cond.notify_all()

    def wait(self, timeout=None):
        """True once the flag is set; False if the timeout passed first."""
        with self._cond:
            return self._cond.wait_for(lambda: self._flag, timeout)


class BrokenBarrierError(RuntimeError):
    pass


class _Round:
    """One filling of a Barrier: how many arrived, and how it ended
    ('open' while filling, then 'passed' or 'broken')."""

    def __init__(self):
        self.arrived = 0
        self.outcome = 'open'


class Barrier:
    """Waits until `parties` threads have called wait(), then lets them all go.

    Each filling is a _Round of its own: the threads of a round wait for
    its outcome, while later threads already fill the next one."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._round = _Round()
        self._broken = False

    def wait(self, timeout=None):
        """Returns this thread's place in its round, 0 to parties - 1."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            if self._broken:
                raise BrokenBarrierError
            this_round = self._round
            place = this_round.arrived
            this_round.arrived += 1
            if this_round.arrived == self._parties:
                self._let_round_pass()
                return place
            self._cond.wait_for(lambda: this_round.outcome != 'open', timeout)
            if this_round.outcome == 'open':    # the timeout passed
                self._break()
            if this_round.outcome != 'passed':
                raise BrokenBarrierError
            return place

    def _let_round_pass(self):
        if self._action is not None:
            try:
                self._action()
            except BaseException:
                self._break()
                raise
        self._end_round('passed')

    def _end_round(self, outcome):
        self._round.outcome = outcome
        self._round = _Round()
        self._cond.notify_all()

    def _break(self):
        self._broken = True
        self._end_round('broken')

    def reset(self):
        """Back to empty and usable; the threads waiting now get BrokenBarrierError."""
        with self._cond:
            self._broken = False
            self._end_round('broken')

    def abort(self):
        """Breaks the barrier: every wait() now and until reset() raises."""
        with self._cond:
            self._break()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return 0 if self._broken else self._round.arrived

    @property
    def broken(self):
        return self._broken


# ---- threads -----------------------------------------------------------------------------

_names_given = 0


def _fresh_name(kind):
    global _names_given
    _names_given += 1
    return f"{kind}-{_names_given}"


_running = {}           # ident -> Thread, from its first instruction to its end
_starting = {}          # Thread -> Thread, started but not yet running


class Thread:
    """A thread of control: Thread(target=f, args=(...)).start()."""

    _set_up = False     # True once Thread.__init__ ran (a subclass may forget it)

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        if group is not None:
            raise AssertionError("group argument must be None for now")
        if name:
            self._name = str(name)
        else:
            self._name = _fresh_name("Thread")
            target_name = getattr(target, '__name__', None)
            if target is not None and target_name is not None:
                self._name += f" ({target_name})"
        self._target = target
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._daemonic = current_thread().daemon if daemon is None else daemon
        self._ident = None
        self._native_id = None
        self._started = Event()
        self._is_stopped = False
        self._running_lock = _new_plain_lock()    # held from start() to the end of run()
        self._set_up = True

    def __repr__(self):
        if self._is_stopped:
            status = "stopped"
        elif self._started.is_set():
            status = "started"
        else:
            status = "initial"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += f" {self._ident}"
        return f"<{type(self).__name__}({self._name}, {status})>"

    def _require_set_up(self, what):
        if not self._set_up:
            raise RuntimeError(f"{what}.__init__() not called")

    def start(self):
        """Starts the thread (once): its run() method runs in it."""
        self._require_set_up("thread")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        self._running_lock.acquire()
        _starting[self] = self
        try:
            _thread.start_new_thread(self._run_in_new_thread, ())
        except BaseException:
            _starting.pop(self, None)
            self._running_lock.release()
            raise
        self._started.wait()

    def run(self):
        """What the thread does: calls the target (a subclass may override it)."""
        target, args, kwargs = self._target, self._args, self._kwargs
        # the thread drops its references as it ends (they may hold big objects)
        self._target = self._args = self._kwargs = None
        if target is not None:
            target(*args, **kwargs)

    def _run_in_new_thread(self):
        self._ident = get_ident()
        self._native_id = get_native_id()
        _running[self._ident] = self
        _starting.pop(self, None)
        self._started.set()
        try:
            self.run()
        except SystemExit:
            pass
        except BaseException as exc:
            excepthook(ExceptHookArgs((type(exc), exc, exc.__traceback__, self)))
        finally:
            _forget_thread_locals(self._ident)
            self._is_stopped = True
            _running.pop(self._ident, None)
            self._running_lock.release()

    def join(self, timeout=None):
        """Waits until the thread ends (or the timeout passes)."""
        self._require_set_up("Thread")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if self._is_stopped:
            return
        if timeout is None:
            ended = self._running_lock.acquire()
        else:
            ended = self._running_lock.acquire(True, max(timeout, 0))
        if ended:
            self._running_lock.release()

    def is_alive(self):
        return self._started.is_set() and not self._is_stopped

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._native_id

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        self._require_set_up("Thread")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    # the names of Python 2, still there (deprecated)

    getName = _old_name("getName", "get the name attribute",
                        lambda self: self.name)
    setName = _old_name("setName", "set the name attribute",
                        lambda self, name: setattr(self, "name", name))
    isDaemon = _old_name("isDaemon", "get the daemon attribute",
                         lambda self: self.daemon)
    setDaemon = _old_name("setDaemon", "set the daemon attribute",
                          lambda self, daemonic: setattr(self, "daemon", daemonic))


class Timer(Thread):
    """Calls function(*args, **kwargs) after `interval` seconds, unless cancel()led first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        super().__init__()
        self.interval = interval
        self.function = function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        cancelled = self.finished.wait(self.interval)
        if not cancelled:
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    """The thread the program began in."""

    def __init__(self):
        super().__init__(name="MainThread", daemon=False)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        _running[self._ident] = self


class _DummyThread(Thread):
    """A thread started by _thread, not by this module."""

    def __init__(self):
        super().__init__(name=_fresh_name("Dummy"), daemon=True)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        _running[self._ident] = self

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


def current_thread():
    """The Thread object of the running thread."""
    thread = _running.get(get_ident())
    return _DummyThread() if thread is None else thread


currentThread = _old_name("currentThread", "use current_thread()", current_thread)


def active_count():
    return len(_running) + len(_starting)


activeCount = _old_name("activeCount", "use active_count()", active_count)


def enumerate():
    return [*_running.values(), *_starting.values()]


_main_thread = _MainThread()


def main_thread():
    return _main_thread


# ---- exceptions in threads ---------------------------------------------------------------

class ExceptHookArgs(tuple):
    """(exc_type, exc_value, exc_traceback, thread)"""

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])


def excepthook(args, /):
    """Prints an exception a thread did not catch, as CPython does."""
    if args.exc_type == SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    _sys.stdout.flush()
    print(f"Exception in thread {name}:", file=stderr, flush=True)
    import traceback
    exc = args.exc_value
    # (from the thread's own code: this module's frames are left out)
    tb = exc.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename == __file__:
        tb = tb.tb_next
    exc.__traceback__ = tb
    traceback.print_exception(exc, file=stderr)
    stderr.flush()


__excepthook__ = excepthook


# ---- thread-local data -------------------------------------------------------------------

_all_locals = _WeakSet()        # every local object, to forget a thread's values when it ends


class local:
    """Attributes that each thread sees its own values of.

    The object keeps one dict of attributes per thread ident.  A thread
    that first touches it gets a fresh dict, and a subclass's __init__
    runs again (with the arguments of the creation) to fill it.  A thread
    that ends takes its dicts with it (a later thread may get its ident)."""

    def __new__(cls, /, *args, **kw):
        if (args or kw) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        # the creating thread's attributes: filled by the __init__ that
        # follows this __new__
        object.__setattr__(self, '_local__per_thread', {get_ident(): {}})
        object.__setattr__(self, '_local__init_args', (args, kw))
        _all_locals.add(self)
        return self

    def _local__own_dict(self):
        per_thread = object.__getattribute__(self, '_local__per_thread')
        ident = get_ident()
        attributes = per_thread.get(ident)
        if attributes is None:
            attributes = per_thread[ident] = {}
            init = type(self).__init__
            if init is not object.__init__:
                args, kw = object.__getattribute__(self, '_local__init_args')
                init(self, *args, **kw)
        return attributes

    def __getattribute__(self, name):
        if name == '__class__':
            return object.__getattribute__(self, name)
        attributes = local._local__own_dict(self)
        if name == '__dict__':
            return attributes
        if name in attributes:
            return attributes[name]
        return object.__getattribute__(self, name)    # methods, class attributes

    def __setattr__(self, name, value):
        if name == '__dict__':
            cls = type(self)
            shown = '_thread._local' if cls is local else cls.__name__
            raise AttributeError(f"'{shown}' object attribute '__dict__' is read-only")
        local._local__own_dict(self)[name] = value

    def __delattr__(self, name):
        attributes = local._local__own_dict(self)
        if name in attributes:
            del attributes[name]
        else:
            object.__delattr__(self, name)     # its error names the class


def _forget_thread_locals(ident):
    for each in list(_all_locals):
        object.__getattribute__(each, '_local__per_thread').pop(ident, None)


# ---- the end of the program --------------------------------------------------------------

def _shutdown():
    """Waits for the non-daemon threads (pyrun calls it when the main program ends)."""
    _main_thread._is_stopped = True
    while True:
        pending = [t for t in enumerate()
                   if t is not _main_thread and not t.daemon and not t._is_stopped]
        if not pending:
            break
        for t in pending:
            t.join()


from _pyedu import set_type_name as _set_type_name
_set_type_name(RLock, '_thread.RLock')     # CPython's RLock and local are C types
_set_type_name(local, '_thread._local')
local.__module__, local.__name__, local.__qualname__ = '_thread', '_local', '_local'
del _set_type_name
