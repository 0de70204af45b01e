d = {1: 'int', 1.0: 'float', True: 'bool'}
print(d, len(d))
d = {0: 'a', False: 'b', 0.0: 'c', -0.0: 'd'}
print(d)
d = {(1, 2): 1, frozenset([1, 2]): 2, 'x': 3, None: 4, 2.5: 5, -1: 6, -2: 7}
print(d[(1, 2)], d[frozenset([2, 1])], d[None], d[2.5], d[-1], d[-2])
class Key:
    def __init__(self, k): self.k = k
    def __hash__(self): return hash(self.k)
    def __eq__(self, o): return isinstance(o, Key) and self.k == o.k
    def __repr__(self): return f'Key({self.k!r})'
d = {Key(1): 'one', Key('a'): 'A'}
print(d[Key(1)], Key(1) in d, Key(2) in d, d)
class NoHash:
    __hash__ = None
try:
    {NoHash(): 1}
except TypeError as e:
    print(e)
class EqOnly:
    def __eq__(self, o): return True
try:
    hash(EqOnly())
except TypeError as e:
    print(e)
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(-2), hash(2**61 - 2), hash(-(2**61)), hash(10**30))
