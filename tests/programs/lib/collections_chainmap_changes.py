# ChainMap: the operators and the changes that go to the first mapping,
# new chains made from one, and the KeyErrors told as the chain's own
from collections import ChainMap, OrderedDict
import types


class Chain(ChainMap):
    pass


def attempt(label, action):
    try:
        print(label, action())
    except KeyError as e:
        # the first mapping's own KeyError stays the context
        print(label, 'KeyError', e, '| context:', repr(e.__context__),
              e.__suppress_context__, e.__cause__)


front, middle, back = {'a': 1}, {'b': 2, 'a': 20}, {'c': 3, 'b': 30, 'a': 300}
chain = Chain(front, middle, back)

# | keeps the class and copies only the first mapping
union = chain | {'z': 26, 'b': -2}
print(type(union).__name__, union.maps, union.maps[1] is middle, front)
print({'q': 0, 'c': -3, 'a': -1} | chain)
print(type({'q': 0} | chain).__name__, list(({'c': 0, 'x': 1} | chain).items()))
print(OrderedDict(z=1) | chain, chain.__or__([1]), chain.__ror__(5))
chain |= {'d': 4}
chain |= [('e', 5)]
print(front, chain['d'], chain['e'])

# the changes go to the first mapping only
chain['b'] = 'new'
print(front, middle['b'], chain['b'])
del chain['b']
print(chain['b'], front)
attempt('del a key of a later mapping', lambda: chain.__delitem__('c'))
attempt('pop a key of a later mapping', lambda: chain.pop('c'))
print(chain.pop('c', 'default'), chain.pop('a'), chain.pop('a', None), chain['a'])
print(chain.popitem(), chain.popitem(), front)
attempt('popitem from an empty first mapping', lambda: chain.popitem())
chain['x'] = 1
chain.clear()
print(chain.maps, len(chain))

# new_child: keyword arguments go into m (or are the new front dict)
m = {'k': 0}
child = chain.new_child(m, k=1, j=2)
print(child.maps[0] is m, m, type(child).__name__, child.parents.maps == chain.maps)
print(chain.new_child(types.MappingProxyType({'ro': 1})).maps[0])
print(chain.new_child(x=1).maps[0], chain.new_child().maps[0], chain.new_child({}).maps[0])
copied = chain.copy()
print(copied.maps[0] is chain.maps[0], copied.maps[1] is chain.maps[1], type(copied).__name__)
print(Chain.fromkeys('xy'), Chain.fromkeys('xy', 0))
