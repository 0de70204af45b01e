# base64: every encoder and decoder on data of each length, alphabets,
# casefold/map01, padding rules, the error messages, file encode/decode
import base64, binascii, io, random

rng = random.Random(3)
for n in range(0, 12):
    data = bytes(rng.randrange(256) for _ in range(n))
    enc = [base64.b64encode(data), base64.urlsafe_b64encode(data), base64.b32encode(data),
           base64.b32hexencode(data), base64.b16encode(data)]
    print(n, *enc)
    back = [base64.b64decode(enc[0]), base64.urlsafe_b64decode(enc[1]), base64.b32decode(enc[2]),
            base64.b32hexdecode(enc[3]), base64.b16decode(enc[4])]
    print(all(b == data for b in back), base64.standard_b64decode(base64.standard_b64encode(data)) == data)

print(base64.b64encode(b"\xfb\xff\xfe", altchars=b"*!"), base64.b64decode("+/+/", altchars="-_"),
      base64.b64decode(b"-_-_", altchars=b"-_"))
print(base64.b32decode("mfrgg===", casefold=True), base64.b32hexdecode("c5h66===", True))
print(base64.b32decode("0I======", map01="L"), base64.b32decode("01======", map01=b"I"))
print(base64.b16decode("deadBEEF", casefold=True), base64.b16decode(bytearray(b"00FF")))
print(base64.b64encode(memoryview(b"view")), base64.b32encode(bytearray(b"ab")), base64.b16encode(memoryview(b"\x01")))
for pad in range(9):
    text = "A" * (8 - pad) + "=" * pad
    try:
        print(text, base64.b32decode(text))
    except binascii.Error as e:
        print(text, "Error:", e)
bad_calls = [
    lambda: base64.b32decode("AA=A===="), lambda: base64.b32decode("AAAAAAA"),
    lambda: base64.b32decode("!======="), lambda: base64.b32decode(""),
    lambda: base64.b16decode("abc"), lambda: base64.b16decode("ABC"), lambda: base64.b16decode("0G"),
    lambda: base64.b64decode(5), lambda: base64.b64decode("é"), lambda: base64.b64encode("text"),
    lambda: base64.b32encode("text"), lambda: base64.b16encode("text"),
    lambda: base64.encodebytes("text"), lambda: base64.decodebytes("text"),
    lambda: base64.b64encode(b"x", altchars=b"-"), lambda: base64.b32decode("00", map01="LL"),
    lambda: base64.b64decode("YWJ"), lambda: base64.b64decode("YW*j", validate=True),
    lambda: base64.b64decode("YW Jj\n"), lambda: base64.urlsafe_b64decode("-_9h"),
]
for call in bad_calls:
    try:
        print(repr(call()))
    except (binascii.Error, TypeError, ValueError, AssertionError) as e:
        print(type(e).__name__, e)

blob = bytes(range(200))
lines = base64.encodebytes(blob)
print(lines.decode(), base64.decodebytes(lines) == blob, base64.encodebytes(b""))

class Trickle(io.BytesIO):
    def read(self, n=-1):
        return super().read(min(n, 10) if n and n > 0 else n)
src = Trickle(blob); dst = io.BytesIO()
base64.encode(src, dst)
print(dst.getvalue() == lines)
out = io.BytesIO()
base64.decode(io.BytesIO(lines), out)
print(out.getvalue() == blob, base64.MAXLINESIZE, base64.MAXBINSIZE, base64.bytes_types)
print([n for n in base64.__all__ if "85" not in n])
