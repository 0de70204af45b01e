a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9], (8,)), a.intersection(b, {4}), a.difference([1], [2]), a.symmetric_difference([1, 10]))
print(a <= b, {3} <= a, {3} < a, a < a, a >= {1}, a > {1, 2, 3, 4}, a.issubset(range(10)), a.issuperset([1, 2]))
print(a.isdisjoint(b), {7}.isdisjoint(a), set() == frozenset(), {1, 2} == frozenset([2, 1]))
s = set()
s.add(5); s.add(5); s.update([1, 2], "ab"); s.discard(99); s.discard("a")
print(sorted(s, key=str), len(s))
s.remove(1)
try:
    s.remove(1)
except KeyError as e:
    print("KeyError", e)
x = {10, 20}
print(x.pop() in (10, 20), len(x))
x.clear()
try:
    x.pop()
except KeyError as e:
    print("KeyError:", e)
fs = frozenset([3, 1, 2])
print(fs, fs | {9}, type(fs | {9}).__name__, type({9} | fs).__name__, hash(fs) == hash(frozenset({1, 2, 3})))
try:
    fs.add(4)
except AttributeError as e:
    print(e)
print({frozenset({1}): "ok"}, {(1, 2), (1, 2)}, set("hello") == set("olleh"))
try:
    {[1, 2]}
except TypeError as e:
    print(e)
try:
    {1} + {2}
except TypeError as e:
    print(e)
try:
    {1} | [2]
except TypeError as e:
    print(e)
u = {1, 2}
u |= {3}; u &= {2, 3, 4}; u -= {9}; u ^= {5}
print(u)
u.intersection_update([2, 5, 7]); print(u)
u.difference_update([5]); print(u)
u.symmetric_difference_update({2, 8}); print(u)
print(set(), frozenset(), repr(set([None])), {()}, set(range(5)), frozenset("a"))
print(sorted({-1, -2, 5, 3}), {x % 3 for x in range(10)}, {1, 1.0, True})
print(len({0, -0.0, False}), 2 in {1, 2}, [] in [[]], {1, 2} in [{2, 1}])
