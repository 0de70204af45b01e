print(b'abcdef'.hex(':', 2), b'abcdef'.hex('-', -2), b'abcde'.hex(' ', 2), b''.hex(':'))
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    e = 'aé€😀'.encode(enc)
    print(enc, e, e.decode(enc))
print(b'a\x00b'.decode('utf-16'), b'\xfe\xff\x00a'.decode('utf-16'))
for bad in [b'a', b'\x00\xd8', b'\x00\xdc\x00\x00']:
    try:
        bad.decode('utf-16-le')
    except UnicodeDecodeError as e:
        print(e)
print(b'x'.center(6, b'-'), b'ab'.center(5, b'*'), b'abc'.center(6), bytearray(b'q').center(4))
print(b'a\tb\tc'.expandtabs(4), b'hello world'.title(), b'HeLLo'.swapcase(), b'  x'.lstrip())
print(b'a,b,c'.rsplit(b','), b'  a b  c '.rsplit(None, 1), b'aXbXc'.rsplit(b'X', 5))
print(b'abcabc'.rfind(b'c'), b'abcabc'.rindex(b'b', 0, 3), b'abcabc'.find(b'c', 3), b'abcabc'.count(b'bc', 2), b'abc'.find(99))
try:
    b'abc'.center(5, b'xy')
except TypeError as e:
    print(e)
ba = bytearray(b'hello')
ba.insert(0, 72); ba.insert(-1, 33); ba.insert(100, 63); print(ba); ba.remove(33); print(ba)
try:
    ba.remove(0)
except ValueError as e:
    print(e)
