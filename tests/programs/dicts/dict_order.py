d = {}
for k in ['z', 'a', 'm', 'b']:
    d[k] = len(d)
print(d)
del d['a']
d['a'] = 99
print(d)
d['z'] = -1
print(list(d))
print(list(reversed(d)), list(reversed(d.items())))
numbers = {n: n * n for n in [5, 3, 8, 1]}
print(numbers, sorted(numbers), max(numbers, key=numbers.get))
