# math.hypot and math.dist agree with CPython to the last digit, also for
# huge and tiny coordinates.
import math
points = [(3, 4), (1, 1), (1, 2, 2), (0.1, 0.2, 0.3), (1e200, 1e200), (1e-200, 3e-200), (5e-324, 5e-324),
          (52.841732038351594 / 2, 13.5, -7.25, 1.0), (1e308, 1e308, 1e308), (-3,), (), (0.0, -0.0)]
for p in points:
    print(p, "hypot:", repr(math.hypot(*p)))
pairs = [((0, 0), (3, 4)), ((1, 2, 3), (4, 6, 8)), ((1e200, 0), (-1e200, 0)), ((0.1, 0.2), (0.3, 0.4)),
         ((1.5,), (-2.5,)), ((), ())]
for p, q in pairs:
    print(p, q, "dist:", repr(math.dist(p, q)))
print(math.hypot(float("inf"), float("nan")), math.hypot(float("nan"), 1), math.dist((0, float("nan")), (1, 1)))
total = 0.0
for i in range(1, 200):
    total += math.hypot(i * 0.1, i * 0.37, 1 / i)
print(repr(total))
try:
    math.dist((1, 2), (1, 2, 3))
except ValueError as e:
    print("ValueError:", e)
