# A custom exception hierarchy used the way applications use them.
class AppError(Exception):
    code = 1

    def __init__(self, message, *, detail=None):
        super().__init__(message)
        self.detail = detail

    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" + (f" ({self.detail})" if self.detail else "")


class NotFound(AppError):
    code = 404


class Invalid(AppError, ValueError):
    code = 422


def lookup(db, key):
    if not isinstance(key, str):
        raise Invalid("key must be a string", detail=f"got {type(key).__name__}")
    try:
        return db[key]
    except KeyError as e:
        raise NotFound(f"no record {key!r}") from e


db = {"a": 1}
for key in ["a", "b", 3]:
    try:
        print("found", lookup(db, key))
    except NotFound as e:
        print("NotFound:", e, "| cause:", repr(e.__cause__), "| code", e.code)
    except ValueError as e:
        print("ValueError-compatible:", e, isinstance(e, AppError), type(e).__mro__[1:3])

errors = [NotFound("x"), Invalid("y", detail="z"), AppError("plain")]
print([str(e) for e in errors], [e.args for e in errors], [repr(e) for e in errors])
print(sorted((type(e).__name__ for e in errors)), [e.code for e in errors])

def process(items):
    failures = []
    for item in items:
        try:
            if item < 0:
                raise Invalid(f"negative: {item}")
            if item == 0:
                1 / item
        except AppError as e:
            failures.append(str(e))
        except ArithmeticError as e:
            failures.append(f"{type(e).__name__}: {e}")
        else:
            continue
        finally:
            pass
    return failures

print(process([1, -2, 0, 3, -4]))
try:
    try:
        raise NotFound("inner")
    except AppError:
        raise Invalid("outer")
except Invalid as e:
    print(e, "| context:", e.__context__, "| suppress:", e.__suppress_context__)
e = AppError("with notes")
e.add_note("first note")
print(e.__notes__, e.with_traceback(None) is e)
try:
    raise ExceptionGroup("batch", [NotFound("a"), Invalid("b"), NotFound("c")])
except* NotFound as group:
    print("not found:", [str(x) for x in group.exceptions])
except* ValueError as group:
    print("invalid:", [str(x) for x in group.exceptions])
