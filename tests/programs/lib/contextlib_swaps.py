# contextlib: redirect_stdout/redirect_stderr and chdir re-entered and
# nested; ContextDecorator and AsyncContextDecorator and their per-call
# context; @contextmanager's function (name, doc, methods, decorator use).
import asyncio
import contextlib
import io
import os
import sys
import tempfile

# re-entering the same redirect: each exit puts back what its entry replaced
outer = io.StringIO()
inner = io.StringIO()
r = contextlib.redirect_stdout(outer)
with r as got:
    print("to outer", got is outer)
    with contextlib.redirect_stdout(inner):
        print("to inner")
        with r:
            print("outer again")
        print("inner after")
    print("outer last")
print("back", repr(outer.getvalue()), repr(inner.getvalue()))

# an exception in the block still restores the stream, and is not swallowed
err = io.StringIO()
try:
    with contextlib.redirect_stderr(err) as e:
        sys.stderr.write("oops\n")
        raise KeyError("k")
except KeyError as exc:
    print("KeyError", exc, sys.stderr is sys.__stderr__, repr(err.getvalue()), e is err)

# chdir: `as` gets None; re-entrant; restored after an exception
start = os.getcwd()
with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
    ra, rb = os.path.realpath(a), os.path.realpath(b)
    ca = contextlib.chdir(a)
    print("path kept", ca.path == a)
    with ca as value:
        print("in a", value, os.getcwd() == ra)
        with contextlib.chdir(b):
            print("in b", os.getcwd() == rb)
            with ca:
                print("a again", os.getcwd() == ra)
            print("b again", os.getcwd() == rb)
        print("a last", os.getcwd() == ra)
    try:
        with contextlib.chdir(b):
            raise ValueError("v")
    except ValueError:
        print("restored", os.getcwd() == start)
    print("isinstance", isinstance(ca, contextlib.AbstractContextManager))


# ContextDecorator: the same instance for every call, unless _recreate_cm says
class Counted(contextlib.ContextDecorator):
    def __init__(self, name):
        self.name, self.entries = name, 0

    def __enter__(self):
        self.entries += 1
        print("enter", self.name, self.entries)
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False


shared = Counted("shared")


@shared
def twice(x):
    """Doubles."""
    return 2 * x


print(twice(3), twice(4), shared.entries, twice.__name__, twice.__doc__)
print(twice.__wrapped__(5))


class Fresh(Counted):
    made = 0

    def _recreate_cm(self):
        Fresh.made += 1
        return Counted("copy%d" % Fresh.made)


@Fresh("orig")
def fails():
    raise IndexError("i")


for _ in range(2):
    try:
        fails()
    except IndexError as exc:
        print("IndexError", exc)
print("made", Fresh.made)


# @contextmanager: the factory looks like the generator function; used as a
# decorator it makes a new generator per call; it binds as a method
@contextlib.contextmanager
def tag(name):
    """Brackets output with <name>."""
    print("<%s>" % name)
    yield name.upper()
    print("</%s>" % name)


print(tag.__name__, tag.__doc__, tag.__wrapped__.__name__)
with tag("b") as up:
    print("body", up)


@tag("p")
def para(text):
    print(text)
    return len(text)


print(para("one"), para("three"))


class Box:
    def __init__(self):
        self.log = []

    @contextlib.contextmanager
    def opened(self, what):
        self.log.append("open " + what)
        yield self
        self.log.append("close " + what)


box = Box()
with box.opened("lid") as b:
    print("same box", b is box)
print(box.log)

cm = tag("once")
with cm:
    pass
try:
    with cm:
        pass
except Exception as exc:
    print(type(exc).__name__, exc)


# async: AsyncContextDecorator and @asynccontextmanager as a decorator
class ACounted(contextlib.AsyncContextDecorator):
    def __init__(self):
        self.n = 0

    async def __aenter__(self):
        self.n += 1
        print("aenter", self.n)

    async def __aexit__(self, *exc):
        print("aexit", exc[0].__name__ if exc[0] else None)


ac = ACounted()


@ac
async def work(x):
    await asyncio.sleep(0)
    return x + 1


@contextlib.asynccontextmanager
async def atag(name):
    print("a<%s>" % name)
    yield name
    print("a</%s>" % name)


@atag("call")
async def inside():
    print("inside")
    return "done"


async def main():
    print(await work(1), await work(2), ac.n)
    print(await inside(), await inside())
    print(atag.__name__)
    async with atag("x") as x:
        print("x is", x)


asyncio.run(main())
