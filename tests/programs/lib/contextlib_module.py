# contextlib: contextmanager (exceptions in and out of the generator,
# misuse), as decorators, ExitStack and AsyncExitStack (order, suppression,
# exception contexts), the small managers, the ABCs
import contextlib, io, os, sys, asyncio, tempfile
from contextlib import contextmanager, asynccontextmanager, ExitStack, AsyncExitStack

@contextmanager
def tag(name, log):
    """Wraps in <name>."""
    log.append("<%s>" % name)
    try:
        yield name.upper()
    except KeyError as e:
        log.append("caught %r" % e)
    finally:
        log.append("</%s>" % name)

log = []
with tag("a", log) as value:
    log.append(value)
with tag("b", log):
    raise KeyError("k")
try:
    with tag("c", log):
        raise ValueError("v")
except ValueError as e:
    log.append("outside %r" % e)
print(log, tag.__name__, tag.__doc__, tag("x", []).__doc__)

@contextmanager
def no_yield():
    if False:
        yield
@contextmanager
def two_yields():
    yield 1
    yield 2
@contextmanager
def swallow_and_yield():
    try:
        yield
    except Exception:
        yield
@contextmanager
def translate():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("translated") from e
@contextmanager
def passthrough():
    yield
for maker, body in ((no_yield, None), (two_yields, None), (swallow_and_yield, ValueError),
                    (translate, ZeroDivisionError), (passthrough, StopIteration),
                    (passthrough, GeneratorExit)):
    try:
        with maker():
            if body:
                raise body("boom")
        print(maker.__name__, "no error")
    except BaseException as e:
        print(maker.__name__, type(e).__name__, e, type(e.__cause__).__name__)

@contextmanager
def stop_inside():
    try:
        yield
    except RuntimeError:
        raise StopIteration("inner")
try:
    with stop_inside():
        raise RuntimeError("x")
except BaseException as e:
    print(type(e).__name__, e)

calls = []
@contextmanager
def counted():
    calls.append("enter")
    yield
    calls.append("exit")
@counted()
def work(n):
    calls.append("work %d" % n)
    return n * 2
print(work(1), work(2), calls, work.__name__)

class Tracker(contextlib.ContextDecorator):
    def __enter__(self): print("enter tracker"); return self
    def __exit__(self, *exc): print("exit tracker", exc[0]); return False
@Tracker()
def decorated():
    print("inside")
decorated()

# ExitStack
def cb(name):
    def f(*a):
        print("callback", name, a)
    return f
with ExitStack() as stack:
    stack.callback(print, "cleanup", 1, sep="-")
    stack.enter_context(tag("s", log))
    stack.push(lambda t, v, tb: print("push saw", t))
    stack.callback(cb("two"), "arg")
    print("body")
print(log[-2:])

with ExitStack() as outer:
    inner = ExitStack()
    inner.callback(print, "moved callback")
    moved = inner.pop_all()
    inner.close()
    print("inner closed")
    outer.push(moved)
    print("outer body")

def suppressor(t, v, tb):
    print("suppressing", t.__name__)
    return True
with ExitStack() as s:
    s.push(suppressor)
    raise KeyError("gone")
print("after suppressed")

def raiser(msg):
    def f(t, v, tb):
        raise ValueError(msg)
    return f
try:
    with ExitStack() as s:
        s.push(raiser("first"))
        s.push(raiser("second"))
        raise KeyError("original")
except ValueError as e:
    chain = []
    while e is not None:
        chain.append(repr(e)); e = e.__context__
    print(chain)
try:
    with ExitStack() as s:
        s.enter_context(5)
except TypeError as e:
    print("TypeError:", e)

class Resource:
    def __init__(self, name): self.name = name
    def __enter__(self): print("open", self.name); return self
    def __exit__(self, *exc): print("close", self.name, exc[0] and exc[0].__name__)
with ExitStack() as s:
    files = [s.enter_context(Resource(n)) for n in "xyz"]
    print([f.name for f in files])
s = ExitStack(); s.push(Resource("manual")); s.close()

# small ones
with contextlib.suppress(KeyError, IndexError):
    [][1]
print("suppressed IndexError")
try:
    with contextlib.suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("not suppressed")
class Closeable:
    def close(self): print("closed")
with contextlib.closing(Closeable()) as c:
    print(type(c).__name__)
with contextlib.nullcontext(42) as v:
    print("null", v)
buf, err = io.StringIO(), io.StringIO()
with contextlib.redirect_stdout(buf) as target:
    print("to buffer")
    with contextlib.redirect_stderr(err):
        print("to err", file=sys.stderr)
print(repr(buf.getvalue()), repr(err.getvalue()), target is buf)
here = os.getcwd()
with tempfile.TemporaryDirectory() as d:
    with contextlib.chdir(d):
        print(os.getcwd() == os.path.realpath(d))
    print(os.getcwd() == here)

# async
@asynccontextmanager
async def atag(name):
    print("a-enter", name)
    try:
        yield name * 2
    except LookupError as e:
        print("a-caught", repr(e))
    finally:
        print("a-exit", name)

class AsyncRes:
    async def __aenter__(self): print("ares enter"); return "ares"
    async def __aexit__(self, *exc): print("ares exit", exc[0] and exc[0].__name__)
async def agen():
    yield 1
    yield 2

async def main():
    async with atag("q") as v:
        print("got", v)
    async with atag("r"):
        raise KeyError("x")
    try:
        async with atag("t"):
            raise ValueError("through")
    except ValueError as e:
        print("outside", e)
    async with contextlib.nullcontext("n") as n:
        print(n)
    async with AsyncExitStack() as stack:
        print(await stack.enter_async_context(AsyncRes()))
        stack.callback(print, "sync callback")
        async def acb(x): print("async callback", x)
        stack.push_async_callback(acb, 7)
        stack.push_async_exit(AsyncRes())
        stack.enter_context(Resource("sync-in-async"))
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(Resource("not-async"))
    except TypeError as e:
        print("TypeError:", e)
    async with contextlib.aclosing(agen()) as g:
        async for x in g:
            print("agen", x)
            break
    @atag("deco")
    async def coro(x):
        print("coro body", x)
        return x + 1
    print(await coro(1))
asyncio.run(main())

print(issubclass(Resource, contextlib.AbstractContextManager), issubclass(int, contextlib.AbstractContextManager),
      issubclass(AsyncRes, contextlib.AbstractAsyncContextManager), isinstance(io.StringIO(), contextlib.AbstractContextManager))
class Partial(contextlib.AbstractContextManager):
    pass
try:
    Partial()
except TypeError as e:
    print("TypeError:", e)
class Full(contextlib.AbstractContextManager):
    def __exit__(self, *a): return None
with Full() as f:
    print(type(f).__name__)
print(contextlib.AbstractContextManager[int], sorted(contextlib.__all__))
