"""A tour of every construct pycomp compiles, as one program that prints
what it computes (so that python3's output can be compared with pyrun's).
The tests check that its code objects pass the code check and carry
CPython's flags and names."""
from __future__ import annotations

import sys
from collections import namedtuple as nt, OrderedDict
from os import path as ospath
import os.path as op2


# ---- assignments and operators --------------------------------------------------------
a = b = 3
c, *d, e = range(6)
[f, (g, h)] = 1, (2, 3)
x: int = 5
y: list[int]
obj = type("Obj", (), {})()
obj.attr = 1
obj.attr += 2
lst = [0, 1, 2]
lst[1] += 10
lst[::2] = ["a", "b"]
del lst[0]
n = 10
n -= 1; n *= 2; n //= 3; n **= 2; n %= 7; n <<= 3; n >>= 1; n |= 1; n &= 15; n ^= 2
print(a, b, c, d, e, f, g, h, x, obj.attr, lst, n)
print(1 < a <= 3 != 4, a if a > 2 else -a, not a, -a, ~a, +a, a and b or c)
print(7 * 86400, 2 ** 10, "ab" * 3, (1, 2) + (3,), -0.5, 1 + 2j, "abc"[1])
print(a in [1, 2, 3], a not in {1, 2}, a is None, a is not None)
print(f"{a}-{b!r}-{c:>4}-{'x'!a}-{3.14159:.{2}f}", f"{a=}")
big = [1, 2, 3, *d, 4]
s = {1, 2, *d}
m = {"k": 1, **{"j": 2}, "l": 3}
print(big, sorted(s), m, (*d,), [*d])
print(lst[0:1], lst[:], big[::-1], big[1:4:2])
if (walrus := len(big)) > 3:
    print("walrus", walrus)


# ---- control flow ---------------------------------------------------------------------
for i in range(3):
    if i == 1:
        continue
    print("for", i)
else:
    print("for else")
while n > 0:
    n -= 4
    if n == 100:
        break
else:
    print("while else", n)
i = 0
while True:
    i += 1
    if i > 3:
        break
print("while True", i)
assert i == 4, "i is 4"
try:
    assert i == 5, "not five"
except AssertionError as err:
    print("assert:", err)


# ---- functions --------------------------------------------------------------------------
def defaults(p, /, q, r=2, *args, s, t=4, **kw) -> str:
    """A docstring."""
    return f"{p} {q} {r} {args} {s} {t} {kw}"


print(defaults(1, 2, 3, 4, s=5, u=6), defaults.__doc__, defaults.__annotations__)
print((lambda u, v=2: u + v)(1), (lambda *a, **k: (a, k))(1, z=2))
args = (1, 2)
kwargs = {"s": 3}
print(defaults(*args, **kwargs), defaults(0, *args[1:], r=9, **kwargs))
print(max([3, 1, 2], key=lambda v: -v), "-".join(map(str, [1, 2])))


def counter():
    count = 0

    def increment(by=1):
        nonlocal count
        count += by
        return count
    return increment


inc = counter()
inc()
print("closure", inc(5), inc.__code__.co_freevars)
glob = 0


def set_global():
    global glob
    glob = 42


set_global()
print("global", glob)


def decorator(fn):
    def wrapper(*a, **k):
        return ["decorated", fn(*a, **k)]
    return wrapper


@decorator
@decorator
def decorated(v):
    return v


print(decorated(7))


# ---- comprehensions and generators -----------------------------------------------------------
print([v * v for v in range(5) if v % 2], {v % 3 for v in range(9)}, {v: v * v for v in range(3)})
print(list(v + w for v in range(3) for w in range(v)), [[w for w in range(v)] for v in range(3)])


def gen(limit):
    total = yield 0
    for v in range(limit):
        total = (yield v) or total
    yield from range(2)
    return total


generator = gen(3)
print(next(generator), generator.send(10), list(generator))


def delegate():
    result = yield from gen(2)
    print("delegated", result)


print(list(delegate()))


# ---- classes ---------------------------------------------------------------------------
class Base:
    kind = "base"

    def __init__(self, value):
        self.__private = value

    def describe(self):
        return f"{self.kind} {self.__private}"


class Derived(Base, metaclass=type):
    """Derived docstring."""
    kind: str = "derived"

    def describe(self):
        return "derived: " + super().describe() + " " + __class__.__name__

    @property
    def double(self):
        return self._Base__private * 2

    @staticmethod
    def static(v):
        return v + 1

    @classmethod
    def create(cls):
        return cls(5)


inst = Derived.create()
print(inst.describe(), inst.double, Derived.static(1), Derived.__qualname__, Derived.__doc__)
print(Derived.__annotations__, Derived.__module__)


def outer_for_class():
    hidden = "outer"

    class Inner:
        seen = hidden

        def method(self):
            return hidden
    return Inner


print(outer_for_class().seen, outer_for_class()().method(), outer_for_class().__qualname__)


# ---- exceptions and with ---------------------------------------------------------------------
def risky(kind):
    try:
        if kind == 1:
            raise ValueError("one")
        if kind == 2:
            raise KeyError("two") from None
        if kind == 3:
            return "returned"
    except ValueError as exc:
        return f"caught {exc!r}"
    except (KeyError, TypeError):
        return "caught key"
    else:
        return "no exception"
    finally:
        print("finally", kind)


for kind in range(4):
    print(risky(kind))


def loop_with_finally():
    out = []
    for v in range(4):
        try:
            if v == 1:
                continue
            if v == 3:
                break
            out.append(v)
        finally:
            out.append("f")
    return out


print(loop_with_finally())


class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, kind, value, traceback):
        print("exit", self.name, kind.__name__ if kind else None)
        return self.suppress


with Manager("a") as got_a, Manager("b") as got_b:
    print("inside", got_a, got_b)
with Manager("c", suppress=True):
    raise RuntimeError("suppressed")
try:
    with Manager("d"):
        raise RuntimeError("escapes")
except RuntimeError as exc:
    print("escaped", exc)
try:
    try:
        raise ExceptionGroup("group", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as eg:
        print("except* value", eg.exceptions)
    except* TypeError:
        print("except* type")
except ExceptionGroup as rest:
    print("rest", rest.exceptions)


# ---- match -------------------------------------------------------------------------------------
Point = nt("Point", "x y")


def classify(subject):
    match subject:
        case 0 | 1 as small:
            return f"small {small}"
        case [first, *rest] if first == "list":
            return f"list {rest}"
        case (x1, y1):
            return f"pair {x1} {y1}"
        case {"key": value, **others}:
            return f"mapping {value} {others}"
        case Point(x=0, y=py):
            return f"point on y axis at {py}"
        case str() as text:
            return f"text {text}"
        case None:
            return "none"
        case _:
            return "other"


for subject in (1, ["list", 2, 3], (4, 5), {"key": 6, "more": 7}, Point(0, 8), "nine", None, 10.5):
    print(classify(subject))


# ---- async ---------------------------------------------------------------------------------------
class AsyncManager:
    async def __aenter__(self):
        return "async entered"

    async def __aexit__(self, *exc):
        return False


class Ticker:
    def __init__(self, count):
        self.count = count

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.count == 0:
            raise StopAsyncIteration
        self.count -= 1
        return self.count


async def agen():
    for v in range(2):
        yield v


async def main():
    async with AsyncManager() as entered:
        print(entered)
    async for tick in Ticker(2):
        print("tick", tick)
    print([v async for v in agen()], [v for v in range(2)])
    return "done"


coroutine = main()
try:
    coroutine.send(None)
except StopIteration as stop:
    print(stop.value)
print(ospath.sep == op2.sep, OrderedDict(a=1), sys.maxsize > 0)
