a = b = c = 7
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'hello'
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
[m, n] = 'xy'
print(m, n)
d = {}
d['k'] = d['j'] = 0
print(d)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 5
print(i, lst)
