d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d['d'] = 4
print(len(k), list(v), ('a', 1) in it, 'b' in k)
print(k & {'a', 'z'}, sorted(k | {'x'}), sorted(k - {'a'}), k == {'a', 'b', 'c', 'd'})
for key, value in d.items():
    print(key, value)
try:
    for key in d:
        d['new'] = 1
except RuntimeError as e:
    print(e)
