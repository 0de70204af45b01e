import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.isqrt(99), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.floor(3), type(math.floor(2.0)))
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(12, 18, 27), math.lcm(4, 6), math.lcm(), math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.perm(5))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(1e-10), math.exp(2), math.expm1(1e-10))
print(math.sin(math.pi / 6), math.cos(0), math.tan(math.pi / 4), math.atan2(1, 1), math.degrees(math.pi), math.radians(180), math.asin(1))
print(math.hypot(3, 4), math.dist((0, 0), (3, 4)), math.copysign(3, -0.0), math.fabs(-4), math.fmod(-7, 3), -7 % 3, math.remainder(7, 3))
print(math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4), math.prod([1, 2, 3, 4]), math.prod([]), math.fsum([0.1] * 3))
print(math.isfinite(1e308), math.isinf(-math.inf), math.isnan(0.0), math.isclose(1, 1.0000000001), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.floor(1e20), math.ceil(10**30 / 7), math.sqrt(10**20), math.isqrt(10**40), math.factorial(25) // math.factorial(23))
print(math.pow(2, 10), math.pow(-8, 1 / 3) if False else math.pow(4, 0.5), math.nextafter(1, 2), math.ulp(1.0), math.cbrt(27) if hasattr(math, "cbrt") else 3.0)
for expr in ['math.sqrt(-1)', 'math.log(-1)', 'math.log(0)', 'math.factorial(-1)', 'math.factorial(2.5)', 'math.isqrt(-4)',
             'math.comb(3, -1)', 'math.acos(2)', 'math.exp(1e4)', 'math.floor("1")', 'math.gcd(1.5, 2)', 'math.pow(0, -1)',
             'math.fmod(1, 0)', 'math.log(10, 1)', 'math.sqrt("4")', 'math.ceil(math.inf)', 'math.floor(math.nan)',
             'math.prod(1)', 'math.dist((1,), (1, 2))', 'math.perm(-1)', 'math.ldexp(1, 10**6)', 'math.trunc("x")']:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
