t = (1, "two", 3.0, [4])
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], t.count(1), t.index("two"))
print((), (1,), (1), tuple(), tuple("ab"), tuple([1, 2]), tuple(range(3)), tuple({"k": 1}))
t[3].append(5)
print(t)
try:
    t[0] = 9
except TypeError as e:
    print(e)
try:
    hash(t)
except TypeError as e:
    print(e)
print(hash((1, 2)) == hash((1, 2)), (1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0))
print((1, 2) + (3,), (1,) * 3, 2 * (0, 1), () + (), (1, 2) * 0)
try:
    (1, 2).index(5)
except ValueError as e:
    print(e)
try:
    (1, 2) + [3]
except TypeError as e:
    print(e)
a, b, *rest = (1, 2, 3, 4)
print(a, b, rest)
*init, last = "hello"
print(init, last)
first, *_, final = range(10)
print(first, final)
(x, y), z = (1, 2), 3
print(x, y, z)
for bad in [lambda: [(p, q) for p, q in [(1, 2, 3)]], lambda: [(p, q, r) for p, q, r in [(1, 2)]]]:
    try:
        bad()
    except ValueError as e:
        print(e)
try:
    m, n = 5
except TypeError as e:
    print(e)
try:
    m, n = "abc"
except ValueError as e:
    print(e)
try:
    h, *i, j = [1]
except ValueError as e:
    print(e)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), (1, 2) in nested, 4 in nested)
print(max((1, "b"), (1, "a")), sorted([(2, 1), (1, 2), (1, 1)]))
print(tuple.__len__((1, 2)), (1, 2).__getitem__(0), isinstance((), tuple))
print(repr((1,)), repr(("a",)), str((None, True)), ((),), ((), ()))
