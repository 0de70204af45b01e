# collections.deque: both ends, maxlen, rotation, indexing, the errors, copies, and a long queue
from collections import deque
import copy
d = deque([1, 2, 3])
for f in [lambda: d.remove(9), lambda: d.index(9), lambda: d[5], lambda: d[1:2], lambda: deque([], 'a'), lambda: deque([], -1), lambda: d + [1], lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1], 1).insert(0, 2), lambda: d.index(1, 1), lambda: d * 'a', lambda: deque([1], 1.5), lambda: d[-4], lambda: d['x']]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
try:
    for x in d: d.append(1)
except Exception as e: print(type(e).__name__, e)
d = deque([1, 2, 3])
for x in d: d[0] = 5
print('ok set during iter', d)
print(deque(range(5), 3) * 2, deque([1, 2]).__reduce__()[:3], deque([1], 3).__reduce__()[:3])
d = deque([1]); d.append(d); print(d)
d = deque(maxlen=3)
for i in range(10):
    d.appendleft(i) if i % 2 else d.append(i)
    print(d, len(d), bool(d), d[0], d[-1])
d = deque()
for i in range(100):
    d.appendleft(i)
for i in range(60):
    d.popleft()
d.extend(range(5)); d.extendleft('ab'); print(d, len(d), d[3], d[-2], list(reversed(d))[:5])
d.rotate(3); print(d); d.rotate(-5); print(d); d.rotate(0); d.rotate(len(d) * 3 + 1); print(d)
d.insert(2, 'x'); d.insert(-1, 'y'); d.insert(100, 'z'); d.insert(-100, 'w'); print(d)
d.remove('x'); del d[0]; del d[-1]; d[1] = 'Q'; print(d, d.count('a'), d.index(0), 'Q' in d, 'zz' in d)
d.reverse(); print(d); d.clear(); print(d, len(d), bool(d))
e = deque([1, [2]], maxlen=5); c = copy.copy(e); dc = copy.deepcopy(e)
print(c, dc, c[1] is e[1], dc[1] is not e[1], c.maxlen, dc.maxlen, e.copy(), type(e.copy()).__name__)
print(deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]), deque([1]) == [1], deque('ab') + deque('c'))
f = deque('ab'); f += 'cd'; f *= 2; print(f, 2 * deque([0]), deque([0], 2) * 3)
g = deque([1, 2, 3], maxlen=2); print(g); g.extend([4, 5, 6]); print(g); g.extendleft([7]); print(g)
z = deque(maxlen=0); z.append(1); z.appendleft(2); print(z)
print(deque[int], deque(reversed(range(3))), list(reversed(deque([]))))
class Sub(deque):
    pass
s = Sub([1, 2], 4); print(s, s.copy(), type(s + s).__name__, repr(Sub()))
h = deque([1, 2, 3]); h.__init__([9]); print(h)
import collections.abc as cabc; print(isinstance(h, cabc.MutableSequence), hash.__name__)
try: hash(h)
except TypeError as e: print(e)

# a long queue: popleft must not cost the length of the deque
q = deque(range(200000))
total = 0
while q:
    x = q.popleft()
    total += x
    if x % 3 == 0 and x < 100000:
        q.append(x + 1)
print(total)
