class AppError(Exception): pass
class NetError(AppError): pass
class Timeout(NetError): pass
class DiskError(AppError, OSError): pass

def classify(exc):
    try:
        raise exc
    except Timeout:
        return "timeout"
    except NetError as e:
        return f"net: {e}"
    except OSError as e:
        return f"os-level {type(e).__name__}"
    except AppError:
        return "app"
    except (KeyError, IndexError) as e:
        return f"lookup {e!r}"
    except Exception as e:
        return f"other {type(e).__name__}"

for exc in [Timeout(), NetError("down"), DiskError("full"), AppError(), KeyError("k"), IndexError(2),
            ZeroDivisionError(), FileNotFoundError(2, "missing")]:
    print(classify(exc))
print(DiskError.__mro__)
print(issubclass(DiskError, OSError), isinstance(DiskError(), AppError))
def handler_order():
    try:
        try:
            raise Timeout("t")
        except AppError:
            print("outer-type handler first")
            raise
    except Timeout as t:
        print("re-raised keeps type", type(t).__name__, t)
handler_order()
try:
    raise BaseException("base")
except Exception:
    print("not here")
except BaseException as e:
    print("BaseException caught:", e)
def cleanup_context():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError as t:
            return t
t = cleanup_context()
print(repr(t), repr(t.__context__), t.__context__.__context__)
try:
    try:
        raise KeyError("a")
    finally:
        print("finally sees exception in flight")
except KeyError:
    print("then caught")
errors = []
for func in (int, float, lambda s: [][int(s)]):
    try:
        func("x1")
    except (ValueError, IndexError) as e:
        errors.append(type(e).__name__)
print(errors)
