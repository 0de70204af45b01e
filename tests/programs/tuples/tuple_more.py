t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t[1:], t[::-1], len(t), 2 in t, t + (4,), t * 2, (1,) * 0)
print((), (1,), tuple([1, 2]), tuple('ab'), tuple(range(3)), tuple({1: 2}))
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1,) < (1, 0), hash((1, 2)) == hash((1, 2)), (1, (2, 3))[1][0])
try:
    t[10]
except IndexError as e:
    print(e)
try:
    t[0] = 9
except TypeError as e:
    print(e)
try:
    t.index(99)
except ValueError as e:
    print(e)
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
x = 1, 2
y = x,
print(x, y, type(x).__name__, repr(((),)), str((1, 'a', None)))
d = {(1, 2): 'a', (3,): 'b'}
print(d[(1, 2)], d[3,])
print(hash(()) == hash(()), hash((1, 2, 3)), hash((-1,)), hash((1, (2, 3))))
