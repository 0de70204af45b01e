import sys
for o in [0, 1, 2**30, 2**60, 2**100, -1, True, 1.0, '', 'a', 'abc', 'é', '日本', [], [1,2,3], (), (1,), {}, {1:2}, set(), {1}, frozenset(), b'', b'abc', bytearray(), range(5), None, 1j, slice(1), object()]:
    print(type(o).__name__, repr(o)[:20], sys.getsizeof(o))
l = []
for i in range(10):
    l.append(i); print(sys.getsizeof(l), end=' ')
print()
d = {}
for i in range(10):
    d[i] = i; print(sys.getsizeof(d), end=' ')
print()
def f(): pass
class C: pass
print(sys.getsizeof(C()) , sys.getsizeof(f) > 0)
