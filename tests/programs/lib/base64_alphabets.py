# base64: alternative characters for Base64 ('+/' written as altchars, read
# back from bytes or ASCII strings; urlsafe), and Base32's reading of its
# input (casefold, map01 digits 0 and 1, in either case), with their errors.
import base64
import binascii

data = bytes(range(250, 256)) + b"\xfb\xff\xfe>?"


def attempt(label, func, *args, **kwargs):
    try:
        print(label, func(*args, **kwargs))
    except Exception as exc:
        print(label, type(exc).__name__, exc)


plain = base64.b64encode(data)
print(plain)
for alt in (b"-_", b"*!", bytearray(b".,")):
    enc = base64.b64encode(data, alt)
    print(alt, enc, base64.b64decode(enc, alt) == data,
          base64.b64decode(enc.decode(), alt.decode()) == data)
attempt("encode str alt", base64.b64encode, data, "-_")
attempt("encode long alt", base64.b64encode, data, b"abc")
attempt("decode long alt", base64.b64decode, plain, b"abc")
attempt("decode non-ascii alt", base64.b64decode, plain, "é_")
attempt("decode bad alt type", base64.b64decode, plain, 12)
attempt("decode validate", base64.b64decode, b"-_8=", b"-_", True)
attempt("decode validate bad", base64.b64decode, b"+/8=", b"-_", True)
attempt("decode lax", base64.b64decode, b"+/8=", b"-_")

url = base64.urlsafe_b64encode(data)
print(url, base64.urlsafe_b64decode(url) == data,
      base64.urlsafe_b64decode(url.decode()) == data,
      base64.urlsafe_b64decode(plain) == data)
attempt("urlsafe bad type", base64.urlsafe_b64decode, 3.5)
attempt("urlsafe non-ascii", base64.urlsafe_b64decode, "ab€=")

b32 = base64.b32encode(b"r\x1c\x85\x8b Coil oil")
print(b32)
low = b32.lower()
attempt("lower", base64.b32decode, low)
attempt("lower casefold", base64.b32decode, low, True)
digits = b32.replace(b"O", b"0").replace(b"I", b"1").replace(b"L", b"1")
print(digits)
attempt("no map01", base64.b32decode, digits)
attempt("map01 I", base64.b32decode, digits, False, b"I")
attempt("map01 L", base64.b32decode, digits, False, b"L")
attempt("map01 l", base64.b32decode, digits, False, b"l")
attempt("map01 L lower", base64.b32decode, digits.lower(), False, b"L")
attempt("map01 L casefold", base64.b32decode, digits.lower(), True, b"L")
attempt("map01 l casefold", base64.b32decode, digits.lower(), True, b"l")
attempt("map01 str", base64.b32decode, digits.decode(), False, "I")
attempt("map01 long", base64.b32decode, digits, False, b"IL")
attempt("map01 empty", base64.b32decode, digits, False, b"")
attempt("map01 bad len first", base64.b32decode, b"ABC", False, b"IL")
attempt("map01 type", base64.b32decode, digits, False, 1)
hexed = base64.b32hexencode(b"hello")
attempt("hex", base64.b32hexdecode, hexed)
attempt("hex lower", base64.b32hexdecode, hexed.lower())
attempt("hex lower casefold", base64.b32hexdecode, hexed.lower(), True)
attempt("hex map01", base64.b32hexdecode, hexed, False, b"I")
