b = b'Hello, World'
print(b, len(b), b[0], b[-1], b[1:5], b[::-1], b * 2, b + b'!', b'll' in b, 72 in b)
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize(), b.split(b', '), b.split(), b.replace(b'l', b'L', 2))
print(b.find(b'o'), b.rfind(b'o'), b.index(b'W'), b.count(b'l'), b.startswith(b'He'), b.endswith((b'x', b'ld')))
print(b.hex(), b.hex(':'), bytes.fromhex('48 65 6c'), b.decode(), b.decode('ascii'), str(b, 'utf-8'))
print(b.strip(b'Hd'), b'  x '.strip(), b.center(20, b'*'), b.ljust(15, b'.'), b.rjust(15), b.zfill(15))
print(b.isalpha(), b'abc'.isalpha(), b'123'.isdigit(), b' '.isspace(), b'Ab'.istitle(), b'ab'.islower())
print(list(b'abc'), bytes([65, 66]), bytes(3), bytes('é', 'utf-8'), bytes(range(5)), b'\x00\xff\n\t\\\'"')
print(b.partition(b', '), b.rpartition(b'o'), b'a,b,c'.rsplit(b',', 1), b'x\ny\r\nz'.splitlines(), b'-'.join([b'a', b'b']))
print(b'abc' < b'abd', b'abc' == b'abc', hash(b'abc') == hash(b'abc'), b'a' * 0, bytes.maketrans(b'ab', b'xy'))
print(b'hello'.translate(bytes.maketrans(b'el', b'ip')), b'hello'.translate(None, b'l'), b'%d-%s' % (1, b'x'))
ba = bytearray(b'abc')
ba.append(100); ba.extend(b'ef'); ba[0] = 65; ba += b'!'; ba.insert(1, 90)
print(ba, len(ba), ba.pop(), ba.pop(0), ba, bytes(ba), ba.decode(), ba.upper(), ba[1:3], list(ba))
ba.remove(100); ba.reverse(); print(ba, ba.find(b'c'), ba * 2, bytearray(3), bytearray([1, 2]), bytearray('hi', 'ascii'))
del ba[0]; ba[0:2] = b'XYZ'; print(ba); ba.clear(); print(ba, ba == b'', bytearray(b'x') + b'y')
for bad in [lambda: b'a' + 'b', lambda: bytes('x'), lambda: b'\xff'.decode(), lambda: bytes([256]), lambda: b'x'[5], lambda: bytearray(b'x').pop(5), lambda: 'é'.encode('ascii'), lambda: b'abc'.index(b'z')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print('é'.encode('ascii', 'replace'), 'é'.encode('ascii', 'ignore'), b'\xff'.decode('utf-8', 'replace'), b'\xffa'.decode('latin-1'), 'é'.encode('utf-16'), 'abc'.encode('utf-32-le'))
print(b'ab\xff'.decode('ascii', 'backslashreplace'), 'é€'.encode('ascii', 'xmlcharrefreplace'), 'x\udc80'.encode('utf-8', 'surrogateescape') if False else 'skip')
print(int.from_bytes(b'\x01\x02', 'big'), (258).to_bytes(2, 'little'), b'abc'.isascii(), bytes.fromhex('ff').hex(), b'a b'.split(b' ', 0))
