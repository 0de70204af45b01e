# pprint: pformat of nested and wide data with width, indent, sort_dicts, depth, compact, and the pp/saferepr helpers
import pprint
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap
from dataclasses import dataclass, field
import types

data = {"name": "widget", "tags": ["a", "b", "c"] * 5, "dims": {"w": 10, "h": 20, "d": {"x": 1, "y": [1, 2, {"z": 3}]}}, "ok": True, "none": None, "f": 1.5}
print(pprint.pformat(data))
print(pprint.pformat(data, width=40))
print(pprint.pformat(data, width=40, indent=4))
print(pprint.pformat(data, sort_dicts=False))
print(pprint.pformat(data, depth=1))
print(pprint.pformat(data, depth=2, width=30))
print(pprint.pformat(list(range(40)), width=50))
print(pprint.pformat(list(range(40)), width=50, compact=True))
print(pprint.pformat([["x" * 10] * 3] * 3, width=30, compact=True))
print(pprint.pformat("a long string that needs to be wrapped across many lines because it is long " * 2, width=40))
print(pprint.pformat(["short", "a long string that needs to be wrapped across lines " * 2], width=40))
print(pprint.pformat(b"bytes value that is really quite long and should get split somewhere" * 2, width=40))
print(pprint.pformat(bytearray(b"abc" * 30), width=40))
print(pprint.pformat((1, (2, (3, (4, (5,))))), depth=3), pprint.pformat((1,)), pprint.pformat(()), pprint.pformat([]), pprint.pformat({}))
print(pprint.pformat(set(range(30)), width=40), pprint.pformat(frozenset([3, 1, 2])), pprint.pformat(set()), pprint.pformat(frozenset()))
print(pprint.pformat(OrderedDict((str(i), i) for i in range(8)), width=40))
dd = defaultdict(list, {"k%d" % i: [i] * i for i in range(6)})
print(pprint.pformat(dd, width=40))
print(pprint.pformat(Counter("abracadabra" * 3), width=30))
print(pprint.pformat(deque(range(20), maxlen=25), width=40), pprint.pformat(deque([1, 2])))
print(pprint.pformat(ChainMap({"a": 1, "b": list(range(12))}, {"c": 3}), width=40))
print(pprint.pformat(types.SimpleNamespace(alpha=1, beta=list(range(15)), gamma="g"), width=40))
@dataclass
class Point:
    x: int
    y: int
    label: str = "p"
    hidden: list = field(default_factory=list, repr=False)
@dataclass
class Poly:
    name: str
    points: list
print(pprint.pformat(Poly("tri", [Point(0, 0), Point(10, 0), Point(5, 8, "top")]), width=40))
print(pprint.pformat([Point(1, 2)] * 2, width=20))
cyc = [1, 2]; cyc.append(cyc)
d2 = {"self": None}; d2["self"] = d2
import re
noid = lambda text: re.sub(r"id=\d+", "id=N", text)
print(noid(pprint.pformat(cyc)), noid(pprint.pformat(d2)), noid(pprint.saferepr(cyc)), pprint.isrecursive(cyc), pprint.isreadable(cyc), pprint.isreadable([1, "a"]))
print(pprint.pformat({3: "c", 1: "a", "b": 2, (1, 2): None}, width=20) if False else pprint.pformat({3: "c", 1: "a", 2: "b"}))
print(pprint.pformat({"b": 1, "a": 2, "c": {"z": 0, "y": 1}}, sort_dicts=True, width=20))
print(pprint.pformat([{"id": i, "vals": list(range(i))} for i in range(5)], width=35))
print(pprint.pformat({"key": "value " * 20}, width=50))
print(pprint.pformat(list(range(10)), width=1), pprint.pformat("", width=1))
print(pprint.pformat(range(10)), pprint.pformat({"x": range(3)}), pprint.pformat([1.0, 2.5e100, float("nan"), -0.0, 10**30]))
print(pprint.pformat(["underscore_numbers", 1234567, 1.5], underscore_numbers=True), pprint.pformat(12345678, underscore_numbers=True))
pprint.pprint({"z": 1, "a": [1, 2, 3]}, width=10)
pprint.pp({"z": 1, "a": [1, 2, 3]}, width=10)
pprint.pprint(list("abcdefghij"), width=20, compact=True)
pp = pprint.PrettyPrinter(indent=2, width=30, depth=2)
pp.pprint({"a": {"b": {"c": {"d": 1}}}, "e": [1, [2, [3]]]})
print(pp.pformat(["x" * 20, "y" * 20]), pp.isreadable({"a": 1}))
class Rep:
    def __repr__(self):
        return "Rep(\n)"
print(pprint.pformat([Rep(), Rep()], width=10))
nested = {"level1": {"level2": {"level3": {"level4": list(range(5))}}}}
for w in (80, 30, 20, 10):
    print(w, pprint.pformat(nested, width=w))
print(pprint.pformat(("tuple", "with", "several", "items", "that", "wrap", "around"), width=30))
print(pprint.pformat({"mixed": [1, "two", 3.0, None, True, b"six", (7,), {8}]}, width=30))
