for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.125, 0.375, 2.675, 1.005, 1.015, 1.025, 10.5, 11.5, 1e-7]:
    print(f"{v!r:>8} round={round(v)!r:>3} r1={round(v, 1)!r:>6} r2={round(v, 2)!r:>7} f2={v:.2f} %.1f={'%.1f' % v}")
for n in [5, 15, 25, 35, 45, -15, -25, 1234567, 1250, 1350]:
    print(n, round(n, -1), round(n, -2), round(n, 0), round(n, 2), type(round(n, -1)).__name__)
print(round(123.456, None) if False else round(123.456), round(-0.0), round(0.49999999999999994), round(2**52 + 0.5), round(1.5, 0), round(-1.5, 0))
print(round(5e-324, 323), round(1e308, -308), round(123.45, 300), round(123.45, -300), round(float("nan"), 2), round(float("-inf"), 1))
