cases = [
    ("{} {}", (1,), {}),
    ("{0} {}", (1, 2), {}),
    ("{} {1}", (1, 2), {}),
    ("{name}", (), {}),
    ("{0[5]}", ([1, 2],), {}),
    ("{0[key]}", ({"other": 1},), {}),
    ("{0.missing}", (1,), {}),
    ("{", (), {}),
    ("}", (), {}),
    ("{0!x}", (1,), {}),
    ("{0:d}", ("text",), {}),
    ("{0:s}", (5,), {}),
    ("{:,s}", ("x",), {}),
    ("{0:{1}}", (5, "<<"), {}),
    ("{!r", (1,), {}),
    ("{0:.{1}f}", (3.14159, 2), {}),
    ("{a.b.c}", (), {"a": 1}),
    ("{-1}", ([1],), {}),
]
for fmt, args, kwargs in cases:
    try:
        print(f"{fmt!r:16} -> {fmt.format(*args, **kwargs)!r}")
    except (IndexError, KeyError, AttributeError, ValueError, TypeError) as e:
        print(f"{fmt!r:16} !! {type(e).__name__}: {e}")
for spec in ["%d", "%s %s", "%(a)s", "%z", "%.2f"]:
    for args in [("x",), (1,), {"a": 1}, ()]:
        try:
            print(f"{spec!r:8} % {args!r:10} -> {spec % args!r}")
        except (TypeError, ValueError, KeyError) as e:
            print(f"{spec!r:8} % {args!r:10} !! {type(e).__name__}: {e}")
