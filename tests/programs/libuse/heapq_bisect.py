import heapq, bisect
h = [5, 1, 8, 3, 9, 2]
heapq.heapify(h); print(h, heapq.heappop(h), h)
heapq.heappush(h, 0); print(h[0], heapq.heappushpop(h, 7), heapq.heapreplace(h, 4), sorted(h))
print(heapq.nlargest(3, [4, 1, 7, 3, 9]), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len), list(heapq.merge([1, 4, 7], [2, 5], [3])))
tasks = []
for prio, name in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
    heapq.heappush(tasks, (prio, name))
while tasks:
    print(heapq.heappop(tasks))
print(list(heapq.merge(["b", "d"], ["a", "c"], reverse=False)), heapq.nlargest(2, {"a": 3, "b": 5, "c": 1}.items(), key=lambda kv: kv[1]))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
try:
    heapq.heappush([1], "a")
except TypeError as e:
    print("TypeError:", e)
scores = [60, 70, 80, 90]
grades = "FDCBA"
print([grades[bisect.bisect(scores, s)] for s in [33, 60, 75, 90, 100]])
a = [1, 2, 2, 2, 5]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 0), bisect.bisect_left(a, 2, 2), bisect.bisect_left(a, 9, hi=3))
bisect.insort(a, 3); bisect.insort_left(a, 2); print(a)
recs = [("ann", 20), ("bob", 35), ("cy", 50)]
print(bisect.bisect_left(recs, 35, key=lambda r: r[1]))
bisect.insort(recs, ("dee", 40), key=lambda r: r[1]); print(recs)
try:
    bisect.bisect([1], 1, lo=-1)
except ValueError as e:
    print("ValueError:", e)
