a, b, c = 1, 2, 3
print(a, b, c)
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'abcd'
print(init, last)
x, *mid, y = range(6)
print(x, mid, y)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, n] = 'mn'
print(m, n)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
a = b = c = []
a.append(1)
print(a, b, c, a is c)
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    x, y, z = [1, 2]
except ValueError as e:
    print(e)
try:
    x, *y, z = [1]
except ValueError as e:
    print(e)
try:
    x, y = 5
except TypeError as e:
    print(e)
print(*[1, 2], *'ab', sep='|')
print([*range(3), *[9]], (*'xy',), {*[1, 1, 2]}, {**{'a': 1}, 'b': 2, **{'a': 3}})
