r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], 5 in r, 6 in r, r.index(8), r.count(11))
print(range(5) == range(0, 5), range(0) == range(2, 2), list(range(10, 0, -2)), list(range(-3)), len(range(0, 100, 7)))
print(range(10)[2:8:2], range(10)[-1:0:-3], list(range(10)[::4]), repr(range(1, 2, 1)), range(3)[:])
print(sum(range(1, 1001)), max(range(7)), sorted(range(5, 0, -1)), reversed(range(3)).__class__.__name__)
big = range(10**18)
print(len(big), big[-1], 10**17 in big, big[10**17])
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    range(5)[10]
except IndexError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
try:
    range(5).index(10)
except ValueError as e:
    print(e)
print(hash(range(3)) == hash(range(3)), range(0, 3).start, range(0, 3).stop, range(0, 3).step)
