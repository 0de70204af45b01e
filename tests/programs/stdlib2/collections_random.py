# collections (deque maxlen/rotate, ChainMap, Counter arithmetic, OrderedDict, defaultdict repr, namedtuple) and random with a seed (CPython's exact numbers)
from collections import deque, ChainMap, Counter, OrderedDict, defaultdict, namedtuple, UserDict, UserList, UserString
import random

d = deque([1, 2, 3], maxlen=5)
d.extend([4, 5, 6])
print(d, repr(d), d.maxlen, len(d))
d.appendleft(0); print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.extendleft("ab"); print(d)
print(d.pop(), d.popleft(), d, d.count(3), d.index(3), d[0], d[-1], 3 in d, list(reversed(d)))
d.remove(3); d.insert(1, 9); print(d, d * 2 if d.maxlen is None else "", d + deque([7]), deque(range(3)) == deque([0, 1, 2]), deque([1]) < deque([2]))
e = deque(maxlen=0); e.append(1); print(e, deque(), deque("abc", 2), deque(maxlen=3).maxlen)
try:
    deque([1, 2], maxlen=2).insert(0, 5)
except IndexError as e:
    print("IndexError", e)
try:
    deque().pop()
except IndexError as e:
    print("IndexError", e)
try:
    deque([1]).index(5)
except ValueError as e:
    print("ValueError", e)
dd = deque(range(10)); del dd[3]; dd[0] = 99; print(dd, dd.copy(), deque(range(5), maxlen=3).copy())
dd.clear(); dd.rotate(5); print(dd)
last3 = deque(maxlen=3)
for line in ["a", "b", "c", "d", "e"]:
    last3.append(line)
print(list(last3))

defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cm = ChainMap({}, env, defaults)
print(cm["color"], cm["user"], len(cm), sorted(cm), cm.get("x", 0), "color" in cm, repr(ChainMap({"a": 1}, {"b": 2})))
cm["color"] = "blue"; print(cm.maps[0], defaults["color"], dict(cm) == {"color": "blue", "user": "admin"})
child = cm.new_child({"z": 26}); print(child["z"], child.parents.maps == cm.maps, len(child.maps), repr(ChainMap()))
del cm["color"]
try:
    del cm["user"]
except KeyError as e:
    print("KeyError", e)
print(list(ChainMap({"a": 1, "b": 2}, {"b": 3, "c": 4})), ChainMap({"a": 1}) | {"b": 2}, cm.pop("nope", "dflt"))

c = Counter("abracadabra")
print(c, c.most_common(2), c["z"], sorted(c.elements()), c.total(), repr(Counter()), Counter(a=3, b=-1))
c2 = Counter(a=1, b=5, z=2)
print(c + c2, c - c2, c & c2, c | c2, -Counter(a=-2, b=3), +Counter(a=-2, b=3), c2 - Counter(z=5))
c.update("aaz"); c.subtract(b=10); print(c, c.most_common()[-1])
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter("hello") >= Counter("l"), Counter({"x": 2}).most_common(0))
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(3), sum(Counter(words).values()), dict(Counter(words)), Counter(words)["the"])
cc = Counter(a=2, b=0, c=-1); print(+cc, cc, list(cc.items()))
cc.clear(); print(cc)

od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a"); print(od, list(od))
od.move_to_end("c", last=False); print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
print(repr(OrderedDict()), OrderedDict([("x", [1])]), list(reversed(OrderedDict(a=1, b=2))), OrderedDict(a=1) | {"b": 2})
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)

ddict = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    ddict[k].append(v)
print(ddict, repr(defaultdict(int)), defaultdict(None, {1: 2}), ddict["missing"], dict(ddict))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts.default_factory, defaultdict(lambda: "n/a").default_factory is not None)
nested = defaultdict(lambda: defaultdict(int)); nested["x"]["y"] += 1; print(dict(nested["x"]))
try:
    defaultdict(None)["k"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError", e)
print(repr(defaultdict(list, a=[1])), defaultdict(set).copy(), type(defaultdict(int) | {"a": 1}).__name__)

Point = namedtuple("Point", "x y")
P3 = namedtuple("P3", ["x", "y", "z"], defaults=[0])
p = Point(1, 2)
print(p, p._asdict(), Point._make([3, 4]), p._replace(x=9), Point._fields, P3(1, 2), P3._field_defaults, p.x + p.y, Point.__name__, Point.__doc__)
Bad = namedtuple("Bad", ["def", "x", "x", "_y"], rename=True); print(Bad._fields)
for bad in [lambda: namedtuple("N", ["def"]), lambda: namedtuple("N", ["a", "a"]), lambda: namedtuple("N", ["_a"]), lambda: Point(1), lambda: Point(1, 2, 3), lambda: p._replace(w=1), lambda: Point._make([1])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
x, y = p; print(x, y, p == (1, 2), hash(p) == hash((1, 2)), repr(Point(x="a", y=[1])), Point._field_defaults)

class Registry(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
r = Registry(A=1); r["B"] = 2; print(r, r.data, "a" in r, repr(UserList([1, 2])), UserString("ab") + "c", UserList([3, 1, 2]).sort() or "")

random.seed(12345)
print(random.random(), random.randint(1, 100), random.randrange(0, 100, 5), random.choice("abcdef"), random.uniform(1, 2))
print(random.choices(["red", "green", "blue"], weights=[10, 5, 1], k=8))
print(random.choices(range(5), cum_weights=[1, 2, 3, 4, 10], k=5), random.choices("xy", k=3))
print(random.sample(range(100), 6), random.sample(["a", "b", "c", "d"], k=4), random.sample("abcdefg", 3))
deck = list(range(12)); random.shuffle(deck); print(deck)
print(random.getrandbits(1), random.getrandbits(8), random.getrandbits(64), random.getrandbits(100), random.randrange(10**20), random.randbytes(4).hex())
print(random.gauss(0, 1), random.normalvariate(10, 2), random.expovariate(1.5), random.triangular(0, 10, 3), random.betavariate(2, 3), random.paretovariate(2))
print(random.lognormvariate(0, 1), random.vonmisesvariate(1, 1), random.gammavariate(2, 2), random.weibullvariate(1, 1.5), random.randint(-5, 5))
r1 = random.Random(42); r2 = random.Random(42)
print([r1.randint(0, 9) for _ in range(10)] == [r2.randint(0, 9) for _ in range(10)], r1.random())
state = r1.getstate(); a = r1.random(); r1.setstate(state); print(a == r1.random())
random.seed("text seed"); print(random.random())
random.seed(b"bytes"); print(random.random())
random.seed(3.5) if False else random.seed(0); print(random.random(), random.sample(range(10), k=3, counts=None) if False else "")
random.seed(7); print(random.sample(["x", "y"], counts=[3, 2], k=4), random.binomialvariate(10, 0.5) if hasattr(random, "binomialvariate") else "")
for bad in [lambda: random.choice([]), lambda: random.sample([1, 2], 3), lambda: random.randrange(0), lambda: random.randrange(5, 1), lambda: random.randint(3, 1), lambda: random.choices([1], weights=[1, 2]), lambda: random.getrandbits(-1), lambda: random.randrange(1.5)]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
random.seed(99)
print([round(random.random(), 6) for _ in range(3)], random.randrange(1, 2), random.randrange(-10, 10, 3), random.choice(range(1000)), random.randint(10**30, 10**31))
