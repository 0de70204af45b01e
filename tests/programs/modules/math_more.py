import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.pow(2, 10), math.exp(1), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.sin(0), math.cos(0), math.tan(0), math.atan2(1, 1), math.degrees(math.pi), math.radians(180), math.hypot(3, 4))
print(math.floor(2.7), math.ceil(2.1), math.trunc(-2.7), math.fabs(-3), math.factorial(20), math.gcd(12, 18), math.lcm(4, 6))
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1.0), math.copysign(3, -0.0))
print(math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), math.isqrt(99), math.dist([0, 0], [3, 4]))
print(math.fmod(7, 3), math.fmod(-7, 3), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4), math.factorial(25))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.factorial(-1), lambda: math.acos(2)]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
try:
    math.exp(1000)
except OverflowError as e:
    print(e)
try:
    math.sqrt('x')
except TypeError as e:
    print(e)
print(math.floor(10**20 + 0.5) == 10**20, type(math.floor(1.5)).__name__, math.log(10**100), math.sqrt(10**20))
