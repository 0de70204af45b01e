pairs = [(1, "one"), (2, "two"), (3, "three")]
for number, name in pairs:
    print(number, name, end="; ")
print()
for i, (number, name) in enumerate(pairs, 1):
    print(i, number, name[0], end="; ")
print()
for first, *rest in ["abc", "de", "f"]:
    print(first, rest)
(a, b), c = [1, 2], 3
print(a, b, c)
[x, [y, z]] = "p", "qr"
print(x, y, z)
head, *middle, tail = range(6)
print(head, middle, tail)
*init, last = "hello"
print(init, last)
a, b = b, a
print(a, b)
first, second, *_ = 10, 20, 30, 40
print(first, second, _)
d = {"x": 1, "y": 2}
(k1, v1), (k2, v2) = d.items()
print(k1, v1, k2, v2)
k, = {"only": 1}
print(k)
for errcase in ["a, b = [1]", "a, b = [1, 2, 3]", "a, *b, c = [1]", "(a, b), c = [1, 2], 3, 4", "a, b = 7", "a, b = None", "[a] = []"]:
    try:
        exec(errcase)
    except (ValueError, TypeError) as e:
        print(f"{errcase:30} -> {type(e).__name__}: {e}")
print(*[1, 2], *"ab", sep="|")
print(dict(**{"a": 1}, b=2), [*range(3), *(4, 5)], {*"aab"} == {"a", "b"})
def f(a, b, *args, c=0, **kw):
    return a, b, args, c, kw
print(f(*[1, 2, 3], **{"c": 4, "d": 5}), f(1, *(2,), c=3))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(col) for col in zip(*matrix)])
