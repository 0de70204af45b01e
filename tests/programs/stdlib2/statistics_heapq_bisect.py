# statistics (mean, median, mode, stdev, variance, quantiles), heapq (nlargest/nsmallest with key, merge), bisect with key=
import statistics as st
from fractions import Fraction as F
from decimal import Decimal as D
import heapq
import bisect

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.mean(data), st.fmean(data), st.median(data), st.median_low(data), st.median_high(data), st.mode(data))
print(st.mean([1, 2, 3, 4]), st.mean([F(1, 2), F(3, 4)]), st.mean([D("0.5"), D("0.75")]), st.mean([1, 2.5]), type(st.mean([1, 3])).__name__)
print(st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.mode(["red", "blue", "blue", "red", "green", "red"]), st.multimode("aabbbbccddddeeffffgg"), st.multimode([]), st.mode([1, 1, 2, 2]))
print(st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.variance([1, 2, 3, 4, 5]), st.pvariance([1, 2, 3, 4]))
print(st.variance([F(1, 4), F(5, 4), F(1, 2)]), st.pvariance([D("27.5"), D("30.25"), D("30.25"), D("34.5"), D("41.75")]), st.stdev([1, 2, 3, 4, 5], xbar=3))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5]), st.quantiles([1, 2, 3, 4, 5], method="inclusive"), st.quantiles(range(1, 11), n=5), st.quantiles([1.5, 2.5], n=2))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]), round(st.correlation([1, 2, 3, 4], [2, 4, 5, 9]), 12), st.covariance([1, 2, 3], [1, 3, 2]))
print(st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11]), st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, nd.variance, round(nd.cdf(130), 10), round(nd.inv_cdf(0.975), 10), round(nd.pdf(100), 12), nd + 5, nd * 2, round(nd.overlap(st.NormalDist(110, 15)), 10))
print(st.NormalDist.from_samples([1, 2, 3, 4, 5]), round(nd.zscore(120), 10), [round(q, 6) for q in nd.quantiles(4)])
for bad in [lambda: st.mean([]), lambda: st.median([]), lambda: st.mode([]), lambda: st.stdev([1]), lambda: st.variance([5]), lambda: st.quantiles([1]), lambda: st.quantiles([1, 2], n=0), lambda: st.geometric_mean([1, -1]), lambda: st.harmonic_mean([-1]), lambda: st.correlation([1, 1], [1, 2]), lambda: st.NormalDist(0, -1)]:
    try:
        print(bad())
    except st.StatisticsError as e:
        print("StatisticsError", e)
    except ValueError as e:
        print("ValueError", e)
print(issubclass(st.StatisticsError, ValueError))

nums = [5, 1, 8, 3, 9, 2, 7, 4, 6, 0]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nlargest(0, nums), heapq.nsmallest(20, nums), heapq.nlargest(1, []), heapq.nsmallest(1, nums))
people = [("ann", 31), ("bob", 25), ("cy", 31), ("dee", 19), ("eve", 25)]
print(heapq.nlargest(2, people, key=lambda p: p[1]), heapq.nsmallest(3, people, key=lambda p: p[1]), heapq.nlargest(10, people, key=lambda p: p[1]))
print(heapq.nsmallest(2, iter(nums), key=lambda n: -n), heapq.nlargest(3, "hello world"), heapq.nsmallest(1, people, key=lambda p: p[1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge([], [1], [])), list(heapq.merge(["b", "dd"], ["a", "ccc"], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)), list(heapq.merge([("a", 3), ("b", 1)], [("c", 2)], key=lambda t: t[1])))
h = []
for x in [5, 3, 8, 1]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), heapq.heappushpop(h, 4), heapq.heapreplace(h, 0), h)
h2 = [9, 7, 5, 3, 1, 2]
heapq.heapify(h2)
print(h2, [heapq.heappop(h2) for _ in range(len(h2))])
tasks = []
for pri, name in [(2, "write"), (1, "plan"), (3, "test"), (1, "coffee")]:
    heapq.heappush(tasks, (pri, name))
print([heapq.heappop(tasks) for _ in range(4)])
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)

a = [1, 2, 4, 4, 4, 7, 9]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 10), bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 4))
recs = [("a", 1), ("b", 3), ("c", 3), ("d", 8)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]), bisect.bisect(recs, 9, key=lambda r: r[1]))
bisect.insort(recs, ("x", 3), key=lambda r: r[1])
bisect.insort_left(recs, ("y", 3), key=lambda r: r[1])
bisect.insort_right(recs, ("z", 0), key=lambda r: r[1])
print(recs)
b = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(b, x)
print(b)
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print("ValueError", e)
try:
    bisect.insort([1], 2, lo=-2)
except ValueError as e:
    print("ValueError", e)
