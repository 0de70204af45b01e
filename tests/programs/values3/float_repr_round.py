import math
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-7, 0.0001, 1.5e300 * 1.5e10,
        -0.0, 5e-324, 1.7976931348623157e308, 100.0, 1e22, 1e23, 0.30000000000000004, 2.5, 3.0e-5]
for v in vals:
    print(repr(v), str(v), v.is_integer() if math.isfinite(v) else "-")
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(1.005, 2))
print(round(123.456, -1), round(123.456, -2), round(-0.4), round(1e300, -300), round(0.125, 2), round(0.375, 2))
print(type(round(2.5)), type(round(2.5, 0)), round(2.5, 0), round(float("inf"), 2))
print(float("1e500"), float("-inf"), float(" 3.5 "), float("1_000.5"), float("nan") == float("nan"), float("infinity"), float("-NaN"))
nan = float("nan")
print(nan < 1, nan > 1, nan != nan, nan in [nan], [nan] == [nan], math.isnan(nan), max(1, nan), max(nan, 1))
print(0.1 * 3 == 0.3, math.isclose(0.1 * 3, 0.3), 1e308 * 10, -1e308 * 10, 1 / float("inf"))
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, divmod(7.5, 2), divmod(-7.5, 2), 2.0 ** 0.5, (-8) ** (1 / 3))
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (2.5).hex(), float.fromhex("0x1.8p1"), (1.0).is_integer())
print(float(2**53 + 1), 2**53 + 1 == float(2**53 + 1), 1e16 + 1, int(1e16 + 2))
print(3 * 1.1, 1.1 + 2.2, 0.1 + 0.7, 4.35 * 100, 1.15 * 100, 8.675 * 1000)
print(sum([0.1] * 10), math.fsum([0.1] * 10), 1e100 + 1 - 1e100)
bad = ['float("abc")', 'float("")', 'float("1e")', '1.0 / 0', '1.0 // 0.0', '1.0 % 0.0', 'divmod(1.0, 0)',
       'math.sqrt(-1)', 'math.log(0)', '10.0 ** 400', 'int(1e400)', 'round(nan)', 'round(float("inf"))',
       '(-1.0) ** 0.5', '0.0 ** -1', 'float([1])', 'float("0x10")', 'math.exp(1000)', 'float(10**400)',
       '2.0 ** 10000', 'round(1.5, 1.5)', '(1.5).hex(1)', 'float.fromhex("zz")', '10**400 / 1', '10**400 * 1.0']
for expr in bad:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
