# The errors of the format mini-language, in the order CPython checks them.
cases = [
    ("abc", "+"), ("abc", "-"), ("abc", " "), ("abc", "z"), ("abc", "#"), ("abc", "="),
    ("abc", ","), ("abc", "_>8"), ("abc", ">-#08,"), ("abc", "d"), ("abc", "x"),
    (42, ".2"), (42, "z"), (42, "+c"), (42, "-c"), (42, "#c"), (10**20, "c"),
    (0x110000, "c"), (-1, "c"), (42, ",x"), (42, "_x"), (42, ",b"), (42, "s"), (42, "r"),
    (42, ",_"), (42, "_,"), (42, "é"), (42, "xx"), (42, "."), (42, "99999999999999999999"),
    (1.5, "d"), (1.5, "x"), (1.5, "c"), (1.5, ",x"), (1.5, "s"), (None, "d"), (None, ">5"),
    ([1], "s"), (True, "s"), (True, "x"),
]
for value, spec in cases:
    try:
        print(f"{value!r:>24} {spec!r:24} -> {format(value, spec)!r}")
    except (ValueError, TypeError, OverflowError) as e:
        print(f"{value!r:>24} {spec!r:24} !! {type(e).__name__}: {e}")
