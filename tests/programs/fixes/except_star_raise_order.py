# except* that raises: the new exceptions come before the unhandled rest; the parts split() makes suppress their context, as a set cause does.
eg = ExceptionGroup("x", [ValueError(1), TypeError(2)])
eg.__context__ = KeyError("ctx")
print(eg.__suppress_context__)
m, r = eg.split(ValueError)
print(m.__suppress_context__, repr(m.__context__), m.__cause__, r.__suppress_context__)
eg.__cause__ = OSError("c")
m, r = eg.split(TypeError)
print(m.__suppress_context__, repr(m.__cause__), repr(r.__context__))
s = eg.subgroup(lambda e: True)
print(s is eg)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
e2 = MyEG("m", [ValueError(1), TypeError(2)])
e2.__context__ = KeyError("k")
m, r = e2.split(ValueError)
print(type(m).__name__, m.message, m.__suppress_context__, repr(m.__context__))
def run(clause_raises):
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])
        except* ValueError:
            raise RuntimeError("new")
        except* TypeError as e:
            if clause_raises:
                raise
    except BaseException as r:
        print(repr(r))
run(True)
run(False)
def f(x):
    if x % 2:
        raise ValueError(f"odd {x}")
    raise TypeError(f"even {x}")
def collect():
    errs = []
    for i in range(3):
        try:
            f(i)
        except Exception as e:
            e.add_note(f"note for {i}")
            errs.append(e)
    inner = ExceptionGroup("inner", errs[:2])
    try:
        raise inner
    except ExceptionGroup as g:
        try:
            raise KeyError("k")
        except KeyError as k:
            raise ExceptionGroup("outer", [g, errs[2], k]) from None
try:
    collect()
except* ValueError as eg:
    print("caught", repr(eg))
    raise RuntimeError("re") 
