# collections: OrderedDict views (odict_keys...), reprs of objects that hold themselves
from collections import OrderedDict, ChainMap
od = OrderedDict(a=1, b=2)
k = od.keys()
print(k == {'a','b'}, k & {'a'}, len(k), 'a' in k, list(reversed(od.values())), list(reversed(od.items())), list(reversed(k)))
print(od.items() == {('a',1),('b',2)}, ('a', 1) in od.items(), 1 in od.values())
e = OrderedDict(); print(e.keys(), e.values(), e.items())
c = ChainMap(); c['me'] = c; print(c)
k2 = od.keys(); od['z'] = 3; print(k2, k2 | {'q'} == {'a', 'b', 'z', 'q'})
rec = OrderedDict(); rec['self'] = rec; rec['other'] = OrderedDict(x=rec); print(rec)
for key, value in od.items(): print(key, value, end='; ')
print(sorted(od.values()), max(od.keys()))
import pprint
pprint.pprint(OrderedDict((str(i) * 10, i) for i in range(8)))

# the other types' reprs and small operations
from collections import defaultdict, Counter, namedtuple, deque
od = OrderedDict(a=1, b=2)
print(od.keys(), od.values(), od.items(), list(reversed(od)), list(reversed(od.keys())))
print(repr(od), str(od), od == OrderedDict(b=2, a=1), dict(od) == od)
od2 = OrderedDict([('x', od)]); print(od2)
od.setdefault('c', 3); od.update(d=4); print(od, od.pop('a'), od)
rec = OrderedDict(); rec['self'] = rec; print(rec)
dd = defaultdict(list); dd['a'].append(dd); print(dd)
c = Counter(a=1); c2 = Counter(c); print(c2, Counter('hello').most_common(1), Counter().most_common())
print(Counter(a=2.5, b=1) + Counter(a=0.5), Counter({'x': 0}) == Counter(), Counter(a=1) != Counter(a=2))
cm = ChainMap({'a': 1}); print(cm.maps, dict(cm), cm == {'a': 1})
import functools
print(functools.reduce.__name__, functools.partial.__name__, functools.lru_cache.__name__)
print(OrderedDict.fromkeys('ab'), Counter('aab') - Counter('a'), sorted(Counter('abcab').elements()))
print(type(od.keys()).__name__, type(od.values()).__name__, type(od.items()).__name__)
