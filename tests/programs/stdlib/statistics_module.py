import statistics as s
from fractions import Fraction
data = [2.5, 3.25, 5.5, 11.25, 11.75, 13.0, 1.0, 7.7]
print(s.mean([1, 2, 3, 4]), s.mean([1, 2, 3]), s.mean(data), s.mean([Fraction(1, 3), Fraction(2, 3)]), s.fmean([1, 2, 4]))
print(s.median([3, 1, 2]), s.median([4, 1, 3, 2]), s.median_low([1, 2, 3, 4]), s.median_high([1, 2, 3, 4]), s.median(data))
print(s.mode([1, 2, 2, 3, 3, 3]), s.mode('aabbbc'), s.multimode('aabbcc'), s.multimode([]))
print(s.variance(data), s.pvariance(data), s.stdev(data), s.pstdev(data), s.variance([1, 2, 3, 4, 5]), s.stdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(s.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), s.quantiles(data, n=3, method='inclusive'), s.geometric_mean([1, 2, 4]), s.harmonic_mean([40, 60]))
print(s.covariance([1, 2, 3], [2, 4, 7]), s.correlation([1, 2, 3, 4], [2, 4, 5, 9]), s.linear_regression([1, 2, 3], [3, 5, 7.5]))
for bad in [lambda: s.mean([]), lambda: s.stdev([1]), lambda: s.median([]), lambda: s.mode([])]:
    try:
        bad()
    except s.StatisticsError as e:
        print('StatisticsError:', e)
