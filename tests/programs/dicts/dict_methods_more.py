d = dict(a=1, b=2)
print(d, dict([('x', 1), ('y', 2)]), dict({'z': 0}, w=9), dict(zip('abc', range(3))), dict.fromkeys([1, 2], 0))
print(d.get('a'), d.get('q'), d.get('q', 'def'), d.setdefault('c', 3), d.setdefault('a', 99), d)
print(d.pop('c'), d.pop('q', None), d.popitem(), d)
d.update({'m': 1}, n=2); d.update([('o', 3)]); print(d)
print(list(d.keys()), list(d.values()), list(d.items()), len(d), 'm' in d, 1 in d)
c = d.copy(); c['new'] = 1; print(d, c)
print(d == {'a': 1, 'm': 1, 'n': 2, 'o': 3}, {1: 2} != {1: 3}, d | {'z': 26}, {'a': 1} | {'a': 2})
d |= {'p': 0}; print(d)
try:
    d['missing']
except KeyError as e:
    print('KeyError', e)
try:
    d.pop('missing')
except KeyError as e:
    print('KeyError', e)
try:
    {}.popitem()
except KeyError as e:
    print('KeyError', e)
try:
    {[1]: 2}
except TypeError as e:
    print(e)
try:
    dict([1, 2])
except TypeError as e:
    print(e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(e)
del d['a']; print(d)
try:
    del d['a']
except KeyError as e:
    print('KeyError', e)
print(sorted(d), reversed(list(d)).__class__.__name__, list(reversed(d)), list(reversed(d.items())))
d.clear(); print(d)
