# statistics.NormalDist: pdf, cdf, inv_cdf (all three ranges of Wichura's
# AS 241), quantiles, overlap, zscore, samples with a seed, from_samples,
# the arithmetic, and the errors.
import statistics as st
from statistics import NormalDist

z = NormalDist()
for p in [1e-300, 1e-20, 1e-10, 0.001, 0.01, 0.025, 0.07, 0.075, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.9249, 0.925, 0.93,
          0.975, 0.99, 0.999999, 1 - 1e-12, 1 - 2 ** -53]:
    print(p, repr(z.inv_cdf(p)), repr(NormalDist(10, 3).inv_cdf(p)))
for x in [-40, -5.5, -1, -0.1, 0, 0.3, 1, 2.5, 8, 40]:
    print(x, repr(z.pdf(x)), repr(z.cdf(x)), repr(NormalDist(1.5, 0.25).pdf(x)), repr(NormalDist(1.5, 0.25).cdf(x)), z.zscore(x))
print(z.quantiles(), NormalDist(100, 15).quantiles(10), NormalDist(5, 2).quantiles(n=3))
pairs = [(NormalDist(0, 1), NormalDist(1, 1)), (NormalDist(2.4, 1.6), NormalDist(3.2, 2.0)), (NormalDist(5, 2), NormalDist(-3, 0.5)),
         (NormalDist(0, 1), NormalDist(0, 1)), (NormalDist(1, 3), NormalDist(1, 4))]
for a, b in pairs:
    print(repr(a.overlap(b)), repr(b.overlap(a)))
print(NormalDist(1, 2).samples(5, seed=7), NormalDist(0, 1).samples(3, seed='text'), len(z.samples(4)))
print(NormalDist.from_samples([1, 2, 4, 8]), NormalDist.from_samples(iter([1.5, 2.5])), NormalDist.from_samples((2, 4, 4, 4, 5, 5, 7, 9)))
a, b = NormalDist(10, 3), NormalDist(4, 4)
print(a + b, a - b, a + 5, 5 + a, a - 2, 2 - a, a * 3, 3 * a, a * -2, a / 4, a / -0.5, -a, +a)
print(a == NormalDist(10.0, 3.0), a == b, a == 10, a != b, hash(a) == hash((10.0, 3.0)), repr(a))
print(a.mean, a.median, a.mode, a.stdev, a.variance, NormalDist(3).stdev, NormalDist(sigma=2).mean)
zero = NormalDist(5, 0)
for call in [lambda: NormalDist(0, -1), lambda: zero.pdf(1), lambda: zero.cdf(1), lambda: zero.inv_cdf(0.5), lambda: zero.zscore(1),
             lambda: z.inv_cdf(0), lambda: z.inv_cdf(1), lambda: z.inv_cdf(1.5), lambda: zero.overlap(z), lambda: z.overlap(3),
             lambda: NormalDist.from_samples([1])]:
    try:
        print(call())
    except (st.StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
import random
random.seed(12)
for trial in range(20):
    data = [random.uniform(-100, 100) for _ in range(random.randint(2, 40))]
    d = NormalDist.from_samples(data)
    print(repr(d.mean), repr(d.stdev), repr(d.inv_cdf(random.random())), repr(d.cdf(random.gauss(0, 50))))
for data in [[1, float('nan')], [1, float('inf')], [float('inf'), float('-inf')], [2, 2], [1, 2, 3], (x / 7 for x in range(9))]:
    print(NormalDist.from_samples(data))
import copy
print(copy.copy(NormalDist(1, 2)), copy.deepcopy(NormalDist(3, 4)) == NormalDist(3, 4))
