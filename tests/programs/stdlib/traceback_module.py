# traceback: print_exc, format_exc, format_exception (chunks), extract_tb/extract_stack, StackSummary, TracebackException; sys._getframe
import traceback, sys
def f(): return 1/0
try: f()
except Exception as e:
    print(traceback.format_exception(e))
    print(traceback.format_tb(e.__traceback__))
    print(traceback.extract_tb(e.__traceback__))
    s = traceback.extract_tb(e.__traceback__)
    print(s[0], repr(s[0]), list(s[0]), s[0].line, s.format())
    print(traceback.format_exception_only(e), traceback.format_exception_only(type(e), e))
    te = traceback.TracebackException.from_exception(e)
    print(list(te.format()), te.exc_type, str(te))
    traceback.print_exc()
    traceback.print_exc(file=sys.stdout)
    print(traceback.format_exc())
    traceback.print_exception(*sys.exc_info())
    traceback.print_exception(e, limit=1)
def g(): return traceback.extract_stack()
print(g()[-1], traceback.format_stack()[-1:])
try:
    try: 1/0
    except Exception as e: raise ValueError('v') from e
except Exception as e:
    print(traceback.format_exception(e))
    print("".join(traceback.format_exception(e, chain=False)))
def h():
    traceback.print_stack(file=sys.stdout)
h()
print(sys._getframe().f_code.co_name, sys._getframe(0).f_lineno)
def who(): return sys._getframe(1).f_code.co_name
def caller(): return who()
print(caller())
def loc():
    a = 1; b = "x"
    return sys._getframe().f_locals
print(loc())
print(traceback.format_exc())
try:
    d = {}
    d["missing"]
except KeyError:
    msg = traceback.format_exc()
print(msg)
class MyErr(Exception): pass
try: raise MyErr("custom")
except MyErr: traceback.print_exc(file=sys.stdout)
