# base64 and binascii: b64/b32/b16, urlsafe, padding and validation errors, hexlify, crc32
import base64, binascii
for s in [b'abc', b'ab', b'a', b'', b'hello world!!', bytes(range(256))]:
    print(base64.b64encode(s), base64.b32encode(s), base64.b16encode(s), base64.urlsafe_b64encode(b'\xfb\xff'+s))
    assert base64.b64decode(base64.b64encode(s)) == s and base64.b32decode(base64.b32encode(s)) == s
print(base64.b64decode('YWJj'), base64.b64decode(b'YW Jj\n'), base64.b64decode('YQ=='))
for bad in ['YWJ', 'Y', 'YW=j', 'a===', '!!!!', 'YQ==YQ==', 'YWJjZA=']:
    try: print(base64.b64decode(bad))
    except Exception as e: print(type(e).__module__, type(e).__name__, e)
for bad in ['YW*j', '=YWJ', 'YQ==YQ', 'YQ=a']:
    try: print(base64.b64decode(bad, validate=True))
    except Exception as e: print(type(e).__name__, e)
print(base64.encodebytes(b'x'*60), base64.b32decode('MFRGG==='), base64.b16decode('616263'), binascii.hexlify(b'ab'), binascii.unhexlify('6162'), binascii.crc32(b'hello'), hex(binascii.crc32(b'')))
try: binascii.unhexlify('6')
except Exception as e: print(type(e).__name__, e)
try: base64.b16decode('6x')
except Exception as e: print(type(e).__name__, e)
print(base64.b64encode('abc'.encode()).decode(), base64.b64encode(b'abc', altchars=b'-_'), binascii.b2a_base64(b'hi'), binascii.hexlify(b'\x01\x02', '-'))
try: base64.b64encode('abc')
except Exception as e: print(type(e).__name__, e)
print(base64.urlsafe_b64decode('-_9h'), base64.b32decode('mfrgg===', casefold=True), binascii.crc_hqx(b'hello', 0))
