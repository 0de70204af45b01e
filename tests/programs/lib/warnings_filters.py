# warnings: the order of filters (insert moves an equal filter to the front, append keeps it), line and module filters, stacklevel past the stack, warn_explicit's module from the file name, a Warning instance as message, bad categories, catch_warnings' repr, WarningMessage's str
import warnings, sys

def show(message, category, filename, lineno, file=None, line=None):
    print("shown:", category.__name__, message, filename.rsplit("/", 1)[-1], lineno)

with warnings.catch_warnings():
    warnings.resetwarnings()
    warnings.showwarning = show
    warnings.simplefilter("ignore", UserWarning)
    warnings.simplefilter("always", DeprecationWarning)
    warnings.simplefilter("ignore", UserWarning)          # moved to the front again, not repeated
    warnings.simplefilter("error", RuntimeWarning, append=True)
    warnings.simplefilter("error", RuntimeWarning, append=True)   # already there: kept once
    print(len(warnings.filters), [f[0] for f in warnings.filters])
    warnings.warn("dropped")
    warnings.warn("old", DeprecationWarning)
    try:
        warnings.warn("bad", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", repr(e))
    warnings.filterwarnings("always", "spam", UserWarning, "__main__")
    warnings.warn("spam and eggs")
    warnings.warn("Spam in capitals")                      # (the message is matched ignoring case)
    warnings.warn("eggs")                                  # no match: the ignore filter
    warnings.filterwarnings("always", "", UserWarning, "other")
    warnings.warn("module other?")
    warnings.filterwarnings("always", lineno=sys._getframe().f_lineno + 1)
    warnings.warn("this line")
    warnings.warn("not this line")
    warnings.filterwarnings("always", module="some")
    warnings.warn_explicit("explicit", UserWarning, "some/where.py", 7)
    warnings.warn_explicit(UserWarning("instance"), None, "x.py", 8, module="mod")
    warnings.resetwarnings()
    warnings.warn("deep", stacklevel=50)
    for bad in (int, "UserWarning", None.__class__):
        try:
            warnings.warn("x", bad)
        except TypeError as e:
            print("TypeError:", e)
    for args in [("sometimes",), ("ignore", 3), ("ignore", "", 3), ("ignore", "", int),
                 ("ignore", "", Warning, 3), ("ignore", "", Warning, "", -1)]:
        try:
            warnings.filterwarnings(*args)
        except AssertionError as e:
            print("AssertionError:", e)
    for args in [("sometimes",), ("ignore", Warning, "1")]:
        try:
            warnings.simplefilter(*args)
        except AssertionError as e:
            print("AssertionError:", e)

print(warnings.catch_warnings(), warnings.catch_warnings(record=True))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("recorded", FutureWarning)
    print(len(log), log[0].category.__name__, log[0].lineno, str(log[0]).replace(__file__, "FILE"))
    m = log[0]
    print(m.message, m.filename == __file__, m.file, m.line, m.source)
cm = warnings.catch_warnings()
try:
    cm.__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError:", e)
with cm:
    try:
        cm.__enter__()
    except RuntimeError as e:
        print("RuntimeError:", e)
