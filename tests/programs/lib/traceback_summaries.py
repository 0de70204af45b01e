# traceback: FrameSummary as an object and as a 4-tuple (==, len, iter, [i], locals as reprs), extract_stack with a limit, StackSummary.from_list and format, TracebackException equality, and no "Did you mean" in the traceback module's texts (only the interpreter's report of an uncaught exception has one)
import traceback, sys

fs = traceback.FrameSummary("prog.py", 3, "f", line="  x = 1  ", locals={"a": [1], "b": "s"})
print(repr(fs), len(fs), list(fs), fs[2], fs[-1], fs.line, fs.locals)
print(fs == ("prog.py", 3, "f", "x = 1"), fs == ("prog.py", 3, "f", "y"))
print(fs == traceback.FrameSummary("prog.py", 3, "f", line="other", locals={"a": [1], "b": "s"}))
print(fs == traceback.FrameSummary("prog.py", 3, "f", line="x = 1"), fs == 3, fs != "x")
filename, lineno, name, line = fs
print(filename, lineno, name, line)
lazy = traceback.FrameSummary(__file__, 4, "top", lookup_line=False)
print(lazy.line)

def inner(limit):
    return traceback.extract_stack(limit=limit)
def outer(limit):
    return inner(limit)
for limit in (None, 1, 2, -1):
    stack = outer(limit)
    print(limit, [(f.name, f.lineno) for f in stack], type(stack).__name__)
print("".join(traceback.format_list([("a.py", 1, "g", "pass"), fs])), end="")
summary = traceback.StackSummary.from_list([("a.py", 1, "g", "pass")] * 5)
print("".join(summary.format()), end="")

class C:
    value = 1
def attempt(f):
    try:
        f()
    except Exception as e:
        return e
for e in (attempt(lambda: C().valeu), attempt(lambda: prnt), attempt(lambda: C.vlue)):
    print(traceback.format_exception_only(e))
    print(traceback.format_exception(e)[-1], end="")
    te = traceback.TracebackException.from_exception(e)
    print(next(te.format_exception_only()), end="")
def chained():
    try:
        C.vlue
    except AttributeError as e:
        raise KeyError("k") from e
text = "".join(traceback.format_exception(attempt(chained)))
print([line for line in text.splitlines() if "Error" in line])
e = attempt(lambda: 1 / 0)
print(traceback.TracebackException.from_exception(e) == traceback.TracebackException.from_exception(e))
print(traceback.TracebackException.from_exception(e) == traceback.TracebackException.from_exception(attempt(lambda: [][1])))

# limits: the first entries (the last when negative), sys.tracebacklimit, repeats folded after the limit
def a(n):
    if n == 0:
        raise ValueError("deep")
    a(n - 1)
deep = attempt(lambda: a(5))
for limit in (None, 0, 1, 2, -1, -2, -7):
    print(limit, len(traceback.format_exception(deep, limit=limit)),
          [t.splitlines()[0] for t in traceback.format_tb(deep.__traceback__, limit=limit)],
          len(traceback.extract_tb(deep.__traceback__, limit=limit)))
traceback.print_tb(deep.__traceback__, limit=2, file=sys.stdout)
traceback.print_exception(deep, limit=-1, file=sys.stdout)
traceback.print_exception(type(deep), deep, deep.__traceback__, limit=1, file=sys.stdout)
sys.tracebacklimit = 2
print(len(traceback.format_exception(deep)))
sys.tracebacklimit = -5
print(traceback.format_exception(deep))
del sys.tracebacklimit
te = traceback.TracebackException.from_exception(deep, limit=2)
print(te.exc_type, len(te.stack), te.stack[0].name, str(te), te.__cause__, te.__context__)
print("".join(te.format(chain=False)), end="")

# chains: causes, contexts, suppressed contexts, compact
def ctx():
    try:
        {}["a"]
    except KeyError:
        raise TypeError("t")
def suppressed():
    try:
        {}["a"]
    except KeyError:
        raise TypeError("t") from None
for f in (ctx, suppressed):
    e = attempt(f)
    print(traceback.format_exception(e))
    compact = traceback.TracebackException.from_exception(e, compact=True)
    full = traceback.TracebackException.from_exception(e)
    print(compact.__context__ is None, full.__context__.exc_type, full.__suppress_context__)
z = attempt(lambda: 1 / 0)
i = attempt(lambda: [][0])
print(traceback.format_exception(type(i), i, z.__traceback__), i.__traceback__ is z.__traceback__)
print(traceback.format_exception(ValueError("no traceback")))
traceback.print_exception(None, file=sys.stdout)
print(traceback.format_exception_only(None), traceback.format_exception(None, None, None))

# the exception's own lines: syntax errors line by line, notes line by line
s = attempt(lambda: compile("x = (", "<src>", "exec"))
print(traceback.format_exception_only(s))
te = traceback.TracebackException.from_exception(s)
print(te.filename, te.lineno, te.text, te.offset, te.msg)
e = ValueError("multi\nline message")
e.add_note("note one\nnote two"); e.add_note("three")
print(traceback.format_exception_only(e))
e = KeyError("k"); e.__notes__ = "a str"
print(traceback.format_exception_only(e))
e = KeyError("k"); e.__notes__ = [1, None]
print(traceback.format_exception_only(e))
e = KeyError("k"); e.__notes__ = 42
print(traceback.format_exception_only(e))
class NoStr(Exception):
    def __str__(self): raise RuntimeError
print(traceback.format_exception_only(NoStr()), traceback.format_exception_only(KeyError()))
class Mod(Exception): pass
Mod.__module__ = "some.mod"
print(traceback.format_exception_only(Mod("x")))

# exception groups: the interpreter's text, in CPython's pieces
def boom(x):
    raise ValueError(f"bad {x}")
def collect():
    errors = [attempt(lambda: boom(i)) for i in range(2)]
    raise ExceptionGroup("several", errors)
def after_group():
    try:
        collect()
    except ExceptionGroup:
        raise KeyError("after")
for piece in traceback.format_exception(attempt(after_group)):
    print(repr(piece))
