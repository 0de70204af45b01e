pairs = [(2, 'b'), (1, 'a'), (2, 'a'), (1, 'c'), (3, 'z'), (2, 'c')]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs))
print(sorted([3, 1.5, 2, -1, 0.0]))
data = list(range(100, 0, -7))
data.sort(key=lambda x: x % 10)
print(data)
try:
    sorted([1, 'a'])
except TypeError as e:
    print(e)
