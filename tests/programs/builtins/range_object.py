r = range(1, 20, 3)
print(r, len(r), r[0], r[-1], r[2:4], list(r[::2]), 7 in r, 8 in r, r.index(10), r.count(4))
print(list(range(0)), list(range(-3)), list(range(10, 0, -3)), range(5) == range(0, 5), range(0) == range(3, 3))
print(list(reversed(range(1, 10, 2))), sum(range(1000000)))
big = range(10 ** 20)
print(len(range(0, 10 ** 18, 7)), big[10 ** 19], 10 ** 19 in big)
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
