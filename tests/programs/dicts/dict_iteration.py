d = {}
for i in range(10):
    d[i * 7 % 10] = i
print(d)
for k in d:
    if k % 2: d[k] = -d[k]
print(d)
try:
    for k in d:
        d[k + 100] = 1
except RuntimeError as e:
    print(e)
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(e)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']; d['b'] = 4
print(d, list(d.items()))
ks = d.keys()
d['z'] = 0
print(ks, len(ks), 'z' in ks, ks & {'a', 'q'}, sorted(ks | {'w'}), ks - {'a'} == {'b', 'c', 'z'})
print(d.values(), d.items(), ('a', 1) in d.items(), dict(d.items()) == d)
v = {k: v for k, v in sorted(d.items(), key=lambda kv: kv[1])}
print(v)
print({x: x ** 2 for x in range(5) if x != 2}, {(i, j): i * j for i in range(2) for j in range(2)})
