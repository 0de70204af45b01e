rows = [("Widget", 1234, 3.5, 0.125), ("Gadget", 56, 12.25, -0.04), ("Thingamajig", 7, 1999.999, 1.5)]
print(f"{'Item':<12}|{'Qty':>7}|{'Price':>10}|{'Change':>8}")
print(f"{'':-<12}+{'':->7}+{'':->10}+{'':->8}")
for name, qty, price, change in rows:
    print(f"{name:<12.10}|{qty:>7,}|{price:>10,.2f}|{change:>+8.1%}")
total = sum(q * p for _, q, p, _ in rows)
print(f"{'TOTAL':<12}|{sum(r[1] for r in rows):>7,}|{total:>10,.2f}|{'':>8}")
width = 9
for precision in range(4):
    print(f"[{3.14159:{width}.{precision}f}] [{3.14159:<{width}.{precision}e}] [{2 ** precision:^{width}}]")
print("{0:*^20}".format(" centered "), "{:>{}}".format("r", 5), "{:{fill}<6}".format("l", fill="."))
print("{name}: {0[0]}-{0[1]} {obj.real:g}".format((1, 2), name="pair", obj=2.5))
print("{:#b} {:#o} {:#x} {:#X} {:08.3f} {:+d} {: d}".format(10, 10, 255, 255, -3.14159, 5, 5))
data = {"user": "ann", "n": 3}
print("%(user)s has %(n)03d items (%(n)x hex)" % data, "{user!r:>8}".format(**data))
print("{user} {missing}".format_map(type("D", (dict,), {"__missing__": lambda self, k: f"<{k}>"})(data)))
for value in [0, 1, -1, 1234567.891, 1e-7, float("inf")]:
    print(f"{value!s:>14} {value:>14g} {value:>14.3e} {value:>14_.2f}")
print(f"{'nested {braces}'!r} {{literal}} {'x' * 3:>{width}}")
name, score = "Ann", 97.5
print(f"{name=} {score=:.1f} {name.upper()=} {len(name)*2=}")
print("%-10s|%5.1f%%|%+06d|%c" % ("left", 99.44, 42, 65))
print(format(1234567, ","), format(1234567, "_"), format(0.5, ".0%"), format(12, "b"), format("hi", "^6"))
