# Slicing a range gives a range, whose bounds are those CPython computes.
r = range(1, 15, 2)
for s in [slice(-1, 100, 2), slice(-2, -1, -1), slice(100, -10, -2), slice(-100, 1, 2),
          slice(10, 3, 2), slice(3, -10, None), slice(None, None, -1), slice(100, 0),
          slice(2, 0, 3), slice(0, 10, 2), slice(None, None, 3)]:
    sub = r[s]
    print(f"{s} -> {sub!r:22} {list(sub)}")
print(range(10)[::-1], range(0)[::2], range(10, 0, -3)[1:], range(-5, 5)[::-4])
print(range(10)[2:8][1:3], len(range(10)[::3]), range(10)[::3] == range(0, 10, 3))
print(range(3)[-1:], range(3)[5:], range(0, 20, 5)[-2:-1])
