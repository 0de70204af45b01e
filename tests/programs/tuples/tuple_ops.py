t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t), t + (4,), t * 2, 2 in t, t.index(3), t.count(1))
print((), (1,), tuple('abc'), tuple([1, 2]), tuple(range(3)))
a, b, c = t
print(a, b, c)
print((1, 2) < (1, 3), (1, 2, 3) > (1, 2), hash((1, 2)) == hash((1, 2)))
nested = ((1, 2), (3, 4))
print([x + y for x, y in nested])
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    t[10]
except IndexError as e:
    print(e)
