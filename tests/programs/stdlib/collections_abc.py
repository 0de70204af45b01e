# collections.abc: the ABCs, their mixin methods, isinstance of the built-in types
import collections
print(collections.abc.Iterable, collections.abc.KeysView({1: 2}))
from collections.abc import *
print(isinstance(collections.deque(), MutableSequence), isinstance(collections.OrderedDict(), MutableMapping))
print(issubclass(list, Sequence), issubclass(dict, Sequence), issubclass(str, Hashable), issubclass(set, Hashable))
print(isinstance(range(3), Reversible), isinstance(3, Iterable), isinstance(b"", ByteString), isinstance(frozenset(), Set))
class MySeq(Sequence):
    def __init__(self, *a): self.a = a
    def __getitem__(self, i): return self.a[i]
    def __len__(self): return len(self.a)
s = MySeq(1, 2, 3, 2)
print(list(s), 2 in s, list(reversed(s)), s.index(2), s.count(2), isinstance(s, Iterable), len(s))
class MySet(Set):
    def __init__(self, it=()): self.d = list(dict.fromkeys(it))
    def __iter__(self): return iter(self.d)
    def __contains__(self, x): return x in self.d
    def __len__(self): return len(self.d)
a = MySet([1, 2, 3]); b = MySet([2, 3, 4])
print(list(a & b), list(a | b), list(a - b), list(a ^ b), a <= b, a == MySet([3, 2, 1]), a.isdisjoint(b))
class Bad(Mapping): pass
try: Bad()
except TypeError as e: print(e)
print(Set.__abstractmethods__ == frozenset({'__iter__', '__contains__', '__len__'}), sorted(Sequence.__abstractmethods__))
print(isinstance(iter([]), Iterator), isinstance(iter({}), Iterator), isinstance((i for i in ()), Iterator), isinstance(print, Callable))
print(isinstance(MySeq, Callable), Iterable[int])
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(It(), Iterator), issubclass(It, Iterable))
from collections.abc import Iterable, Mapping, Sequence, MutableMapping, Callable, Iterator, Hashable, Sized, Container, Generator
print(isinstance([], Iterable), isinstance({}, Mapping), isinstance("s", Sequence), isinstance(iter([]), Iterator))
print(isinstance(len, Callable), isinstance(1, Hashable), isinstance([], Hashable), isinstance((x for x in []), Generator))
class M(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = M(); m["a"] = 1; m.update(b=2); print(dict(m), m.get("z"), "a" in m, list(m.items()), m.pop("a"), len(m))
import abc
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
try: Shape()
except TypeError as e: print(e)
