def risky():
    raise ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])

try:
    risky()
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions], type(eg).__name__, eg.message)
except* (TypeError, KeyError) as eg:
    print("others:", [repr(e) for e in eg.exceptions])

try:
    try:
        risky()
    except* ValueError:
        print("handled values only")
except ExceptionGroup as rest:
    print("left:", rest.message, [type(e).__name__ for e in rest.exceptions])

try:
    raise ValueError("naked")
except* ValueError as eg:
    print("wrapped:", type(eg).__name__, eg.exceptions)

eg = ExceptionGroup("top", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
match, rest = eg.split(ValueError)
print(match.message, match.exceptions[0], match.exceptions[1].exceptions)
print(rest.message, rest.exceptions[0].exceptions)
print(eg.subgroup(lambda e: isinstance(e, TypeError)).exceptions[0].exceptions)
print(eg.subgroup(OSError))
d = eg.derive([KeyError("x")])
print(type(d).__name__, d.message, d.exceptions)
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("x", [1])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("x", ValueError())
except TypeError as e:
    print("TypeError:", e)
beg = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(beg).__name__)
beg2 = BaseExceptionGroup("b", [ValueError()])
print(type(beg2).__name__)
print(repr(ExceptionGroup("msg", [ValueError("a")])))
print(str(ExceptionGroup("msg", [ValueError("a"), ValueError("b")])))
for bad in ({ValueError()}, iter([ValueError()]), {"k": ValueError()}):
    try:
        ExceptionGroup("x", bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    ExceptionGroup(1, [ValueError()])
except TypeError as e:
    print("TypeError:", e)
print(ExceptionGroup("ok", (ValueError(),)).exceptions)
