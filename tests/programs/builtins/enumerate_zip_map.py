for i, ch in enumerate('abc', start=10):
    print(i, ch)
print(list(zip('abc', range(3), [True, False, None])))
try:
    list(zip('ab', 'abc', strict=True))
except ValueError as e:
    print(e)
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print(list(map(pow, [2, 3], [3, 2])))
e = enumerate(['x', 'y'])
print(next(e), next(e))
