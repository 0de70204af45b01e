"""Every kind of statement, for the differential test of pyparse."""
from __future__ import annotations
import os, sys as system
import a.b.c as d
from . import x
from .. import (y, z as w,)
from ...pkg.mod import *
from .mod import q

global g
x = y = z = 1
a, *b = c = [1, 2, 3]
(a, b), [c, *d] = e
x.y[0].z = 1
x[1:2, ::3] = v
x += 1; x -= 1; x *= 2; x @= m; x /= 2; x //= 2; x %= 3
x **= 2; x >>= 1; x <<= 1; x &= 1; x |= 1; x ^= 1
(x) += 1
x: int
(y): int = 3
a.b: list[int] = []
c[0]: str
del a, (b), [c], d.e, f[0]
del (g, h), []
assert x, "message"
assert y
pass


@decorator
@decorator.attribute(1, k=2)
@(lambda f: f)
@a if b else c
def function(a, b: int = 1, /, c=2, *args: str, d, e=3, **kwargs) -> None:
    """Docstring."""
    nonlocal n
    return
    return a, b
    yield
    yield from range(3)
    x = yield a, b
    raise
    raise ValueError("x") from None


async def coroutine(*, k, **kw):
    await x
    async for i in aiter():
        continue
    else:
        break
    async with a as b, c:
        pass
    result = [i async for i in items if await i]


def pos_only(a, /): pass
def star_annotation(*args: *Ts): pass
def trailing(a, b,): pass


class C(Base, metaclass=Meta, **options):
    attribute: int = 0

    def method(self):
        return super().method()


class D: pass


if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass

while x:
    break
else:
    x = 1

for i in range(10):
    continue
for i, (j, k) in pairs: pass
for x, in y: pass
for *a, b in c: pass
for x in *a, b: pass

try:
    pass
except ValueError as error:
    pass
except (TypeError, KeyError):
    pass
except:
    pass
else:
    pass
finally:
    pass

try:
    pass
finally:
    pass

try:
    pass
except* ValueError:
    pass
except* (TypeError, KeyError) as group:
    pass

with open(f) as g, lock:
    pass
with (a as b, c as d,):
    pass
with (a, b):
    pass
with (a,):
    pass
with (a) as b:
    pass
with (a, b) as c:
    pass
with (yield):
    pass
with (x := 1):
    pass
with (*a, b):
    pass
with (x for x in y):
    pass
with ():
    pass
with (a as [b, c]):
    pass
with a as (b, c), d as e.f, g as h[0]:
    pass
