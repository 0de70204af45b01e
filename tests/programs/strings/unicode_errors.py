samples = ["héllo", "naïve café", "日本", "ok", "€uro", "\U0001F600!"]
for s in samples:
    for enc in ("ascii", "latin-1", "utf-8", "utf-16-le"):
        try:
            print(enc, s.encode(enc))
        except UnicodeEncodeError as e:
            print(enc, "->", e)
            print("   ", e.encoding, repr(e.object), e.start, e.end, e.reason)

for data in [b"abc", b"\xff", b"a\xc3", b"\xc3\x28", b"\xe2\x82", b"ok\x80\x81", b"\xf0\x9f\x98\x80"]:
    try:
        print(data.decode("utf-8"))
    except UnicodeDecodeError as e:
        print(data, "->", e)
        print("   ", e.start, e.end, e.reason)
    try:
        print(data.decode("ascii"))
    except UnicodeDecodeError as e:
        print("ascii:", e)

print("héllo".encode("ascii", "replace"), "héllo".encode("ascii", "ignore"))
print("héllo".encode("ascii", "xmlcharrefreplace"), "héllo".encode("ascii", "backslashreplace"))
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
print(b"a\xffb".decode("utf-8", "backslashreplace"))

e = UnicodeDecodeError("utf-8", b"\x00\x01\x02", 1, 3, "custom reason")
print(e)
e.end = 2
print(e)
e = UnicodeEncodeError("ascii", "xyz", 0, 3, "nope")
print(e, e.args)
e = UnicodeTranslateError("abc", 1, 2, "why")
print(e)
try:
    UnicodeDecodeError("utf-8")
except TypeError as err:
    print(err)
print(isinstance(e, ValueError), UnicodeError.__mro__[1].__name__)
try:
    raise UnicodeError("plain")
except ValueError as err:
    print(type(err).__name__, err)
