t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t[1:], t[::-1], t + (4,), t * 2, (1,) * 0, tuple("ab"), () == tuple(), (1, 2) < (1, 2, 3))
x, *rest = t; *init, last = t; a, (b, c), d = 1, (2, 3), 4
print(x, rest, init, last, a, b, c, d)
print(repr((1,)), repr(()), repr(((),)), hash((1, 2)) == hash((1, 2)), tuple(range(3)) == (0, 1, 2))
r = range(10, 0, -3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], 4 in r, 7 in r, r.index(4), r.count(7), reversed(r).__class__.__name__)
print(range(0), range(5) == range(0, 5, 1), range(0) == range(2, 2), hash(range(3)) == hash(range(0, 3)), list(range(-5)))
print(range(10**20)[-1], len(range(0, 10**6, 7)), range(1, 10, 2)[::-1], range(5)[::2], bool(range(0)))
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, s.indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4), "abcdefgh"[s])
print(slice(3), slice(1, 2) == slice(1, 2), [0, 1, 2, 3, 4][slice(None, None, -2)])
for expr in ['(1, 2)[5]', '(1,).index(9)', '(1, 2) + [3]', 't[0] if False else setitem()', 'range(1, 2, 0)', 'range(1.5)',
             'range(10)[20]', 'range(3).index(5)', 'len(range(10**20))', 'slice(1, 2, 0).indices(5)', '[1][::0]',
             'tuple(1)', '(1, 2) < (1, "a")', 'range("a")', 'hash(slice(1))' , '(1, [2]).__hash__()', 'range(3)[1.0]']:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = (1,)
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = (1,)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
