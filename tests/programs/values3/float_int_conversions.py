import math
for v in [3.7, -3.7, 0.5, -0.5, 1.5, 2.5, 1e20, -1e-20, 123456789.987654321]:
    print(f"{v!r:>22}: int={int(v)} round={round(v)} floor={math.floor(v)} ceil={math.ceil(v)} trunc={math.trunc(v)} r1={round(v, 1)}")
print(int("  12  "), float("  -1.5e3 "), float("+.5"), float("5."), float("1E5"), float("-0"), int("-0"), int("+7"))
print(float(True), int(False), float(2**63), float(-(2**63)), int(float(2**63)), int(1e18) == 10**18, float(10**18) == 1e18)
print(7 / 2, 7 // 2, -7 / 2, -7 // 2, 7.0 // 2, 2 ** -1, 2 ** 0.5, 4 ** 0.5, (-4) ** 0.5, 10 / 4 * 4, 1 / 3 * 3)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, round(0.1 + 0.2, 10) == 0.3, (0.1).hex(), 3.0 == 3, 3.0 is 3.0 if False else None)
print(int(2.999999999999999999), int(-2.0000000000000001), float("1" * 20), int(float("1" * 20)), 2 ** 53 + 1.0)
print(divmod(-7, 2), divmod(7, -2), divmod(-7.5, 2), divmod(7, 0.5), -7 % 2.5, 7 % -0.5, math.fmod(-7, 2))
print(1e308 * 10 == float("inf"), -1e308 * 10, 1e-320, 1e-330, 5e-324 / 2, float("inf") - float("inf"), float("inf") * 0)
print(max(0.1, 1 / 10), min(-0.0, 0.0), max(-0.0, 0.0), sorted([0.0, -0.0]), 0.0 == -0.0, math.copysign(1, -0.0), str(-0.0))
print(f"{1/3}", str(1/3), repr(1/3), 1/3, [1/3], (2/3,), {1/3: 1})
print(sum(i / 10 for i in range(10)), round(sum(i / 10 for i in range(10)), 2), math.fsum(i / 10 for i in range(10)))
