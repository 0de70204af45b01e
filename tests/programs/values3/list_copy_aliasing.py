import copy
a = [1, [2, 3], {"k": [4]}]
b = a
c = a[:]
d = list(a)
e = copy.copy(a)
f = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(5)
a.append("new")
for name, v in [("b", b), ("c", c), ("d", d), ("e", e), ("f", f)]:
    print(name, v, v is a, v == a, v[1] is a[1])
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
def append_to(x, target=[]):
    target.append(x)
    return target
print(append_to(1), append_to(2), append_to(3, []))
def safe_append(x, target=None):
    target = [] if target is None else target
    target.append(x)
    return target
print(safe_append(1), safe_append(2))
t = ([1], 2)
t[0].append(3)
print(t)
try:
    t[0] += [4]
except TypeError as e:
    print("TypeError:", e, t)
x = y = []
x += [1]
print(x, y, x is y)
x = x + [2]
print(x, y, x is y)
