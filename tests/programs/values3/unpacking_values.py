first, *middle, last = "python"
print(first, middle, last)
(a, b), c = "xy", 3
print(a, b, c)
head, *tail = range(5)
print(head, tail, type(tail).__name__)
*init, end = (1,)
print(init, end)
merged = [*range(3), *"ab", *{"k": 1}]
print(merged, (*merged[:2],), {*"aab"} == {"a", "b"}, {**{"a": 1}, "b": 2, **dict(c=3)})
def stats(*nums, precision=2, **extra):
    return round(sum(nums) / len(nums), precision), extra
print(stats(1, 2, 4), stats(*[1, 2], precision=0, unit="cm"), stats(*range(10), **{"precision": 1}))
for x, (y, z) in [(1, (2, 3)), (4, (5, 6))]:
    print(x + y + z, end=" ")
print()
pairs = dict([("a", 1), ("b", 2)])
for i, (k, v) in enumerate(sorted(pairs.items()), 1):
    print(i, k, v)
swap_a, swap_b = 1, 2
swap_a, swap_b = swap_b, swap_a
print(swap_a, swap_b)
for bad in ["a, b = 1, 2, 3", "a, b, c = 'xy'", "a, *b, c, d = [1, 2]", "(a, b), c = [1, 2], 3", "a, = []", "x, y = None"]:
    try:
        exec(bad)
    except (ValueError, TypeError) as e:
        print(f"{bad!r}: {type(e).__name__}: {e}")
