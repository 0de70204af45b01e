print("%d %i %u" % (42, -7, 3))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8))
print("%e %E %.2e %10.3E" % (12345.678, 0.00012, 1.5, -2.5))
print("%f %.0f %.3f %10.2f|%-10.2f|" % (3.14159, 2.5, 1 / 3, 2.0, 2.0))
print("%g %G %g %g %#g" % (0.0001, 1e-10, 123456789.0, 100000.0, 1.0))
print("%s %r %a" % ("str", "str", "ñ"))
print("%c%c%c" % (72, "i", 33))
print("%%d is literal, %s" % "ok")
print("%(name)s has %(n)03d items" % {"name": "cart", "n": 7})
print("%*d|%-*d|%.*f" % (6, 1, 6, 2, 2, 3.14159))
print("%s" % (1, ) , "%s" % [1, 2], "%s" % ((1, 2),))
print("%.3s|%10.2s|" % ("abcdef", "xyz"))
print("%d" % 3.99, "%x" % True, "%d" % -0.5)
print("%5s|%-5s|" % (None, True))
print(b"%s and %d and %x %b" % (b"bytes", 5, 255, b"!"))
print(b"%c%c" % (65, b"B"), b"%5.1f" % 2.25, b"%r" % "s" if False else b"%a" % "s")
errors = [
    ("%d", "x"),
    ("%d %d", (1,)),
    ("%d", (1, 2)),
    ("%(k)s", (1,)),
    ("%(k)s", {}),
    ("%z", 1),
    ("%c", "ab"),
    ("%c", 1114112),
    ("%x", 1.5),
    ("%", ()),
    ("%(a", {}),
    ("%*d", ("x", 1)),
    ("%s %s", {"a": 1}),
    ("no format", 5),
    ("%i", None),
    ("%.*f", (1.5, 2.0)),
]
for fmt, args in errors:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(repr(fmt), type(e).__name__ + ":", e)
for fmt, args in [(b"%s", "str"), (b"%d", b"1"), (b"%c", 256), (b"%c", "s")]:
    try:
        print(fmt % args)
    except Exception as e:
        print(fmt, type(e).__name__ + ":", e)
