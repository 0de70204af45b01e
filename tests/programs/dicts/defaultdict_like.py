class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in 'mississippi':
    c[ch] = c[ch] + 1
print(sorted(c.items()))
class D(dict):
    pass
d = D(a=1)
d['b'] = 2
print(d, isinstance(d, dict), type(d).__name__, len(d))
