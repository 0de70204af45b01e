# struct: pack/unpack of every letter and byte order, alignment, CPython's range errors, IEEE half/single/double rounding
import struct
for order in '@<>=!':
  for f in 'bBhHiIlLqQnN':
    if order != '@' and f in 'nN': continue
    out=[]
    for v in (-1, 2**32, -2**31-1, 2**64, -2**63-1, 300, 70000):
        try: out.append(struct.pack(order+f, v).hex())
        except Exception as e: out.append(str(e))
    print(order+f, out)
for f, v in [('c', b'ab'), ('?', 5), ('f', 1e40), ('e', 1e6), ('b', 1.5), ('<f', 1e40), ('<d', 'x'), ('<s', 'x')]:
    try: print(f, struct.pack(f, v))
    except Exception as e: print(f, type(e).__name__, e)
try: struct.pack('ii', 1)
except Exception as e: print(e)
try: struct.unpack('i', b'ab')
except Exception as e: print(e)
try: struct.pack('z', 1)
except Exception as e: print(e)
print(struct.calcsize('ci'), struct.calcsize('<ci'), struct.calcsize('@qb'), struct.calcsize('ic'), struct.calcsize('3s2x'), struct.calcsize('@l'), struct.calcsize('hd'), struct.calcsize('bhiq'))
print(struct.pack('<d', 0.1), struct.pack('>f', 3.14), struct.unpack('<f', struct.pack('<f', 0.1)), struct.pack('e', 1.5), struct.pack('5s', b'ab'), struct.pack('3p', b'abcd'))
print(struct.unpack('<hhl', struct.pack('<hhl', 1, 2, 3)), list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')))
s = struct.Struct('<IH'); print(s.size, s.format, s.pack(1, 2), s.unpack(b'\x01\x00\x00\x00\x02\x00'))
b = bytearray(8); struct.pack_into('<I', b, 2, 0xdeadbeef); print(b, struct.unpack_from('<I', b, 2))
print(struct.pack('?', 0), struct.pack('<Q', 2**64-1), struct.pack('>i', -2), struct.unpack('>i', b'\xff\xff\xff\xfe'), struct.pack('f', float('inf')), struct.pack('d', float('nan')))
for x in [0.1, 1.5, -2.25, 1e-310, 5e-324, 1.7976931348623157e308, 3.4028235e38, 1e-45, 65504.0, 6e-8, 0.0, -0.0]:
    for f in 'def':
        try:
            p = struct.pack('<' + f, x)
            print(f, x, p.hex(), struct.unpack('<' + f, p))
        except OverflowError as e:
            print(f, x, e)
print(struct.unpack('<?', b'\x02'), struct.unpack('c', b'a'), struct.pack('<2c', b'a', b'b'), struct.unpack('<2h3s', b'\x01\x00\x02\x00abc'), struct.pack('>q', -1), struct.unpack('<e', b'\x00\x7c'), struct.unpack('>d', bytes.fromhex('7ff8000000000000')))
try: struct.pack('<f', 3.5e38)
except OverflowError as e: print(e)
print(struct.pack('<f', 3.4028235e38).hex())
try: struct.pack('<f', 3.4028235677973366e38)
except OverflowError as e: print(e)
