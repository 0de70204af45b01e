# logging: formatter styles and their validation, defaults, times, exceptions and stacks
# in records, handlers (stream, file, null) and their reprs, filters, the logger tree
# with placeholders, levels and their names, adapters, extra, stacklevel, the last
# resort, basicConfig's options and errors, captureWarnings, record factories
import io
import logging
import os
import sys
import tempfile
import time
import warnings

out = logging.StreamHandler(sys.stdout)
print(repr(out), repr(logging.NullHandler()), repr(logging.Handler(logging.INFO)))


def show(fmt, record=None, **options):
    formatter = logging.Formatter(fmt, **options)
    if record is None:
        record = logging.makeLogRecord({"name": "demo", "levelno": 20, "levelname": "INFO",
                                        "msg": "hello %s", "args": ("world",),
                                        "created": 86400.25, "msecs": 250.0})
    print(formatter.format(record))


show("%(levelname)-8s|%(name)s|%(message)s")
show("{levelname:>8}|{name!r}|{message}", style="{")
show("$levelname|${name}|$message $$", style="$")
show("%(app)s %(message)s", defaults={"app": "myapp"})
logging.Formatter.converter = time.gmtime
show("%(asctime)s %(message)s")
show("%(asctime)s", datefmt="%d/%m/%Y %H.%M")
show("{asctime} {msecs:.0f}", style="{")
for fmt, style in [("no fields", "%"), ("%(x)", "%"), ("{}", "{"), ("{0!z}", "{"),
                   ("{a-b}", "{"), ("plain", "{"), ("cost $", "$"), ("nothing", "$"),
                   ("%(message)s", "#"), ("{a.b[x y].c}", "{"), ("{a.}", "{"), ("{a[]}", "{"),
                   ("{a:x<10}", "{"), ("{a:=+#010,.3f}", "{"), ("{a:.}", "{"), ("{a:.{p}}", "{"),
                   ("{a:{}}", "{"), ("{a:Z}", "{"), ("{a:>>>}", "{"), ("{a:,_}", "{"),
                   ("%(a)-+ #05.3f", "%"), ("%(a)*.*d", "%"), ("%(a)q", "%"), ("$$ ${a}", "$"),
                   ("${a-}", "$")]:
    try:
        logging.Formatter(fmt, style=style)
        print("accepted", fmt)
    except ValueError as e:
        print("ValueError:", e)
print(logging.Formatter("no fields", validate=False).format(logging.makeLogRecord({"msg": "m"})))
try:
    logging.Formatter("%(missing)s").format(logging.makeLogRecord({"msg": "m"}))
except ValueError as e:
    print("ValueError:", e)
bf = logging.BufferingFormatter(logging.Formatter("[%(message)s]"))
print(repr(bf.format([logging.makeLogRecord({"msg": m}) for m in "abc"])), repr(bf.format([])))

# records
rec = logging.LogRecord("n", logging.ERROR, "/some/where/file.py", 12, "%(a)s-%(b)s",
                        ({"a": 1, "b": 2},), None, "func")
print(rec.getMessage(), rec.filename, rec.module, rec.funcName, rec.levelname, repr(rec))
print(rec.threadName, rec.processName, rec.process == os.getpid(), rec.exc_text)
rec2 = logging.LogRecord("n", 15, "p", 1, "x %s %s", (1, 2), None)
print(rec2.levelname, rec2.getMessage(), rec2.args)

# the tree, built bottom up
deep = logging.getLogger("a.b.c")
print(type(logging.root.manager.loggerDict["a.b"]).__name__, deep.parent.name)
mid = logging.getLogger("a.b")
print(deep.parent is mid, mid.parent.name, logging.getLogger("a").parent.name,
      mid.parent is logging.getLogger("a"))
print(logging.getLogger("a").getChild("b") is mid, logging.root.getChild("x").name)
print(logging.getLogger("") is logging.root, logging.getLogger("root") is logging.root)
try:
    logging.getLogger(5)
except TypeError as e:
    print(e)
mid.setLevel("ERROR")
print(deep.getEffectiveLevel(), deep.isEnabledFor(logging.WARNING), repr(deep), repr(mid))
print(deep.hasHandlers(), logging.root.hasHandlers())

# levels
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelName(99),
      logging.getLevelName("nope"), logging.getLevelNamesMapping()["NOTICE"])
for bad in ("LOUD", 2.5, None):
    try:
        mid.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    mid.log("ERROR", "x")
except TypeError as e:
    print(e)

# handlers, filters and propagation
app = logging.getLogger("app")
app.setLevel(logging.DEBUG)
app.propagate = False
buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("%(levelname)s %(name)s %(funcName)s %(message)s"))
app.addHandler(h)
app.addHandler(h)
print(len(app.handlers))
h.setLevel(logging.INFO)
app.debug("below the handler's level")
app.log(25, "custom %s", "level")
h.addFilter(logging.Filter("app.db"))
app.info("filtered away (not app.db)")
logging.getLogger("app.db").info("from db")
logging.getLogger("app.dbx").info("filtered: app.dbx")
h.removeFilter(h.filters[0])
h.addFilter(lambda record: "drop" not in record.msg)
app.warning("keep this")
app.warning("drop this")
app.filters.append(lambda record: record.levelno >= logging.ERROR)
app.warning("stopped by the logger's filter")
app.error("an error")
app.filters.clear()
print(buf.getvalue(), end="")
buf.truncate(0); buf.seek(0)


def nested_failure():
    raise KeyError("deep")


try:
    nested_failure()
except KeyError:
    app.exception("it failed: %d", 42)
    app.error("with exc_info", exc_info=True)
app.warning("an exception object", exc_info=ValueError("given"))
app.info("not an exception", exc_info=False)


def helper():
    app.info("reported as the caller's", stacklevel=2)


def caller_of_helper():
    helper()


caller_of_helper()
text = buf.getvalue()
print(text.replace(os.getcwd() + os.sep, ""), end="")
buf.truncate(0); buf.seek(0)
h.setFormatter(logging.Formatter("%(message)s|%(lineno)d"))


def with_stack():
    app.info("and the stack", stack_info=True)


with_stack()
print(buf.getvalue().count("Stack (most recent call last):"), buf.getvalue().splitlines()[0])
buf.truncate(0); buf.seek(0)
h.setFormatter(logging.Formatter("%(user)s: %(message)s"))
app.info("with extra", extra={"user": "ann"})
try:
    app.info("clash", extra={"msg": "no"})
except KeyError as e:
    print("KeyError", e)
try:
    app.info("clash", extra={"message": "no"})
except KeyError as e:
    print("KeyError", e)


class Tagged(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f"[{self.extra['tag']}] {msg}", kwargs


adapter = Tagged(app, {"tag": "T1", "user": "bob"})
h.setFormatter(logging.Formatter("%(message)s"))
adapter.info("adapted %d", 1)
adapter.debug("hidden by the handler")
print(repr(adapter), adapter.name, adapter.getEffectiveLevel(), adapter.isEnabledFor(10),
      adapter.manager is logging.Logger.manager)
h.setFormatter(logging.Formatter("%(user)s %(message)s"))
logging.LoggerAdapter(app, {"user": "eve"}).warning("plain adapter")
print(buf.getvalue(), end="")
h.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
old = h.setStream(sys.stdout)
print(old is buf, h.setStream(sys.stdout))
app.info("now on stdout")
app.disabled = True
app.critical("disabled logger")
app.disabled = False
logging.disable(logging.WARNING)
app.warning("disabled level")
app.error("above the disabled level")
logging.disable(logging.NOTSET)

# files
with tempfile.TemporaryDirectory() as where:
    path = os.path.join(where, "log.txt")
    fh = logging.FileHandler(path, mode="w", delay=True)
    print(fh.stream, os.path.exists(path), repr(fh) == f"<FileHandler {path} (NOTSET)>")
    fl = logging.getLogger("filed")
    fl.addHandler(fh)
    fl.warning("to the file")
    fl.warning("again")
    fh.close()
    fl.warning("after close: last resort? no, the handler is still there")
    with open(path) as f:
        print(f.read(), end="")
    fl.removeHandler(fh)

# the last resort and its absence
lonely = logging.getLogger("lonely")
lonely.info("too low for the last resort")
lonely.warning("last resort to stderr")
logging.lastResort = None
lonely.warning("no handler at all")
lonely.warning("said once")
logging.lastResort = logging._defaultLastResort
quiet = logging.getLogger("quiet")
quiet.addHandler(logging.NullHandler())
quiet.error("swallowed by the NullHandler")

# basicConfig
try:
    logging.basicConfig(stream=sys.stdout, filename="x.log")
except ValueError as e:
    print(e)
try:
    logging.basicConfig(handlers=[out], stream=sys.stdout)
except ValueError as e:
    print(e)
try:
    logging.basicConfig(stream=sys.stdout, colour="blue")
except ValueError as e:
    print(e)
logging.root.handlers.clear()
try:
    logging.basicConfig(style="!")
except ValueError as e:
    print(e)
logging.root.handlers.clear()
logging.basicConfig(stream=sys.stdout, format="{levelname}/{name}: {message}", style="{",
                    level="INFO")
logging.info("configured with braces")
logging.basicConfig(stream=sys.stdout, format="ignored")
logging.info("basicConfig again does nothing")
logging.basicConfig(stream=sys.stdout, format="forced %(message)s", force=True)
logging.warning("after force")
print(logging.root.level, logging.root.handlers)
logging.log(logging.ERROR, "module log %s", "function")
logging.critical("critical"); logging.fatal("fatal"); logging.error("error")
try:
    {}["k"]
except KeyError:
    logging.exception("module exception")

# warnings
logging.captureWarnings(True)
warnings.warn("a captured warning")
logging.captureWarnings(False)
print(logging.getLogger("py.warnings").handlers)
warnings.warn("back to stderr")

# classes and factories
class Mine(logging.Logger):
    pass


logging.setLoggerClass(Mine)
print(type(logging.getLogger("made.by.mine")).__name__, logging.getLoggerClass().__name__)
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print(e)
made = []
factory = logging.getLogRecordFactory()


def counting_factory(*args, **kwargs):
    made.append(args[0])
    return factory(*args, **kwargs)


logging.setLogRecordFactory(counting_factory)
logging.warning("through the factory")
logging.setLogRecordFactory(factory)
print(made)
r = logging.makeLogRecord({"msg": "made", "custom": 1})
print(r.getMessage(), r.custom, r.levelno, r.name)
logging.raiseExceptions = False
logging.warning("bad %d format", "x")
print("no error report when raiseExceptions is false")
