# pickle: dumps of built-in values (atoms, strings, containers, batches, frames, recursive structures) at every protocol, and loads back
import pickle
vals = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -129, 2**31-1, 2**31, -2**31, -2**31-1, 2**63, -2**64, 10**100, 1.5, -0.0, float('inf'),
        '', 'abc', 'é€\U0001f600\n\\', b'', b'ab', bytearray(), bytearray(b'xy'), (), (1,), (1,2), (1,2,3), (1,2,3,4), [], [1], [1,2], {}, {1:2}, {1:2,3:4},
        {1,2}, frozenset(), frozenset({1}), 1+2j, [[1]]*3, list(range(1001)), list(range(2000)), {i:i for i in range(1000)}, {i:i for i in range(1001)}, set(range(1000)),
        len, type(None), type(NotImplemented), NotImplemented, ..., ValueError('x', 1), KeyError('k'), ['a']*300, 'x'*70000, b'y'*70000]
for v in vals:
    for p in range(6):
        d = pickle.dumps(v, p)
        print(p, d if len(d) < 300 else (len(d), sum(i*b for i, b in enumerate(d)), d[:30], d[-30:]))
        r = pickle.loads(d)
        if repr(r)[:100] != repr(v)[:100] and not isinstance(v, BaseException): print('MISMATCH', repr(r)[:80])
l = []; l.append(l)
t = ([],); t[0].append(t)
d = {}; d['d'] = d
for p in range(6):
    print(pickle.dumps(l, p), pickle.dumps(t, p), pickle.dumps(d, p))
    r = pickle.loads(pickle.dumps(l, p)); print(r[0] is r)
    r = pickle.loads(pickle.dumps(t, p)); print(r[0][0] is r)
