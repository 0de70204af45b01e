# math.gamma and math.lgamma print CPython's digits (its Lanczos
# approximation, not the C library's), and raise its errors.
import math
for x in [0.5, 1.5, 2.5, 3.7, 7.25, 10.1, 0.1, -0.5, -1.5, 20.5, 100.5, 171.5, 1e-21, -250.25,
          5.0, 23.0, 24.0, 30.0]:
    print(f"{x!r:>8} gamma={math.gamma(x)!r:<26} lgamma={math.lgamma(x)!r}")
print(math.gamma(0.5) ** 2, math.pi, math.exp(math.lgamma(10)), math.factorial(9))
for x in [0.0, -0.0, -1.0, -3.0, 172.0, 200.5, float("-inf"), float("inf"), float("nan"), 1e308]:
    for f in (math.gamma, math.lgamma):
        try:
            print(f.__name__, x, "->", f(x))
        except (ValueError, OverflowError) as e:
            print(f.__name__, x, "!!", type(e).__name__, e)
