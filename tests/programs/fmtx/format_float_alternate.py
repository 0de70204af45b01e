# '#' and 'z' with floats: trailing zeros kept, the point kept, the sign of
# negative zero dropped - but never the sign of infinity.
for x in [0.125, 1.0, 100.0, 1e20, 1e-5, 2.5, -0.0, -1e-9, float("-inf"), float("nan")]:
    row = [format(x, s) for s in ["#", "#.6", "#.3", ".6", "#g", "#.0f", "#.0e", "z.2f", "z<8.1f", "z"]]
    print(f"{x!r:>8}: " + " | ".join(row))
for spec in ["0=+12_.3f", "0=+12,.1e", "012,", "0=9_G", ">+012"]:
    print(spec, [format(v, spec) for v in (float("inf"), float("-inf"), float("nan"), 1234.5)])
print(format(1.5, ".40"), format(2 / 3, ".25"), format(1e300, ".30g"))
print(f"{-0.0:z}", f"{-0.001:z.1f}", f"{-0.001:z.1e}", f"{-0.0:+z.0f}", f"{0.0:-}")
