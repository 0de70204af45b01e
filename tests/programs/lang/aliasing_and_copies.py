import copy
a = [1, [2, 3]]
b = a
c = a[:]
d = copy.deepcopy(a)
a[1].append(4)
a.append(5)
print(a, b, c, d, b is a, c is a, c[1] is a[1], d[1] is a[1])
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
t = (1, [2])
t[1].append(3)
print(t)
try:
    t[1] += [4]
except TypeError as e:
    print("TypeError:", e, "- but t is now", t)
x = [1, 2]
y = x
x += (3,)
print(x, y, x is y)
x = x + [4]
print(x, y, x is y)
s = "ab"
s2 = s
s += "c"
print(s, s2)
def append_default(v, bucket=[]):
    bucket.append(v)
    return bucket
print(append_default(1), append_default(2), append_default(3, []))
def safe_default(v, bucket=None):
    bucket = [] if bucket is None else bucket
    bucket.append(v)
    return bucket
print(safe_default(1), safe_default(2))
m = {"k": [1]}
m2 = dict(m)
m3 = copy.copy(m)
m2["k"].append(2)
m2["new"] = 0
print(m, m2, m3)
print([] is [], () is (), "" == "", 1000 == 10 ** 3, [1] == [1])
nums = [1, 2, 3, 4]
for n in nums[:]:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
matrix = [[1, 2], [3, 4]]
flat_copy = [row[:] for row in matrix]
flat_copy[0][0] = 99
print(matrix, flat_copy)
class Box:
    def __init__(self, items):
        self.items = items
    def __copy__(self):
        return Box(list(self.items))
b1 = Box([1])
b2 = copy.copy(b1)
b2.items.append(2)
print(b1.items, b2.items)
