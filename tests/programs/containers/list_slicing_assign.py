a = list(range(10))
a[2:5] = ["x"]
print(a)
a[::2] = "ABCDE"[: len(a[::2])]
print(a)
a[:0] = [-1, -2]
print(a)
a[len(a):] = [100]
print(a)
a[1:3] = []
print(a)
b = list(range(6))
b[::-2] = [0, 0, 0]
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print(e)
try:
    b[1:2] = 5
except TypeError as e:
    print(e)
c = [1, 2, 3]
c[1:2] = c
print(c)
d = list(range(8))
del d[1::3]
print(d)
print(d[100:], d[-100:2], d[5:1], d[::-1], d[-1:-4:-1], d[::0] if False else "")
try:
    d[::0]
except ValueError as e:
    print(e)
e = [0] * 5
e[1:4] = range(3)
print(e)
e[:] = (9, 8)
print(e)
s = slice(1, None, 2)
print(list(range(10))[s], s, s.start, s.stop, s.step, s.indices(10), slice(5).indices(3))
print(slice(-3, None).indices(10), slice(None, None, -1).indices(4))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print(e)
print(slice(1, 2) == slice(1, 2), repr(slice(None)))
try:
    hash(slice(1, 2))
    print("hashable")
except TypeError as e:
    print(e)
