for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375, 1e16 + 1.0]:
    print(f"{x!r:>20}: round={round(x)!r:>6} round1={round(x, 1)!r:>8} round2={round(x, 2)!r:>8} "
          f"fmt={x:.2f} int={int(x)}")
for n in [5, 15, 25, 125, -35, 1234567, 10**20 + 50]:
    print(n, round(n, -1), round(n, -2), round(n, 1), type(round(n, -1)).__name__)
import math
for x in [2.5, -2.5, 3.7, -3.7, 0.0, -0.0]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), round(x), int(x), x // 1, x % 1)
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(7.5, 2), divmod(-7.5, 2))
print(7 // 2, -7 // 2, 7 % -3, -7 % 3, 7.0 // -2, -7.0 % 3, 2 ** -1, (-2) ** 2, -2 ** 2)
print(0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3), abs(-7), abs(-7.5), abs(3 + 4j))
print(1 / 3, 2 / 3, 10 / 4, 10 // 4, 1e300 * 1e10, -1e300 * 1e10, 1e-320, 5e-324 / 2)
print(int("42"), int("-0x2a", 16), int("0o52", 0), int(" 101 ", 2), float("1e-3"), float(".5"), float("-inf"))
print(round(123.456, -1), round(-0.0001, 2), round(0.5 + 1e-16), round(1234.5678, 2), f"{1234.5678:,.1f}")
print(sum([1e100, 1.0, -1e100]), math.fsum([1e100, 1.0, -1e100]), 3 * 0.1, 0.1 * 3 == 0.3)
print((2**53 + 1) == float(2**53 + 1), 2**53 + 1.0, float(2**63), int(float(2**63)), 9007199254740993 / 1)
