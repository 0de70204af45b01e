s = {1, 2, 3}
s.add(4); s.add(2); print(s)
s.update([5, 6], {7}); print(s)
s.discard(100); s.remove(1); print(s, s.pop(), s)
try:
    s.remove(100)
except KeyError as e:
    print('KeyError', e)
try:
    set().pop()
except KeyError as e:
    print('KeyError', e)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a.union(b, [9]), a.intersection(b, {4}), a.difference(b), a.symmetric_difference(b))
print(a <= b, {3} <= a, {3} < a, a >= {1}, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7}), a.isdisjoint(b))
c = a.copy(); c.intersection_update(b); print(c)
c = a.copy(); c.difference_update(b); print(c)
c = a.copy(); c.symmetric_difference_update(b); print(c)
print(frozenset([3, 1]), frozenset(), set(), frozenset([1]) == {1}, {frozenset([1]): 'x'}, hash(frozenset()) == hash(frozenset()))
try:
    {[]}
except TypeError as e:
    print(e)
try:
    a | [1]
except TypeError as e:
    print(e)
try:
    frozenset([1]).add(2)
except AttributeError as e:
    print(e)
print(len(s), 5 in s, {x % 3 for x in range(10)}, set('abcabc') == set('cba'), sorted({'b', 'a'}))
print(repr(set()), repr(frozenset({1, 2})), type({1} | frozenset([2])).__name__, type(frozenset([2]) | {1}).__name__)
