try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise ValueError("a") from KeyError("b")
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("x") from None
except ValueError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise KeyError("orig")
    except KeyError:
        raise
except KeyError as e:
    print("re-raised", e)
def f():
    try:
        raise OSError("inner")
    except OSError as e:
        return e
e = f()
print(type(e).__name__, e.__traceback__ is not None)
try:
    raise e.with_traceback(None)
except OSError as e2:
    print(e2 is e)
try:
    try:
        raise ValueError(1)
    except ValueError as e:
        raise e
except ValueError as e:
    print("same object", e.args)
try:
    raise ValueError from ValueError
except ValueError as e:
    print(type(e.__cause__).__name__, e.__cause__.args)
try:
    except_tuple = (KeyError, IndexError)
    [][1]
except except_tuple as e:
    print("tuple caught", type(e).__name__)
try:
    try:
        {}[0]
    except 5:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    raise SystemExit("bye")
except SystemExit as e:
    print("SystemExit", e.code)
try:
    exit_code = KeyboardInterrupt()
    raise exit_code
except BaseException as e:
    print(type(e).__name__, isinstance(e, Exception))
