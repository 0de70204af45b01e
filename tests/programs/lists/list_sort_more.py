words = ['banana', 'Apple', 'cherry', 'date', 'Elder', 'fig']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), sorted(pairs, reverse=True))
l = [5, -3, 2, -8, 0]
l.sort(key=abs); print(l)
l.sort(reverse=True); print(l)
print(sorted([3.5, 1, 2.25, -1]), sorted(set([5, 1, 3])), sorted({'b': 1, 'a': 2}), sorted('hello'))
try:
    sorted([1, 'a', 2])
except TypeError as e:
    print(e)
try:
    [3, None, 1].sort()
except TypeError as e:
    print(e)
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'K{self.v}'
print(sorted([K(3), K(1), K(2)]), min(K(5), K(4)), max([K(1), K(9)]))
big = list(range(1000, 0, -1)); big.sort(); print(big[:5], big[-3:])
data = [(i % 7, i) for i in range(30)]
print(sorted(data, key=lambda t: t[0])[:10])
