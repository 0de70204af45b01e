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
