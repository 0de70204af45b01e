d = {1: 'int', 1.0: 'float?', True: 'bool?', (1, 2): 'tuple', None: 'none', 'k': 'str', frozenset([1]): 'fs'}
print(d)
print(d[1], d[(1, 2)], d[None], d[frozenset({1})])
try:
    d[[1]] = 0
except TypeError as e:
    print(e)
print(hash(1) == hash(1.0) == hash(True), hash(0.5) == hash(0.5), hash(-1), hash(-2))
