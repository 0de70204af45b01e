a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9]), a.intersection(b, {4}), a.difference(b), a.symmetric_difference(b))
print(a <= b, {1, 2} < a, a >= {1}, a > a, a == {4, 3, 2, 1}, a.isdisjoint({9}))
print({1, 2}.issubset([1, 2, 3]), {1, 2, 3}.issuperset((1,)))
c = set(a); c |= {10}; c &= {1, 10}; print(c)
c -= {1}; c ^= {20, 10}; print(c)
d = {1, 2, 3}
print(d.pop(), d.pop(), d)
d.update([7, 8], (9,)); print(d)
d.clear(); print(d, len(d))
try:
    d.remove(5)
except KeyError as e:
    print('KeyError', e)
try:
    set().pop()
except KeyError as e:
    print(e)
print(frozenset([1, 2]) | {3}, {3} | frozenset([1]), frozenset([1]) == {1})
