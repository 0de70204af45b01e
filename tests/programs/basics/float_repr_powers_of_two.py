# repr of floats whose shortest round-trip string is not printf's rounding
# (powers of two have lopsided rounding intervals)
import math
for k in [-24, -1022, -1074, -1000, -500, -100, -60, 60, 100, 200, 500, 1000, 1023]:
    print(k, 2.0 ** k, -(2.0 ** k), math.ldexp(3, k))
print(7.120236347223045e-307, 8.209073602596753e-289, 5.960464477539063e-08)
print([2.0 ** k for k in range(-1074, -1000, 7)])
