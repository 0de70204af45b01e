# array: typecodes, the sequence methods, bytes in and out, CPython's range errors
from array import array
a = array('i', [1, 2, 3]); print(a, repr(a), a[0], a[-1], a[1:], len(a), a.typecode, a.itemsize, list(a), a.tolist())
a.append(4); a.extend([5, 6]); a.insert(0, 0); print(a, a.pop(), a.pop(0), a.index(3), a.count(2)); a.remove(2); a.reverse(); print(a)
print(array('d', [1.5, 2.5]), array('u', 'hi'), array('b', b'ab'), array('B', [255]), array('f', [0.1]), array('q'), array('l', range(3)))
print(a.tobytes(), array('h', [1, -1]).tobytes(), array('i', b'\x01\x00\x00\x00'), a + array('i', [9]), a * 2, a == array('i', [5, 4, 3, 1]))
for bad in [lambda: array('b', [200]), lambda: array('i', [1.5]), lambda: array('z'), lambda: array('i', ['a']), lambda: array('B', [-1]), lambda: a.append('x'), lambda: array('i') + array('d'), lambda: a.remove(99), lambda: a[10], lambda: array('I', [-1]), lambda: array('H', [2**40]), lambda: array('d', ['x']), lambda: array('u', [1])]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
b = array('i', [3, 1, 2]); b[0] = 7; b[1:3] = array('i', [8, 9]); print(b, sorted(b), sum(b), 8 in b, b.buffer_info()[1])
c = array('i'); c.frombytes(b'\x02\x00\x00\x00'); c.fromlist([5]); print(c, array('u', 'ab').tounicode(), array('d', [1.0]) < array('d', [2.0]))
b.byteswap(); print(b, type(b), isinstance(b, array))
for t in 'bBhHiIlLqQfd': print(t, array(t, [1, 2]).tobytes().hex())
