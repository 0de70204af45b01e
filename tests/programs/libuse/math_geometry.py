import math
points = [(0, 0), (4, 0), (4, 3), (0, 3)]
def perimeter(pts):
    return sum(math.dist(pts[i], pts[(i + 1) % len(pts)]) for i in range(len(pts)))
def area(pts):
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]))) / 2
print(perimeter(points), area(points), math.hypot(4, 3), math.dist((1, 2, 3), (4, 6, 3)))
for deg in (0, 30, 45, 60, 90, 180, 270):
    r = math.radians(deg)
    print(f"{deg:>3}° sin={math.sin(r):+.4f} cos={math.cos(r):+.4f} tan={math.tan(r) if deg % 180 != 90 else float('inf'):+.4g}")
print(math.degrees(math.atan2(3, 4)), math.degrees(math.acos(0.5)), round(math.asin(0.5) * 6, 12) == round(math.pi, 12))
r = 2.5
print(f"circle r={r}: C={2 * math.pi * r:.4f} A={math.pi * r ** 2:.4f} sphere V={4 / 3 * math.pi * r ** 3:.3f}")
print(math.isclose(math.sqrt(2) ** 2, 2), math.sqrt(2) ** 2 == 2, math.cbrt(27) if hasattr(math, "cbrt") else 3.0, math.exp(math.log(10)), math.log10(0.001))
print(math.gcd(1071, 462), math.lcm(4, 6, 10), [n for n in range(2, 50) if all(n % d for d in range(2, math.isqrt(n) + 1))])
print(math.comb(52, 5), math.perm(10, 3), math.factorial(10), math.prod(range(1, 11)), math.fsum([0.1] * 10) == 1.0, sum([0.1] * 10) == 1.0)
