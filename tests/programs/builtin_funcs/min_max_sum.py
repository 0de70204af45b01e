print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a", key=str.upper))
print(max([1, -5, 3], key=abs), min([], default="empty"), max((), default=None), max([2], default=0))
print(min([(1, "b"), (1, "a")]), max({3: "x", 7: "y"}), max(range(5), key=lambda x: -x))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 3), sum([[1], [2]], []), sum(((1,), (2,)), ()))
print(sum(range(10), start=5), sum([True, True]), sum([1.5, 2, 3j]))
errors = [
    lambda: min([]),
    lambda: max(()),
    lambda: min(),
    lambda: max(1),
    lambda: min(1, 2, default=0),
    lambda: sum(["a", "b"], ""),
    lambda: sum([b"a"], b""),
    lambda: sum([1, "a"]),
    lambda: max([1, "a"]),
    lambda: min(3, key=abs),
    lambda: max([1], bogus=1),
    lambda: sum(),
    lambda: sum(5),
]
for e in errors:
    try:
        print(e())
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)
print(max([3, 3.0]), max([3.0, 3]), min([0, False]), min([False, 0]))
print(max("apple", "Banana"), max(["apple", "Banana"], key=str.lower))
