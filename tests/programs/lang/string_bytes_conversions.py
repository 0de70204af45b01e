text = "naïve café ☕"
data = text.encode("utf-8")
print(data, len(text), len(data), data.decode("utf-8") == text)
print(text.encode("utf-16-le")[:8], text.encode("latin-1", "replace"), text.encode("ascii", "ignore"))
print(text.encode("ascii", "xmlcharrefreplace"), text.encode("ascii", "backslashreplace"))
try:
    text.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e.start, e.end, e.reason, "|", e)
bad = b"abc\xff\xfedef"
print(bad.decode("utf-8", "replace"), bad.decode("latin-1"), bad.decode("utf-8", "ignore"), bad.decode("utf-8", "backslashreplace"))
try:
    bad.decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, "|", e)
print(ord("é"), chr(233), hex(ord("☕")), "\u2615", "\N{BLACK STAR}", "\x41\101")
print(bytes([72, 105]), bytes("Hi", "ascii"), bytearray(b"hi").upper(), list(b"AZ"), b"%d-%s" % (5, b"x"))
print(b"hello world".split(), b"a,b".split(b","), b" x ".strip(), b"abc".replace(b"b", b"B"), b"ab" * 2)
print(b"abc"[0], b"abc"[-1:], b"abc" + bytes(2), b"x" in b"xyz", 120 in b"xyz", b"abc".find(b"c"))
print(bytes.fromhex("48 65 6c"), b"Hel".hex(), b"Hel".hex("-"), int.from_bytes(b"\x01\x00", "big"), (258).to_bytes(2, "little"))
print(str(b"bytes"), repr(b"\x00\n\t'"), repr(bytearray(b"q")), ascii("ü"), repr("tab\there"))
print("%s|%r|%a" % ("é", "é", "é"), f"{'é'!a}", "é".isascii(), "abc".isascii())
print("Ünïcödé".casefold(), "ß".upper(), "ﬁ".upper(), "İ".lower(), len("İ".lower()), "ǆ".title())
print(sorted(["b", "A", "á", "a", "B"]), sorted(["b", "A", "á", "a", "B"], key=str.casefold))
print("x".join(["1", "2"]), ",".join(map(str, range(3))), "-".join("abc"), "".join(reversed("abc")))
