import math
names = sorted(n for n in dir(math) if not n.startswith('_'))
print(names)
print(math.acosh(2), math.asinh(1), math.atan(1), math.cosh(1), math.sinh(1), math.erfc(0.5), math.expm1(1e-5), math.log1p(1e-5), math.gamma(5.5), math.lgamma(1))
print(math.nextafter(1, 2), math.ulp(1.0), math.remainder(10, 3), math.cbrt(27), math.exp2(10), math.copysign(1, -0.0), math.isqrt(10**20), math.lcm(4, 6, 10), math.gcd(0, 0), math.gcd(12, 18, 27))
print(math.prod(range(1, 10)), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.hypot(3, 4, 12), math.dist((1, 2, 3), (4, 6, 8)), math.perm(10), math.comb(100, 50))
print(math.ceil(-0.5), math.floor(-0.5), math.trunc(2.9), math.modf(-3.5), math.frexp(0.0), math.ldexp(1, -1074), math.factorial(0))
for f, a in [(math.sqrt, -1), (math.log, -1), (math.acos, 2), (math.gamma, 0), (math.factorial, 2.5), (math.isqrt, -1), (math.pow, (0, -1)), (math.log, 0)]:
    try:
        f(*a) if isinstance(a, tuple) else f(a)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(math.log(1024, 2), math.log(2**1000), math.log10(10**300), math.log2(2**2000), math.sqrt(2**1000), math.exp(-745), math.pow(2, 0.5))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9), math.inf > 10**400, -math.inf < -10**400, math.nan != math.nan)
print(math.floor(1e300) == 10**300, math.ceil(2**53 + 0.5), math.degrees(1), math.radians(90), math.tau / 2 == math.pi)
