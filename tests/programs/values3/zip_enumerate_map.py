names = ["a", "b", "c"]
ages = [1, 2, 3]
print(list(zip(names, ages)), list(zip(names, ages, "xyz")), list(zip()), list(zip("ab", range(5))), list(zip(*[(1, 2), (3, 4)])))
print(list(zip(names, ages, strict=True)))
for args in [(names, [1]), ([1], names), ([1, 2], [1, 2], [1])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
print(list(enumerate("abc")), list(enumerate("abc", start=10)), list(enumerate([], 5)), dict(enumerate("xy", -1)))
print(list(map(str.upper, "abc")), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(lambda n: n % 2, range(7))), list(filter(str.isdigit, "a1b2")))
e = enumerate("ab")
print(next(e), next(e), next(e, "done"), iter(e) is e)
z = zip([1, 2], [3])
print(next(z), next(z, None))
m = map(int, ["1", "x", "3"])
print(next(m))
try:
    next(m)
except ValueError as err:
    print("ValueError:", err)
print(next(m))
print(list(reversed(range(3))), list(reversed("abc")), list(reversed((1, 2))), list(iter([1, 2].pop, 1)))
calls = iter(lambda: len(names) and names.pop(), 0)
print(list(calls), names)
for expr in ['zip(1)', 'zip([1], 2)', 'enumerate(5)', 'enumerate([], "1")', 'map(len)', 'map()', 'filter(None)',
             'list(map(len, [1]))', 'reversed(5)', 'reversed({1})', 'next([1])', 'iter(5)', 'iter(len, 1, 2)',
             'zip([1], strict=1, other=2)', 'enumerate(x=1)', 'list(zip([1, 2], strict=True))']:
    try:
        print(expr, "=", eval(expr))
    except Exception as err:
        print(expr, "->", type(err).__name__ + ":", err)
