# Built-in exceptions made with various arguments: str, repr, args and
# their special attributes, as CPython gives them.
cases = [
    (OSError, (2, "No such file", "data.txt")),
    (OSError, (13, "Permission denied", "/root", None, "/tmp/x")),
    (OSError, (1, 2, 3, 4)),
    (OSError, ("just a message",)),
    (FileNotFoundError, (2, "gone", "a.txt")),
    (PermissionError, ()),
    (SyntaxError, ()),
    (SyntaxError, ("bad", ("f.py", 3, 5, "x = (", 3, 6))),
    (SyntaxError, ("bad", "not a tuple")),
    (SyntaxError, ("bad", ("f.py", 1))),
    (IndentationError, ("expected an indented block", ("m.py", 2, 1, "pass\n"))),
    (KeyError, ()),
    (KeyError, ("key",)),
    (KeyError, (("a", 1),)),
    (StopIteration, (1, 2)),
    (SystemExit, ()),
    (SystemExit, ("bye", 2)),
    (UnicodeDecodeError, ("utf-8", b"\xff", 0, 1, "invalid start byte")),
    (ImportError, ("no module",)),
    (Exception, ()),
    (Exception, (None,)),
    (ValueError, ("a", "b")),
]
for exc_type, args in cases:
    try:
        e = exc_type(*args)
    except TypeError as err:
        print(f"{exc_type.__name__}{args!r} !! TypeError: {err}")
        continue
    extra = {}
    for attr in ("errno", "strerror", "filename", "filename2", "msg", "lineno", "offset", "text",
                 "value", "code", "name", "path", "reason", "start", "end"):
        if hasattr(e, attr) and not callable(getattr(e, attr)):
            extra[attr] = getattr(e, attr)
    print(f"{type(e).__name__}: str={str(e)!r} repr={e!r} args={e.args!r}")
    print(f"    {extra}")
for kwargs in [dict(name="mod"), dict(path="/x"), dict(bad=1)]:
    for exc_type in (ImportError, ModuleNotFoundError):
        try:
            e = exc_type("msg", **kwargs)
            print(exc_type.__name__, e.name, e.path)
        except TypeError as err:
            print(exc_type.__name__, "TypeError:", err)
for exc_type in (NameError, AttributeError):
    try:
        exc_type("msg", nope=1)
    except TypeError as err:
        print("TypeError:", err)
