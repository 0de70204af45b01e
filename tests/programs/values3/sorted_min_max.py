people = [("ann", 31), ("bob", 25), ("cy", 31), ("dee", 19)]
print(sorted(people, key=lambda p: p[1]), sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: p[1]), max(3, 7, 5), min("b", "a", "c"))
print(max([], default=None), min([], default="empty"), max([2], default=0), max(iter([4, 9, 1])), min((x for x in [3, 1])))
print(max("apple", "fig", "kiwi", key=len), min(["xx", "y", "zz"], key=len), max([1, 3, 3.0, 2]), max([3.0, 3]))
print(sorted("hello"), sorted({3: "a", 1: "b"}), sorted([3, 1, 2], reverse=True), sorted(["B", "a", "C"]), sorted([], key=len))
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.casefold), sorted(words, key=len, reverse=True))
print(sum([1, 2, 3]), sum([[1], [2]], []), sum([0.5, 0.25], 10), sum(range(101)), sum([], 0.0), sum((1, 2), start=5))
print(any([]), all([]), any(x > 2 for x in [1, 3]), all(x for x in [1, 0]), any([0, "", None]), all("abc"))
for expr in ['max()', 'max(1)', 'min([], default=1, key=2)', 'max(1, 2, default=0)', 'max([1, "a"])', 'sorted(1)',
             'sum(["a", "b"], "")', 'sum([1, "a"])', 'sorted([1, 2], key=1)', 'min(1, 2, foo=3)', 'sorted([1], cmp=None)',
             'max([], key=len)', 'sum([[1]])', 'sum(1)', 'max(None)', 'sorted([{}, {}])', 'sum([b"a"], b"")']:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
