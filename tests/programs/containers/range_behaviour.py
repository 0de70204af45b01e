r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2:4], r[::-1], r[::2], 11 in r, 12 in r)
print(r.index(8), r.count(8), r.start, r.stop, r.step, range(5) == range(0, 5, 1), range(0) == range(2, 2))
print(list(range(5, 0, -1)), list(range(0, -10, -4)), list(range(3, 3)), len(range(10, 0)))
print(range(10**20)[-1], len(range(0, 10**20, 7)), 10**19 in range(10**20))
print(reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))))
print(hash(range(3)) == hash(range(0, 3)), range(1, 4)[1:], range(0, 10, 2)[1:3])
for bad in [lambda: range(1, 2, 0), lambda: range(1.5), lambda: range("3"), lambda: range(5)[10],
            lambda: range(5).index(7), lambda: range(), lambda: range(1, 2, 3, 4), lambda: range(5)["a"]]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(sum(range(101)), max(range(-5, 5)), sorted(range(3), reverse=True), tuple(range(2)))
print(list(enumerate(range(10, 13))), list(zip(range(3), range(10, 20))))
print(range(0, 10, 3) == range(0, 11, 3), bool(range(0)), bool(range(1)))
print(list(map(lambda i: i * i, range(5))), [i for i in range(10) if i % 3 == 0])
print(range(-3, 3)[::-2], len(range(-3, 3, 4)), range(5).__contains__(3))
try:
    len(range(2**64))
except OverflowError as e:
    print(e)
