import functools

@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return "Version(%r)" % ".".join(map(str, self.parts))
    __hash__ = None

vs = [Version("1.10"), Version("1.2"), Version("1.2.1"), Version("0.9")]
print(sorted(vs))
print(max(vs), min(vs))
print(Version("1.0") <= Version("1.0"), Version("2.0") > Version("1.9"), Version("1.0") >= Version("1.1"))
print(Version("1.0") == "1.0", Version("1.0") != "1.0")
try:
    Version("1.0") < 3
except TypeError as e:
    print("TypeError:", e)
try:
    hash(Version("1"))
except TypeError as e:
    print("TypeError:", e)

class Loose:
    def __eq__(self, other):
        print("Loose.__eq__")
        return NotImplemented
print(Loose() == Loose())
l = Loose()
print(l == l)
print(l != 5)

class Weird:
    def __lt__(self, other):
        return "yes"
print(Weird() < 1)
print(1 > Weird())
try:
    Weird() > 1
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([Weird(), 1, Weird()])
except TypeError as e:
    print("TypeError:", e)
