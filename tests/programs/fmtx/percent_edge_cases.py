# %-formatting corners: infinities and NaN padded with zeros, '%' as a
# conversion, star widths, and the errors.
for spec in ["%07.2f", "%-8.1f|", "%+09e", "% 010g", "%#010.3G", "%08F"]:
    print(repr(spec), [spec % v for v in (float("inf"), float("-inf"), float("nan"), 3.25)])
print("%*.*f|%-*d|" % (9, 3, 3.14159, 5, 42))
print("%%|%5s|%-5s|%.2s" % ("ab", "cd", "xyz"))
print("%(name)s is %(age)d (%(age)#x)" % {"name": "ann", "age": 30})
for fmt, args in [("%5%", ()), ("%5%", (1,)), ("%-%", ()), ("%(a)%", {"a": 1}), ("%l%", ()),
                  ("%", ()), ("%(a", {"a": 1}), ("%y", (1,)), ("%d", ("x",)), ("%c", (-1,)),
                  ("%c", ("ab",)), ("%.*f", ("x", 1.0)), ("%s %s", (1,)), ("%s", (1, 2)),
                  ("%d%%", (5,)), ("%i", (3.9,)), ("%x", (3.5,)), ("%o", (-8,)), ("%#o", (8,)),
                  ("%r %a", ("é", "é"))]:
    try:
        print(repr(fmt), "->", repr(fmt % args))
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(fmt), "!!", type(e).__name__, e)
print(b"%5s|%-4b|%c|%x" % (b"ab", b"c", 65, 255))
