# The unicode_escape and raw_unicode_escape codecs: every escape, the error handlers, error positions, the DeprecationWarning of an unknown escape.
tests=[b"ab\\x4", b"\\x4g", b"\\u12", b"\\U00110000", b"x\\", b"\\N{LATIN SMALL LETTER A}", b"\\N{nope}", b"\\N", b"\\777\\0\\18", b"\\q\\\n.", b"\xe9\\u00e9", b"\\U0001F600",
       b"\\\r", b"\\N{", b"\\N{}", b"\\N{abc", b"ab\\N{x}yz", b"\\N{LATIN SMALL LETTER A", b"\\N{HANGUL SYLLABLE GA}\\N{BEL}\\N{latin small letter b}", b"\\x", b"\\U0011000", b"\\400", b"\\8", b"\\'\\\"\\a\\b\\f\\v\\\\"]
for t in tests:
  for e in ["strict","replace","ignore","backslashreplace"]:
    try: print(t, e, repr(t.decode("unicode_escape", e)))
    except Exception as x: print(t, e, type(x).__name__, x, x.start, x.end)
for s in ["a\\b\tc\n\r\x00\x7f\x80\xe9\u20ac\U0001f600\"\x27 ~", "\ud800", ""]:
  print(repr(s.encode("unicode_escape")), repr(s.encode("raw_unicode_escape")))
for t in [b"\\u00e9 \\\\u00e9 \\x41 \xe9", b"\\u12", b"\\", b"\\U00110000", b"\\\\\\u00e9", b"\\U1", b"a\\u", b"\\x41\\", b"\\\\\\u12", b"\\\\\\\\u00e9"]:
  for e in ["strict","replace","backslashreplace"]:
    try: print(t, repr(t.decode("raw_unicode_escape",e)))
    except Exception as x: print(t,type(x).__name__, x, x.start, x.end)
print(b"".decode("unicode-escape"), "x".encode("Unicode_Escape"))
print(bytearray(b"\\n").decode("unicode_escape"), memoryview(b"\\t").tobytes().decode("unicode-escape"))
print("a\U0001f600".encode("utf-8").decode("unicode_escape"))
s = "".join(map(chr, range(0, 0x3000, 7))) + "\U0001f600\U0010ffff"
print(s.encode("unicode_escape").decode("unicode_escape") == s, s.encode("raw_unicode_escape").decode("raw_unicode_escape") == s)
print(str(b"\\x41", "unicode_escape"), str(b"\\x41", encoding="raw_unicode_escape"))
print(b"\\q \\w".decode("unicode_escape"), b"a\\777".decode("unicode_escape"))
