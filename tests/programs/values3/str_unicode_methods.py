s = "Ünïcödé Straße ǅungla ΣΑΣ"
print(s.upper(), s.lower(), s.casefold(), s.title(), s.swapcase(), len(s), s[::-1])
print("ﬃ".upper(), "ΣΑΣ ΟΔΟΣ".lower(), "İstanbul".lower(), len("İ".lower()), "ǈ".istitle(), "ǈ".upper(), "ǈ".lower())
print("١٢٣".isdigit(), int("١٢٣"), "٣.٥" and float("٣.٥"), "Ⅻ".isnumeric(), "Ⅻ".isdigit(), "①".isdigit(), "①".isdecimal())
print("日本語テキスト".center(13, "・"), "ab".center(6, "日"), "x".ljust(4, "é") + "|", "é".zfill(3))
print("a\u0301" == "á", len("a\u0301"), "e\u0301".isalpha(), "\u00a0".isspace(), "\u2028".splitlines() if False else "a\u2028b\x1cc\x85d".splitlines())
print("ß".upper(), "ß".upper().lower(), "ß" == "ss", "ß".casefold() == "ss", sorted(["é", "e", "f", "E"]))
print(ascii("Zürich ☃ 😀"), repr("😀\u200b\x7f\x80\xa0"), "\N{GREEK SMALL LETTER ALPHA}", "\u03b1".encode("utf-8"), "😀".encode("utf-16-le"))
print("x😀y".find("y"), "😀😀".count("😀"), "😀".encode(), len("😀".encode()), "日本".encode("utf-8").decode("utf-8"))
print("abc".encode("utf-16"), "é".encode("latin-1"), "€".encode("cp1252") if False else "", "naïve".encode("ascii", "replace"), "naïve".encode("ascii", "xmlcharrefreplace"), "naïve".encode("ascii", "backslashreplace"))
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"\xe9t\xe9".decode("utf-8", "backslashreplace"), b"a\xffb".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))
try:
    b"caf\xe9 au lait".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e, e.start, e.end, e.reason)
try:
    "naïve ☃".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    "x".encode("utf-8", "bogus")
except LookupError as e:
    print("LookupError:", e)
try:
    "\ud800".encode()
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print(max("héllo"), min("Zebra"), ord(max("日本")), "".join(sorted("bäc")), "Ä" < "B", "a" < "B")
print("{:^9}|{:>6}|".format("日本", "ñ"), f"{'Σ':*<4}", "%-4s|" % "é", "%3c|" % "é")
raw = b"a\xffb\xc3\xa9\x80"
t = raw.decode("utf-8", "surrogateescape")
print(ascii(t), t.encode("utf-8", "surrogateescape") == raw, t.encode("ascii", "surrogateescape") if False else "")
print("a\udcff".encode("ascii", "surrogateescape"), "a\udcff".encode("latin-1", "surrogateescape"))
for e in ['"\\ud800".encode("utf-8", "surrogateescape")', '"\\udc7f".encode("utf-8", "surrogateescape")', '"é\\udcff".encode("ascii", "surrogateescape")']:
    try: print(eval(e))
    except UnicodeEncodeError as x: print(x)
