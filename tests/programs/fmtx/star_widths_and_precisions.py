# Widths and precisions given as arguments: %*d, %.*s (a negative precision
# is 0), {:{w}} nested fields, and their errors.
cases = [("%*d", (-5, 42)), ("%-*d|", (5, 42)), ("%.*s", (-1, "abc")), ("%*.*f", (8, -2, 3.14159)), ("{:{w}}", dict(w=-3)), ("{:{w}d}", dict(w="5")),
         ("{:{w}.{p}f}", dict(w=10, p=3)), ("{:>{w}}", dict(w=2**63)), ("%*s", ("x", "y")), ("%(a)*d", {"a": 1}), ("%c", (1114112,)), ("%c", (-1,)), ("%5c|", ("x",)),
         ("{0:{1}{2}}", (3.14159, ">", 10)), ("{:0{w}}", dict(w=6)), ("%.0f %.0f %.0f", (0.5, 1.5, 2.5)), ("%e", (0,)), ("%g %G", (1e-5, 1e20)), ("%#g", (1.0,)), ("%#x %#X %#o", (0, 0, 0))]
for fmt, args in cases:
    try:
        if isinstance(args, dict) and "{" in fmt:
            r = fmt.format(3.5 if "f" in fmt else 7, **args) if "{:" in fmt and "{w" in fmt else fmt.format(**args)
        elif "{" in fmt:
            r = fmt.format(*args)
        else:
            r = fmt % args
        print(repr(fmt), "->", repr(r))
    except Exception as e:
        print(repr(fmt), "!!", type(e).__name__, e)
