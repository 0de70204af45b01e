a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, {3} < b, a.isdisjoint({9}), a.issuperset({1}), b.issubset(range(10)))
print(a.union([7], (8,)), a.intersection("12"), a.difference(b, {1}), a.symmetric_difference([1, 9]))
s = set()
s.add(1); s.update([2, 3], {4}); s.discard(9); s.remove(1); s -= {4}; s |= {10}; s &= {2, 3, 10}; s ^= {3, 11}
print(sorted(s), len(s), s.pop() in {2, 10, 11}, s.copy() == s)
fs = frozenset([1, 2])
print(fs, fs | {3}, {3} | fs, type(fs | {3}).__name__, type({3} | fs).__name__, fs == {1, 2}, {fs: "key"}[frozenset({2, 1})])
print(repr(set()), repr(frozenset()), sorted({"b", "a"}), set("hello") == set("ohel"), {1, 2} != {1, 2, 3})
print({x % 3 for x in range(10)}, min({5, 2, 8}), sum({1.5, 2.5}), sorted({3, 1}, reverse=True))
print(frozenset(), frozenset("ab") < frozenset("abc"), {1} == frozenset({1}), set([1]) <= frozenset([1, 2]))
for expr in ['set().pop()', '{1}.remove(2)', '{[1]}', 'set(1)', '{1} + {2}', '{1} | [2]', '{1} < [1]',
             'frozenset([1]).add(2)', '{1}.add([])', 'set().update(1)', '{1}[0]', '{1, 2} - 1', 'set([[1]])',
             '{1}.issubset(3)', 'sorted([1, "a"])', 'set(1, 2)', 'frozenset().remove(1)']:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
try:
    s = {1, 2, 3}
    for x in s:
        s.add(x * 10)
except RuntimeError as e:
    print("RuntimeError:", e)
