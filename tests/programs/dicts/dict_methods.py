d = {'a': 1, 'b': 2}
d['c'] = 3
print(d, len(d), d['a'], d.get('z'), d.get('z', 0), 'a' in d, 'z' not in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop('b'), d.pop('zz', 'dflt'), d)
print(d.setdefault('a', 100), d.setdefault('n', []), d)
d.update({'x': 9}, y=10); d.update([('p', 1)]); print(d)
print(d.popitem(), d)
c = d.copy(); c.clear(); print(c, d)
print(dict.fromkeys('abc', 0), dict(a=1, b=2), dict([('k', 'v')]), dict(zip('xy', [1, 2])))
print({**d, 'q': 0}, d | {'new': 1})
e = {'a': 1}; e |= {'b': 2}; print(e)
try:
    d['missing']
except KeyError as ex:
    print('KeyError', ex)
try:
    {}.popitem()
except KeyError as ex:
    print(ex)
