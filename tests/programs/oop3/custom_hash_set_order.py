class H:
    def __init__(self, h, name):
        self.h, self.name = h, name
    def __hash__(self):
        return self.h
    def __eq__(self, o):
        return isinstance(o, H) and self.name == o.name
    def __repr__(self):
        return self.name
s = {H(h, f"n{h}") for h in [33, 1, 17, 8, 64, -5, 2**61, 9]}
print(s)
s.discard(H(17, "n17"))
s.add(H(1, "collide"))
print(s)
print({H(5, "a"), H(5, "b"), H(5, "a")})
d = {H(3, "x"): 1, H(3, "y"): 2}
print(d, d[H(3, "y")])
fs = frozenset({H(7, "q"), H(0, "z")})
print(fs, hash(fs) == hash(frozenset({H(0, "z"), H(7, "q")})))
print({1.5, 2, 3.0, -1, True, 10**20})
print({(1, 2), (2, 1), (0,)} == {(0,), (2, 1), (1, 2)})
big = set(range(100, 0, -7))
print(big)
big -= set(range(0, 100, 3))
print(big, sorted(big) == sorted(list(big)))
print({x % 13 for x in range(40, 0, -3)})
