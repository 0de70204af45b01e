# copy: classes and functions are atomic, __copy__/__deepcopy__, cycles, slots, collections types
import copy, weakref
class A:
    def __init__(self): self.l = [1, [2]]; self.f = len; self.t = A
a = A(); b = copy.deepcopy(a); c = copy.copy(a)
print(b.l == a.l, b.l is a.l, b.f is len, b.t is A, c.l is a.l)
class WithCopy:
    def __init__(self, v): self.v = v
    def __copy__(self): print("copy called"); return WithCopy(self.v)
    def __deepcopy__(self, memo): print("deepcopy called"); return WithCopy(copy.deepcopy(self.v, memo))
copy.copy(WithCopy(1)); copy.deepcopy(WithCopy([1]))
l = [1]; l.append(l); m = copy.deepcopy(l); print(m[1] is m, m is not l)
d = {"k": [1, 2]}; e = copy.deepcopy(d); e["k"].append(3); print(d, e)
print(copy.deepcopy((1, [2])), copy.deepcopy(frozenset({1})), copy.copy({1, 2}), copy.deepcopy(property(lambda s: 1)) is not None)
class S:
    __slots__ = ("x", "y")
    def __init__(self): self.x = [1]
s2 = copy.deepcopy(S()); print(s2.x, hasattr(s2, "y"))
import collections
print(copy.deepcopy(collections.OrderedDict(a=[1])), copy.copy(collections.Counter("aab")), copy.deepcopy(collections.deque([1, [2]])), copy.deepcopy(collections.defaultdict(list, a=[1])))
print(copy.deepcopy(collections.namedtuple("P", "x y")(1, [2])))
