# statistics: exact results for ints, floats, Fractions and Decimals, the
# types of the results, NaN and infinity, weights, and every error.
import statistics as st
import random
from decimal import Decimal, localcontext
from fractions import Fraction

random.seed(7)
for trial in range(25):
    floats = [random.uniform(-1e3, 1e3) for _ in range(random.randint(2, 30))]
    ints = [random.randint(-50, 50) for _ in range(random.randint(2, 30))]
    fracs = [Fraction(random.randint(-9, 9), random.randint(1, 9)) for _ in range(5)]
    for data in (floats, ints, fracs):
        print(repr(st.mean(data)), repr(st.median(data)), repr(st.variance(data)),
              repr(st.pvariance(data)), repr(st.stdev(data)), repr(st.pstdev(data)))
    print(st.quantiles(floats, n=5), st.quantiles(ints, n=7, method='inclusive'))
    print(st.fmean(floats), st.median_grouped(ints, 2), st.median_low(ints), st.median_high(ints))
    ys = [x * 2.5 + random.gauss(0, 10) for x in floats]
    print(st.covariance(floats, ys), st.correlation(floats, ys), st.linear_regression(floats, ys))
    print(st.linear_regression(floats, ys, proportional=True))
    positives = [abs(x) + 1 for x in floats]
    print(st.geometric_mean(positives), st.harmonic_mean(positives),
          st.harmonic_mean(positives, weights=range(1, len(positives) + 1)))
print(repr(st.mean([1, 2, 3, 4])), repr(st.mean([True, False, True])), repr(st.mean([1, 2.0])),
      repr(st.mean([Fraction(1, 3), 1])), repr(st.variance([1, 2, 4])), repr(st.variance([Fraction(1, 3), 2, 5])))
print(repr(st.pvariance([1, 2, 3, 4])), repr(st.pvariance([0, 0, 0])), repr(st.pstdev([5, 5])), repr(st.stdev([1, 2])))
print(repr(st.variance([1, 2, 3], xbar=2)), repr(st.pvariance([1.5, 2.5], mu=2)), repr(st.stdev([1.0, 2.0, 4.0], 2)))
print(repr(st.mean([1, float('inf')])), repr(st.mean([float('nan'), 1])), repr(st.variance([1, float('nan')])))
decimals = [Decimal('1.5'), Decimal('2.25'), Decimal('7'), Decimal('0.1')]
print(repr(st.mean(decimals)), repr(st.variance(decimals)), repr(st.pvariance(decimals)), repr(st.median(decimals)))
print(repr(st.mean([Decimal(1), 2])), repr(st.harmonic_mean([Decimal('2.5')])))
print(repr(st.harmonic_mean([2, 0, 3])), repr(st.harmonic_mean([1], weights=[2])), repr(st.harmonic_mean([40, 60])),
      repr(st.harmonic_mean([1, 2], weights=[0, 3])), repr(st.harmonic_mean(iter([4, 4]))), repr(st.harmonic_mean([Fraction(1, 2), 1])))
print(st.mode([1, 1, 2, 2]), st.mode('mississippi'), st.multimode('mississippi'), st.multimode([3, 1, 3, 1, 2]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2), st.median_grouped([7]),
      st.median_grouped([1.5, 2.5, 2.5, 2.5, 3.5]))
print(st.quantiles([1, 2], n=1), st.quantiles([10, 20], n=4), st.quantiles(range(100), n=10), st.quantiles([1.0, 5.0, 2.0], method='inclusive'))
print(st.fmean(iter([1, 2, 3])), st.fmean([1, 2, 3], weights=[0.25, 0.25, 0.5]), st.fmean((x for x in [5]), weights=iter([2])))
print(st.geometric_mean([54, 24, 36]), st.LinearRegression(1, 2), st.linear_regression([1, 2, 3], [2, 4, 6]).slope)
bad_calls = [
    lambda: st.mean([]), lambda: st.variance([1]), lambda: st.pvariance([]), lambda: st.stdev([2]),
    lambda: st.pstdev([]), lambda: st.median([]), lambda: st.median_low([]), lambda: st.median_high([]),
    lambda: st.median_grouped([]), lambda: st.median_grouped(['a', 'b']), lambda: st.mode([]),
    lambda: st.quantiles([1], n=4), lambda: st.quantiles([1, 2], n=0), lambda: st.quantiles([1, 2], method='x'),
    lambda: st.fmean([]), lambda: st.fmean([1, 2], weights=[1]), lambda: st.fmean([1], weights=[0]),
    lambda: st.geometric_mean([]), lambda: st.geometric_mean([1, -1]), lambda: st.harmonic_mean([]),
    lambda: st.harmonic_mean([-1]), lambda: st.harmonic_mean([1, -2]), lambda: st.harmonic_mean(['x']),
    lambda: st.harmonic_mean([1, 2], weights=[1]), lambda: st.harmonic_mean([1, 2], weights=[1, -1]),
    lambda: st.harmonic_mean([1, 2], weights=[0, 0]),
    lambda: st.covariance([1], [2]), lambda: st.covariance([1, 2], [1]), lambda: st.correlation([1, 2], [3, 3]),
    lambda: st.correlation([1, 2, 3], [1]), lambda: st.linear_regression([1, 1], [2, 3]),
    lambda: st.linear_regression([1], [1]), lambda: st.mean(['a']), lambda: st.mean([Decimal(1), 1.5]),
    lambda: st.stdev([1.0, float('inf')]),
]
for call in bad_calls:
    try:
        print(repr(call()))
    except (st.StatisticsError, TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
print(issubclass(st.StatisticsError, ValueError))
for call in [lambda: st.median_grouped([1, 2], interval='x'), lambda: st.median_grouped([1, 2], interval=None),
             lambda: st.median_grouped([2, 4, 4, 5], interval=3), lambda: st.median_grouped([Fraction(1, 2)] * 3)]:
    try:
        print(repr(call()))
    except TypeError as e:
        print(type(e).__name__, e)
import statistics as st
from decimal import Decimal, localcontext
d = [Decimal('1.5'), Decimal('2.25'), Decimal('7'), Decimal('0.1')]
print(repr(st.stdev(d)), repr(st.pstdev(d)), repr(st.pstdev([Decimal(1), Decimal(3)])), repr(st.stdev([Decimal(2)]*3)))
with localcontext() as c:
    c.prec = 5
    print(repr(st.stdev(d)), repr(st.pstdev([Decimal('1.234'), Decimal('9.87'), Decimal('3')])))
random.seed(3)
for trial in range(30):
    sample = [Decimal(random.randint(-10**6, 10**6)).scaleb(-random.randint(0, 6)) for _ in range(random.randint(2, 9))]
    print(repr(st.stdev(sample)), repr(st.pstdev(sample)), repr(st.mean(sample)))
with localcontext() as c:
    c.prec = 3
    for trial in range(30):
        sample = [Decimal(random.randint(1, 999)) for _ in range(3)]
        print(repr(st.stdev(sample)), repr(st.pstdev(sample)), end=' ')
print()
