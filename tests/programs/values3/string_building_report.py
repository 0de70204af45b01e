rows = [
    ("Widget", 4, 3.5),
    ("Gadget with a long name", 12, 19.999),
    ("Thing", 0, 0.0),
    ("Ünïcode item", 1, 1e6),
]
name_w = max(len(r[0]) for r in rows)
header = f"{'Item':<{name_w}} | {'Qty':>5} | {'Price':>12} | {'Total':>14}"
print(header)
print("=" * len(header))
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<{name_w}} | {qty:>5d} | {price:>12,.2f} | {total:>14,.2f}")
print("-" * len(header))
print(f"{'TOTAL':>{name_w}} | {sum(r[1] for r in rows):>5} | {'':>12} | {grand:>14,.2f}")
print()
print("{:<10}{:^10}{:>10}".format("left", "center", "right"))
print("{:-<10}{:*^10}{:#>10}".format("", "", ""))
print("%-10s%10s" % ("key", "value"))
for k, v in {"alpha": 1.5, "beta": -22.125, "gamma": 1e-3}.items():
    print("%-10s%10.3f %+.1e %5.1f%%" % (k, v, v, v * 100))
lines = [f"{i:>3}. {chr(64 + i) * i}" for i in range(1, 6)]
print("\n".join(lines))
print(", ".join(f"{n:02x}" for n in range(0, 256, 37)), " ".join(f"{n:08b}" for n in (5, 255)))
parts = []
for word in "the rain in spain".split():
    parts.append(word.capitalize())
print(" ".join(parts), "-".join(reversed(parts)), "".join(p[0] for p in parts))
table = [["x", "x²", "x³", "√x"]] + [[str(x), str(x ** 2), str(x ** 3), f"{x ** 0.5:.4f}"] for x in range(1, 6)]
widths = [max(len(r[c]) for r in table) for c in range(4)]
for r in table:
    print("  ".join(cell.rjust(w) for cell, w in zip(r, widths)))
print(str(12).rjust(6, "0"), "3.5".ljust(6, "0"), "title".center(11, "~"), "|" + "x".center(4) + "|", "|" + "ab".center(5) + "|")
width = 30
text = "Pack my box with five dozen liquor jugs and more words to wrap"
line, out = "", []
for w in text.split():
    if len(line) + len(w) + (1 if line else 0) > width:
        out.append(line)
        line = w
    else:
        line = f"{line} {w}" if line else w
out.append(line)
for l in out:
    print(f"|{l:<{width}}|")
    print(f"|{l:>{width}}|")
