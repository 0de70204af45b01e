b = b"Hello, World"
print(b[0], b[-1], b[1:5], b[::-1], b * 2, b + b"!", b"lo" in b, 111 in b, list(b[:3]))
print(b.upper(), b.lower(), b.split(b", "), b.replace(b"l", b"L"), b.find(b"o"), b.count(b"l"), b.hex(), b.hex(":", 2))
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes.fromhex("de ad be ef"), bytes(range(5)), bytes(b"x"))
print(b"abc".decode(), b"\xc3\xa9".decode("utf-8"), b"\xff".decode("latin-1"), b"\xff".decode("utf-8", "replace"), b"\xff".decode("ascii", "ignore"))
print(repr(b"\x00\x7f\x80\n\t'\"\\"), repr(b"'"), repr(b"\"'"), repr(bytearray(b"x")))
ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b"??")
ba += b"."
print(ba, ba.pop(), ba, len(ba))
ba.insert(0, 62)
ba.remove(ord("?"))
del ba[1:3]
print(ba, ba.reverse() or ba, ba.index(b"l"), bytes(ba))
ba[1:3] = b"XYZW"
print(ba, ba.zfill(15), ba.center(14, b"-"), ba.isalpha(), b"123".isdigit(), b" \t".isspace())
print(b"a,b".partition(b","), b"  x ".strip(), b"xxhixx".strip(b"x"), b"%d-%s" % (1, b"z"), b"ab".join([b"1", b"2", b"3"]))
print(b"abc" < b"abd", b"abc" == bytearray(b"abc"), hash(b"abc") == hash(b"abc"), b"a" * 0, bytes(b"ab") is not None)
print(int.from_bytes(b"\x00\x10", "big"), list(memoryview(b"abc")), b"title case".title(), b"AbC".swapcase())
print(b"abc".startswith((b"x", b"a")), b"a\nb\r\nc".splitlines(), b"x".ljust(3, b"."), bytes.maketrans(b"ab", b"AB"))
print(b"hello".translate(bytes.maketrans(b"el", b"ip")), b"hello".translate(None, b"l"))
for expr in ['b"abc"[5]', 'b"abc" + "d"', 'bytes("abc")', 'bytes([256])', 'bytes([-1])', 'bytearray(b"x")[0:1].append(300)',
             'b"x".decode("utf-16")', 'b"\\xff".decode()', 'bytes.fromhex("zz")', 'bytes.fromhex("abc")', 'b"a".index(b"z")',
             'bytearray(b"").pop()', 'bytearray(b"abc").remove(120)', 'b"abc"[0] = 1', 'bytes(-1)', 'b"x" % 5',
             'hash(bytearray())', 'b"a".join(["s"])', 'ord(b"ab")', 'b"%s" % "x"', 'bytes(1.5)', 'bytearray("x")']:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
