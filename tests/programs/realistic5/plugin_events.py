# A plugin/event framework: decorators with arguments, functools.wraps/singledispatch/lru_cache/cached_property/partial, closures and context managers.
import functools
import contextlib
import io
import inspect
from collections import defaultdict


class EventBus:
    def __init__(self):
        self._handlers = defaultdict(list)
        self.history = []

    def on(self, event, *, priority=0, once=False):
        def register(fn):
            self._handlers[event].append((priority, len(self._handlers[event]), fn, once))
            self._handlers[event].sort(key=lambda h: (-h[0], h[1]))
            return fn
        return register

    def emit(self, event, *args, **kwargs):
        results = []
        for entry in list(self._handlers[event]):
            priority, _, fn, once = entry
            if once:
                self._handlers[event].remove(entry)
            results.append(fn(*args, **kwargs))
        self.history.append((event, len(results)))
        return results


def logged(prefix="LOG"):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            shown = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in sorted(kwargs.items())]
            print(f"{prefix}: {fn.__name__}({', '.join(shown)})")
            return fn(*args, **kwargs)
        wrapper.calls = 0
        return wrapper
    return decorate


def counted(fn):
    count = 0

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        nonlocal count
        count += 1
        wrapper.count = count
        return fn(*args, **kwargs)
    wrapper.count = 0
    return wrapper


bus = EventBus()


@bus.on("order", priority=5)
@logged("AUDIT")
def audit_order(order_id, amount, *, currency="EUR"):
    """Record an order in the audit trail."""
    return f"audited {order_id}"


@bus.on("order")
@counted
def ship_order(order_id, amount, currency="EUR"):
    return f"shipped {order_id} ({amount} {currency})"


@bus.on("order", priority=9, once=True)
def welcome(order_id, amount, **_):
    return f"first order bonus for {order_id}"


print(bus.emit("order", 1, 30))
print(bus.emit("order", 2, 45, currency="USD"))
print(bus.emit("refund", 3), bus.history)
print(audit_order.__name__, audit_order.__doc__, audit_order.__wrapped__.__name__, ship_order.count)
print(inspect.signature(audit_order), inspect.signature(ship_order.__wrapped__))


@functools.singledispatch
def describe(value):
    return f"object {type(value).__name__}"


@describe.register
def _(value: int):
    return f"int with {value.bit_length()} bits"


@describe.register(list)
@describe.register(tuple)
def _(value):
    return f"sequence of {len(value)}: " + ", ".join(describe(v) for v in value)


@describe.register(bool)
def _(value):
    return "bool " + ("yes" if value else "no")


print(describe(255), describe(True), describe([1, (2.5, "x")]), describe(None), sep=" | ")


@functools.lru_cache(maxsize=32)
def partitions(n, largest=None):
    largest = n if largest is None else largest
    if n == 0:
        return 1
    return sum(partitions(n - k, k) for k in range(1, min(n, largest) + 1))


print([partitions(n) for n in range(1, 16)], partitions(35))
info = partitions.cache_info()
print(info.maxsize, info.currsize <= 32, info.hits > 0, type(info).__name__)
partitions.cache_clear()
print(partitions.cache_info())


class Report:
    def __init__(self, rows):
        self.rows = rows
        self.computed = 0

    @functools.cached_property
    def totals(self):
        self.computed += 1
        return {k: sum(r[k] for r in self.rows) for k in self.rows[0]}

    @property
    def width(self):
        return max(len(k) for k in self.rows[0])


r = Report([{"a": 1, "bb": 2}, {"a": 10, "bb": 20}])
print(r.totals, r.totals is r.totals, r.computed, r.width, "totals" in vars(r))
del r.totals
print(r.totals, r.computed)

power = functools.partial(pow, mod=97)
square = functools.partial(pow, exp=2)
print(power(3, 200), square(12), power.func is pow, power.keywords, repr(square.args))
print(functools.reduce(lambda acc, x: acc * 10 + x, [3, 1, 4, 1, 5], 0))


@contextlib.contextmanager
def timer_stub(name, log):
    log.append(f"enter {name}")
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f"handled {e!r}")
    else:
        log.append("no error")
    finally:
        log.append(f"exit {name}")


log = []
with timer_stub("a", log) as label:
    log.append(f"inside {label}")
with timer_stub("b", log):
    {}["missing"]
with contextlib.suppress(ZeroDivisionError):
    log.append("before")
    1 / 0
    log.append("never")
print(log)

with contextlib.ExitStack() as stack:
    names = [stack.enter_context(timer_stub(n, log)) for n in "xyz"]
    stack.callback(log.append, "callback ran")
    log.clear()
print(names, log)

buffer = io.StringIO()
with contextlib.redirect_stdout(buffer):
    print("captured line", end="!")
    bus.emit("order", 3, 5)
print(repr(buffer.getvalue()))
with contextlib.nullcontext(42) as value:
    print("nullcontext gives", value)


class Transaction(contextlib.AbstractContextManager):
    def __init__(self, store):
        self.store, self.snapshot = store, None

    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print(f"rolled back after {exc_type.__name__}: {exc}")
            return exc_type is ValueError
        return False


store = {"x": 1}
with Transaction(store) as s:
    s["y"] = 2
with Transaction(store) as s:
    s["z"] = 3
    raise ValueError("bad z")
print(store)
try:
    with Transaction(store) as s:
        s.pop("x")
        raise KeyError("x gone")
except KeyError as e:
    print("escaped:", repr(e), store)
