# math.fsum over NaNs and infinities: a NaN item makes a NaN sum, infinities
# of both signs are an error, and statistics.fmean follows fsum.
import math
import statistics
nan, inf = float("nan"), float("inf")
for items in [[nan], [nan, 1.0], [1.0, nan, 2.0], [inf, 1.0], [-inf, -inf], [inf, nan], [nan, inf, -inf], [inf, -inf], [inf, 1e308, -inf]]:
    try:
        print(items, math.fsum(items))
    except ValueError as e:
        print(items, "ValueError:", e)
print(statistics.fmean([nan, 1.0]), statistics.fmean([inf, 2.0]))
