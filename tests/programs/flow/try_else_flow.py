def parse(text):
    try:
        value = int(text)
    except ValueError:
        print("  not a number:", repr(text))
        return None
    else:
        print("  parsed", value)
        return value * 2
    finally:
        print("  done with", repr(text))

for t in ["12", "x1", ""]:
    print(parse(t))

def else_raises():
    try:
        pass
    except ZeroDivisionError:
        print("never")
    else:
        1 / 0
try:
    else_raises()
except ZeroDivisionError as e:
    print("else raised:", e)

def multiple_handlers(obj):
    try:
        return obj["key"] + 1
    except KeyError as e:
        return f"KeyError {e}"
    except (TypeError, IndexError) as e:
        return f"{type(e).__name__}: {e}"
    except Exception:
        return "other"

print(multiple_handlers({"key": 1}))
print(multiple_handlers({}))
print(multiple_handlers([1]))
print(multiple_handlers({"key": "s"}))
print(multiple_handlers(None))

def name_cleared():
    try:
        raise ValueError("v")
    except ValueError as err:
        pass
    try:
        err
    except NameError as e:
        print(e)
    except UnboundLocalError as e:
        print("unbound:", e)
name_cleared()

def handler_order():
    try:
        raise FileNotFoundError("f")
    except OSError as e:
        print("OSError handler got", type(e).__name__)
    except FileNotFoundError:
        print("unreachable")
handler_order()
for exc in (LookupError, KeyError, IndexError, ArithmeticError, OverflowError):
    try:
        raise exc("x")
    except LookupError:
        print(exc.__name__, "is a LookupError")
    except ArithmeticError:
        print(exc.__name__, "is an ArithmeticError")
