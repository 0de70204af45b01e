# The errors of str methods given wrong arguments, checked in CPython's order.
calls = [
    ("abc", "find", (0, "\t")), ("abc", "count", (None, "b")), ("abc", "rindex", (None, "x")),
    ("abc", "find", (1,)), ("abc", "find", ("b", "x")), ("abc", "index", ("z",)),
    ("abc", "split", (2, "\t")), ("abc", "split", (None, None)), ("abc", "rsplit", (1, "x")),
    ("abc", "split", ("",)), ("abc", "split", (1,)), ("a b c", "split", (None, 1.5)),
    ("abc", "startswith", (1,)), ("abc", "startswith", (["a"],)), ("abc", "endswith", ("c", "x")),
    ("abc", "replace", (1, "x")), ("abc", "replace", ("a", 2)), ("abc", "replace", ("a", "b", "c")),
    ("abc", "join", ([1, 2],)), ("abc", "join", (5,)), ("abc", "center", ("5",)),
    ("abc", "center", (5, "ab")), ("abc", "zfill", ("3",)), ("abc", "strip", (1,)),
    ("abc", "partition", ("",)), ("abc", "partition", (None,)), ("abc", "expandtabs", ("x",)),
    ("abc", "encode", ("nope",)), ("abc", "removeprefix", (1,)), ("abc", "ljust", (3, 4)),
]
for s, name, args in calls:
    try:
        print(name, args, "->", repr(getattr(s, name)(*args)))
    except (TypeError, ValueError, LookupError) as e:
        print(name, args, "!!", type(e).__name__ + ":", e)
