# format() and f-strings on complex numbers: every presentation type, signs,
# grouping, alignment, and the errors for what complex does not allow.
values = [1 + 2j, -1.5 - 0.5j, 3j, -3j, complex(-0.0, 2), 1234567.25 + 0.5j,
          complex(float("inf"), 1), complex(0, float("nan")), 1e-5 + 1e20j, 0j]
specs = ["", "+", " ", "-", ">16", "<16", "^16", "*^18", "#", ".3", "+.2", "n", "g",
         ".2f", "+.1e", "E", "#.0f", "_", ",.2f", ",", "z.1f", "10.3g"]
for v in values:
    print(repr(v))
    for spec in specs:
        print(f"  {spec!r:8} -> {format(v, spec)!r}")

print(f"{2 - 3j:>12}|{2 - 3j:<12}|{1j:^8.1f}|")
print("{0:.2f} {0.real} {0.imag}".format(1.25 + 2.5j))
print(format(complex(-0.0, -0.0), "z"), format(complex(-0.0, -0.0), ""))
for spec in ["d", "x", "%", "010", "0<8", "=8", "r", "c", "s", ",d"]:
    try:
        format(1 + 2j, spec)
    except ValueError as e:
        print(f"{spec!r}: ValueError: {e}")
