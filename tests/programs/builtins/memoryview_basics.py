# memoryview of bytes and bytearray: items, slices (views), writing through, tobytes/tolist/hex, errors, release
m = memoryview(b'abcdef')
print(m[0], m[-1], m[1:3].tobytes(), m[::2].tolist(), len(m), m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides, m.obj, bytes(m[::-1]), m.hex(), m == b'abcdef', b'abcdef' == m, list(m[:2]), m.c_contiguous, m[::2].contiguous)
ba = bytearray(b'xyz'); mb = memoryview(ba); mb[0] = 65; mb[1:3] = b'BC'; print(ba, mb.readonly, mb.tobytes())
for bad in [lambda: m.__setitem__(0, 1), lambda: mb.__setitem__(0, 300), lambda: mb.__setitem__(0, 'a'), lambda: mb.__setitem__(slice(0,2), b'a'), lambda: m[10], lambda: m['a'], lambda: memoryview('abc'), lambda: hash(mb)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(hash(m) == hash(b'abcdef'))
with memoryview(b'ab') as r: print(r[0])
try: r[0]
except ValueError as e: print(e)
m2 = memoryview(b'ab'); m2.release(); print(str(m2)[:17])
print(memoryview(b'abc').cast('c').tolist(), str(b'x' + memoryview(b'yz')), bytearray(memoryview(b'q')), isinstance(m, memoryview), type(m))
data = bytearray(b'hello world'); view = memoryview(data)[6:]; view[:5] = b'WORLD'; print(data, view.tobytes(), bytes(view[1:3]))
