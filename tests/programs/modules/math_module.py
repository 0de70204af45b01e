import math
print(math.pi, math.e, math.tau, math.inf, math.nan != math.nan)
print(math.sqrt(16), math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7))
print(math.pow(2, 10), math.exp(1), math.log(math.e), math.log(100, 10), math.log2(8), math.log10(1000))
print(math.sin(0), math.cos(0), round(math.tan(math.pi / 4), 10), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.factorial(10), math.gcd(12, 18), math.lcm(4, 6), math.isqrt(99), math.comb(10, 3), math.perm(5, 2))
print(math.hypot(3, 4), math.isclose(0.1 + 0.2, 0.3), math.isfinite(1), math.isinf(math.inf), math.isnan(math.nan))
print(math.fabs(-3), math.copysign(1, -0.0), math.fmod(7, 3), math.modf(2.5), math.frexp(8), math.ldexp(0.5, 4))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.dist((0, 0), (3, 4)))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.exp(1000)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.floor(10 ** 20 + 0.5), math.log(10 ** 100))
