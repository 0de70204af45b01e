print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(1 == 1.0 == True, 0 == -0.0, 2**53 == 2.0**53, 2**53 + 1 == 2.0**53, 10**400 == float("inf"))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
s = {0, 0.0, False, -0.0}
print(s, len(s))
print({1, 2} == {2.0, 1.0}, {1.5: 1} == {1.5: 1}, [1, 2] == [1.0, 2.0], (1,) == (True,))
print(hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(10**30) == hash(10**30 % (2**61 - 1)))
print(hash(0.5), hash(1.5), hash(float("inf")), hash(-float("inf")), hash(1e100) == hash(int(1e100)))
print(hash(()) == hash(()), hash((1, 2)) == hash((1.0, 2.0)), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(hash("") , hash(b"") , hash(None) == hash(None), hash(3 + 0j) == hash(3))
print(1 < 1.5 < 2, 10**20 < 1e21, 10**400 > 1e308, -10**400 < -1e308, 2**1000 > float("inf"))
print(True < 2, False == 0, True is not 1 if False else "skip", sorted([3, True, 2.5, False, -1]))
print(max([1, 1.0]), max([1.0, 1]), min([True, 1]), sorted([1.0, 1, True]), [1, 1.0, True].index(True))
for v in [[], {}, set(), bytearray()]:
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
class Pt:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return isinstance(o, Pt) and self.x == o.x
try:
    print({Pt(1)})
except TypeError as e:
    print("TypeError:", e)
print(Pt.__hash__)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    print((1, [2]) in {(1, 2)})
except TypeError as e:
    print("TypeError:", e)
