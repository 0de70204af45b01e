s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
l = list(range(12))
print(l[s], l[slice(3)], l[slice(None, None, -3)], 'hello'[slice(1, 4)])
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
print(l[-3:], l[:-3], l[100:], l[-100:2], l[5:2], l[::-1][:3], l[1:-1:4], l[-1:-5:-1])
class Sl:
    def __getitem__(self, k): return k
print(Sl()[1:2], Sl()[::3], Sl()[1, 2:3], Sl()[...], Sl()[:, None])
try:
    l[::0]
except ValueError as e:
    print(e)
try:
    l['a':]
except TypeError as e:
    print(e)
print(slice(1, 2) == slice(1, 2), repr(slice('a', 'b')))
