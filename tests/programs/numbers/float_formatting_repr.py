values = [0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0, 1e-5, 1e-4,
          0.0001, 1.5e300, 5e-324, -0.0, 100.0, 1e22, 1e23, 3.0, 2.5, float("inf"), float("nan")]
for v in values:
    print(repr(v), str(v), f"{v}", f"{v:g}", f"{v:.3}", f"{v:e}")
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(0.125, 2))
print(round(1e300, -299), round(123.456, -1), round(123.456, 1), round(-1.0))
print(type(round(2.5)), type(round(2.5, 0)), round(2.5, 0))
print(f"{3.14159:.2f} {2.0:.0f} {0.5:.0f} {1.5:.0f} {-0.0:.1f} {1e10:,.2f} {1234.5:_.1f}")
print(f"{0.000123:.2e} {12345.678:E} {1e100:g} {1e-10:G} {123.0:%} {0.25:.1%}")
print(f"{3.0:#g} {3.0:#.3g} {1.0:+} {-1.0: } {1.0: } {float('inf'):+} {float('nan'):F}")
print(format(1234567.891, ",.3f"), format(0.1, ".20f"), format(1/7, ".15g"))
print(float.__repr__(1.1), (1.1).__str__(), 1.0.hex(), float.fromhex("0x1.8p1"))
print((0.5).as_integer_ratio(), (3.75).as_integer_ratio(), (2.0).is_integer(), (2.1).is_integer())
print(1e308 * 10, -1e308 * 10, (1e308 * 10) - (1e308 * 10))
print(float("1_000.5"), float(" 12 "), float("-inf"), float("InFiNiTy"), float("nan") == float("nan"))
for bad in ("abc", "", "1.2.3", "1_", "0x10"):
    try:
        float(bad)
    except ValueError as e:
        print(e)
try:
    float([])
except TypeError as e:
    print(e)
