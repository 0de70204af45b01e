a = list(range(10))
print(a[2:5], a[::3], a[::-1], a[-3:], a[:-3], a[7:2:-2], a[100:])
a[2:5] = ['x', 'y']
print(a)
a[::2] = [0] * len(a[::2])
print(a)
del a[::3]
print(a)
b = [1, 2, 3]
b[1:1] = [9, 9]
print(b)
b[:] = []
print(b)
try:
    c = [1, 2, 3]
    c[::2] = [1]
except ValueError as e:
    print(e)
