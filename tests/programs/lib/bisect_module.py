# bisect: left and right, lo/hi bounds, key functions, insort, errors
import bisect

a = [1, 2, 2, 2, 3, 5, 8]
for x in (0, 1, 2, 4, 8, 9):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 9, 1, None))
print(bisect.bisect_left([], 1), bisect.bisect_right([], 1))

grades = "FDCBA"
breakpoints = [60, 70, 80, 90]
print([grades[bisect.bisect(breakpoints, score)] for score in (33, 99, 77, 70, 89, 90, 100)])

records = [("ann", 20), ("bob", 25), ("cy", 25), ("dee", 31)]
age = lambda r: r[1]
print(bisect.bisect_left(records, 25, key=age), bisect.bisect_right(records, 25, key=age))
bisect.insort_left(records, ("eve", 25), key=age)
bisect.insort_right(records, ("fay", 25), key=age)
bisect.insort(records, ("gus", 1), key=age)
print(records)

b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
print(b)
c = [1.0, 2.0, 3.0]
bisect.insort_left(c, 2)
bisect.insort_right(c, 2)
print(c, [type(v).__name__ for v in c])
words = ["apple", "banana", "cherry"]
bisect.insort(words, "blueberry", 1, 3)
print(words)

try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print("ValueError:", e)
try:
    bisect.insort([1, 2], 1, lo=-5)
except ValueError as e:
    print("ValueError:", e)
try:
    bisect.bisect([1, "x"], 2)
except TypeError as e:
    print("TypeError:", e)
print(sorted(n for n in dir(bisect) if not n.startswith("_")))
