# bytes.hex separators, bytes.join of non-iterables, and bytearray extended
# slices assigned empty bytes (a deletion) or the wrong size.
for s in ['é', 'ab', '', b'ab', bytearray(b'a'), 5, None, [1], ':']:
  try: print(repr(s), b'ab'.hex(s), bytearray(b'xy').hex(s))
  except Exception as e: print(repr(s), type(e).__name__, e)
for j in [97, None, [b'a', 1], (b'x', b'y')]:
  try: print(b'-'.join(j))
  except TypeError as e: print(e)
b = bytearray(b'abcdefgh')
b[1:-10:-2] = b''
print(b)
try: b[0:6:2] = b'ZZ'
except ValueError as e: print(e)
b[::3] = b'123'
print(b)
