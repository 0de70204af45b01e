print(hash(42), hash(-1), hash(0), hash(True), hash(2**61), hash(1.0), hash(0.5), hash(-0.5))
print(hash(()), hash((1, 2)) == hash((1, 2)), hash(None) == hash(None), hash(frozenset()) == hash(frozenset()))
print(hash("abc") == hash("abc"), hash(b"abc") == hash(b"abc"))
for bad in ([], {}, set(), bytearray(b"x")):
    try:
        hash(bad)
    except TypeError as e:
        print(e)
class H:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, H) and o.v == self.v
class HH(H):
    def __hash__(self):
        return hash(self.v)
try:
    hash(H(1))
except TypeError as e:
    print(e)
print(hash(HH(5)) == hash(5), {HH(1), HH(1), HH(2)}.__len__())
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(e)
class BigHash:
    def __hash__(self):
        return 2**100
print(hash(BigHash()) == hash(2**100))
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), a is b, isinstance(id(a), int))
print(repr(1), repr("a'b"), repr([1, "x", None]), repr({"k": 1.5}), repr((1,)), repr(set()), repr(b"\x00a"))
print(repr(1e-7), repr(1e16), repr(float("-inf")), repr(-0.0), repr(2j), repr(1 + 0j), repr(complex(-0.0, -1)))
class R:
    def __repr__(self):
        return "R()"
print(repr(R()), str(R()), [R()], f"{R()}", "%r" % R(), ascii([R(), "é"]))
l = [1]
l.append(l)
print(l, repr(l))
d = {}
d["self"] = d
print(d)
