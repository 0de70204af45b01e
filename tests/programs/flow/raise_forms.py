class AppError(Exception):
    pass

def check(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    if n == 0:
        raise AppError
    return n

for n in (1, -1, 0):
    try:
        print(check(n))
    except ValueError as e:
        print("ValueError", e.args)
    except AppError as e:
        print("AppError", e.args, repr(e), str(e) == "")

try:
    raise 42
except TypeError as e:
    print(e)
try:
    raise object
except TypeError as e:
    print(e)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
try:
    raise
except RuntimeError as e:
    print(e)

def reraise():
    try:
        int("zz")
    except ValueError:
        print("logging and re-raising")
        raise
try:
    reraise()
except ValueError as e:
    print("outer got:", e)

def raise_in_except():
    try:
        {}["a"]
    except KeyError as e:
        raise LookupError("translated") from e
try:
    raise_in_except()
except LookupError as e:
    print(e, "cause:", repr(e.__cause__), "suppress:", e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no context please") from None
except ValueError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)

e = ValueError("a", "b", 3)
print(e.args, str(e), repr(e))
print(str(KeyError("k")), repr(KeyError("k")), str(KeyError()), str(KeyError("a", "b")))
print(repr(Exception()), str(Exception("x")), repr(Exception("x",)))
