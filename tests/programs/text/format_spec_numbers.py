n = 1234567
for spec in ["", "d", "10d", "<10d", "^10d", "010d", "+d", " d", "-d", ",d", "_d", "x", "X", "#x",
             "#o", "#b", "b", "o", "c" if False else "e", ".2e", "g", ".3g", "%", "n", "08,d", "=+12,d", "*>+12_d"]:
    print(repr(spec), repr(format(n, spec)))
x = -3.14159
for spec in ["", "f", ".2f", "10.3f", "<10.1f", "^12.2e", "+.1f", " .0f", "08.2f", "e", "E", ".3g", "G",
             "%", ".1%", ",.3f", "_.4f", "#.0f", ".0e", "#g", ".10g", "=+10.2f", "n"]:
    print(repr(spec), repr(format(x, spec)))
for v in [0, -0.0, 1e-7, 123456789.0, 1.5e16, float("inf"), float("-nan"), 2.5, 3.5]:
    print(repr(v), format(v, ""), format(v, "g"), format(v, ".0f"), format(v, "10.2e"), format(v, ".1%"))
print(format(True, "d"), format(True, ""), format(False, ">5"), format(65, "c"), format(0x1F600, "c"))
print(f"{255:#010x} {-255:#010x} {255:#010b} {7:+#o} {1e3:,.0f} {1234.5678:,.2f}")
print(f"{12:{'>'}{5}} {3.14159:{'.'}{3}} {'%'}")
print("%d %i %u" % (1.9, -2.7, 3), "%5.1f|%-8s|%+d" % (2.25, "ab", 5), "%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%e %E %g %G" % (1234.5, 0.00012, 1e-5, 1e20), "%c%c" % (72, "i"), "%r %a %s" % ("é", "é", "é"))
print("%(a)s-%(b)05d" % {"a": "x", "b": 42}, "%%", "%.3s" % "abcdef", "%*d|%-*d" % (5, 1, 4, 2))
print("%5s|%-5s|%05.1f|% d" % ("a", "b", 3.14159, 7), "%s" % (1,), "%s" % [1, 2], "%s %s" % ("a", (1, 2)))
for bad in [lambda: "%d" % "x", lambda: "%s %s" % ("a",), lambda: "%s" % ("a", "b"), lambda: "%z" % 1,
            lambda: "%(k)s" % {"j": 1}, lambda: "%c" % "ab", lambda: "%d" % [], lambda: "%(a)s %s" % {"a": 1},
            lambda: "%" % (), lambda: "%x" % 1.5, lambda: "%c" % 1114112]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
