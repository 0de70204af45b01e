class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(c, c["z"], "z" in c, c.get("z"))

class LowerDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
ld = LowerDict()
ld["HeLLo"] = 1
print(ld, ld["HELLO"], ld.get("hello"), dict(ld))
ld.update({"ABC": 2})
print(ld)

class Default(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, key):
        value = self[key] = self.factory()
        return value
g = Default(list)
g["a"].append(1)
g["a"].append(2)
g["b"].append(3)
print(g, isinstance(g, dict), type(g).__name__)
from collections import defaultdict, OrderedDict, Counter as C2
dd = defaultdict(int)
for w in "a b a c b a".split():
    dd[w] += 1
print(dd, dict(dd), dd["zz"], len(dd))
od = OrderedDict(a=1, b=2)
od.move_to_end("a")
print(od, list(od))
print(C2("abracadabra").most_common(3))
class Attr(dict):
    __getattr__ = dict.__getitem__
a = Attr(x=5)
print(a.x)
try:
    a.y
except KeyError as e:
    print("KeyError", e)
