# cmath: the functions on many complex values (last digits as CPython), constants, errors
import cmath, random
print(cmath.sqrt(-1), cmath.sqrt(2+3j), cmath.exp(1j*cmath.pi), cmath.log(-1), cmath.log(1j, 2), cmath.phase(-1), cmath.polar(1+1j), cmath.rect(2, cmath.pi/4))
print(cmath.sin(1+1j), cmath.cos(1j), cmath.tan(1+2j), cmath.asin(2), cmath.acos(2), cmath.atan(1j/2), cmath.sinh(1j), cmath.cosh(1+1j), cmath.tanh(1), cmath.asinh(1j), cmath.acosh(0.5), cmath.atanh(2))
print(cmath.log10(100j), cmath.isclose(1+1j, 1+1.0000000001j), cmath.isnan(complex('nan')), cmath.isinf(complex(1, float('inf'))), cmath.isfinite(1j), cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.sqrt(-0.0), cmath.sqrt(complex(-4, -0.0)), cmath.exp(0), cmath.log(1), cmath.sqrt(4), cmath.polar(-2), cmath.phase(complex(-1, -0.0)))
try: cmath.log(0)
except ValueError as e: print(e)
try: cmath.sqrt('x')
except TypeError as e: print(e)
random.seed(3)
bad = 0
for _ in range(200):
    z = complex(random.uniform(-5, 5), random.uniform(-5, 5))
    for f in (cmath.sqrt, cmath.exp, cmath.log, cmath.sin, cmath.cos, cmath.tan, cmath.sinh, cmath.cosh, cmath.tanh, cmath.asin, cmath.acos, cmath.atan, cmath.asinh, cmath.acosh, cmath.atanh, cmath.log10):
        print(f.__name__, repr(f(z)))
