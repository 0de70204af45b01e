import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.isqrt(17), math.isqrt(10**40), math.cbrt(27) if hasattr(math, "cbrt") else 3.0)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.floor(3), type(math.floor(2.0)))
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(12, 18, 24), math.lcm(4, 6), math.lcm(4, 6, 10))
print(math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.perm(5), math.comb(5, 7))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(0))
print(math.exp(1), math.expm1(0), math.pow(2, 10), math.fabs(-3), math.copysign(3, -0.0))
print(math.sin(0), math.cos(0), math.tan(0), round(math.sin(math.pi / 2), 10), math.atan2(1, 1))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.dist((0, 0), (3, 4)), math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]))
print(math.prod([]), math.prod([2.5, 2]), math.prod(range(1, 6), start=2))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10))
print(math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308), math.isfinite(math.nan))
print(math.fmod(-7, 3), -7 % 3, math.modf(3.75), math.modf(-3.75), math.frexp(8), math.ldexp(0.5, 4))
print(math.remainder(7, 3), math.remainder(8, 3), math.nextafter(1.0, 2.0), math.ulp(1.0))
print(math.asin(1), math.acos(0), math.atan(1), math.sinh(0), math.cosh(0), math.tanh(0))
print(math.erf(0), math.erfc(0), math.gamma(5), math.lgamma(1))
for bad in [lambda: math.sqrt(-4), lambda: math.log(-1), lambda: math.factorial(-3),
            lambda: math.comb(-1, 2), lambda: math.isqrt(-1), lambda: math.gcd(1.5, 2),
            lambda: math.log(1, 1), lambda: math.floor("x"), lambda: math.sqrt("4"),
            lambda: math.perm(3, -1), lambda: math.ceil(math.inf), lambda: math.floor(math.nan)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
