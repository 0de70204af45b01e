import math
from collections import namedtuple, Counter, OrderedDict, defaultdict, deque
# namedtuple and Counter behaviour details
P = namedtuple("P", ["x", "y"], defaults=[0])
p = P(1)
print(p, P._field_defaults, P.__doc__, p._fields, P(*range(2)), P._make(iter([3, 4])), p.__class__.__name__, p.count(1), p.index(0))
print(P.x.__doc__, P(1, 2) + (3,), P(1, 2)[::-1], sorted([P(2, 1), P(1, 5)]), max(P(3, 1), P(3, 2)), dict(P(5, 6)._asdict()))
class Pt(P):
    __slots__ = ()
    @property
    def norm(self): return math.hypot(self.x, self.y)
    def __str__(self): return f"({self.x}, {self.y})"
print(Pt(3, 4).norm, str(Pt(3, 4)), repr(Pt(3, 4)), Pt._fields)
c = Counter("abracadabra")
print(c.most_common(3), c.most_common(0), c.most_common(-1) if False else "", sorted(c.elements())[:5], c["z"], "z" in c, len(c))
c2 = Counter(a=2, z=1)
print(c - c2, c2 - c, c & c2, c | c2, c + Counter(), c == Counter("abracadabra"), c.total(), Counter("aab") == Counter("aba"))
c.subtract("aaaaaaa"); print(c, +c, -c)
print(Counter({"x": 1.5, "y": -0.5}) + Counter(), Counter(a=1) >= Counter(), Counter(a=0) == Counter())
od = OrderedDict.fromkeys("abc", 0)
od["b"] = 5; od.move_to_end("a")
print(od, list(od.items()), od == OrderedDict([("b", 5), ("c", 0), ("a", 0)]), od.popitem(last=False), repr(OrderedDict()))
dd = defaultdict(lambda: [0])
dd["k"][0] += 1; print(dict(dd), dd.default_factory(), "missing" in dd, dd.get("missing"), len(dd))
q = deque(range(5), maxlen=3); print(q, q.maxlen, q.copy(), deque(q, maxlen=2), q * 2, q == deque([2, 3, 4]), q < deque([3]))
q.clear(); print(q, bool(q), repr(deque(maxlen=0)))
dz = deque(maxlen=0); dz.append(1); print(dz)
print(deque("abc").__reversed__().__class__.__name__ if False else list(reversed(deque("abc"))), deque([1, 2, 3])[1], deque([1, 2])[-1])
