# itertools objects are of classes named as CPython's: type(), isinstance(), repr, subclassing, and their argument errors
import itertools as it
makers = [lambda: it.cycle('ab'), lambda: it.accumulate([1, 2]), lambda: it.compress('ab', [1, 0]),
          lambda: it.dropwhile(bool, []), lambda: it.takewhile(bool, []), lambda: it.filterfalse(None, []),
          lambda: it.islice('abc', 2), lambda: it.starmap(pow, []), lambda: it.zip_longest('a'),
          lambda: it.product('ab'), lambda: it.permutations('ab'), lambda: it.combinations('ab', 1),
          lambda: it.combinations_with_replacement('ab', 1), lambda: it.pairwise('ab'),
          lambda: it.chain('a', 'b'), lambda: it.chain.from_iterable(['ab']),
          lambda: it.count(), lambda: it.repeat(1, 2)]
for make in makers:
    obj = make()
    kind = type(obj)
    print(kind, kind.__name__, kind.__qualname__, kind.__module__, isinstance(obj, kind),
          repr(obj).split(' at ')[0], iter(obj) is obj, list(it.islice(obj, 3)))
class MyChain(it.chain):
    pass
m = MyChain([1], [2])
print(type(m).__name__, list(m), isinstance(m, it.chain))
class Pairs(it.pairwise):
    def __init__(self, items):
        self.source = items
p = Pairs('abc')
print(p.source, list(p))
for bad in [lambda: it.chain(x=1), lambda: it.cycle(), lambda: it.islice([]), lambda: it.pairwise(1),
            lambda: it.combinations('ab', -1), lambda: it.product(repeat=-1), lambda: it.accumulate()]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(it.cycle.__doc__ is None or isinstance(it.cycle.__doc__, str))
groups = it.groupby('aabbbc')
key, group = next(groups)
print(type(groups), type(group), repr(group).split(' at ')[0], key, list(group),
      [(k, len(list(g))) for k, g in groups])
