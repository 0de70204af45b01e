# Unicode text handling: casefold, width-aware padding, encode/decode round trips, escapes and str methods.
words = ["Straße", "STRASSE", "straße", "Ǆemal", "ǅemal", "ǆemal", "ΣΊΣΥΦΟΣ", "σίσυφος", "İstanbul", "ﬁnish"]

print("casefold groups:")
groups = {}
for w in words:
    groups.setdefault(w.casefold(), []).append(w)
for key in sorted(groups):
    print(f"  {key!r:14} <- {groups[key]}")

print("cases:")
for w in words:
    print(f"  {w:10}|{w.upper():12}|{w.lower():12}|{w.title():10}|{w.swapcase():10}|{len(w)}")

print("padding:")
for w in ["日本", "café", "naïve", "e\u0301", "👍🏽", "ok"]:
    print(f"[{w.center(8, '·')}] [{w.ljust(6)}] [{w.rjust(6, '*')}] [{w:^7}] len={len(w)}")

print("encodings:")
samples = ["héllo", "日本語", "emoji 😀", "tab\there", "\x00\x7f\x80"]
for s in samples:
    u8 = s.encode("utf-8")
    u16 = s.encode("utf-16-le")
    print(f"  {s!r}: utf8={len(u8)} utf16={len(u16)} {u8!r}")
    assert u8.decode() == s and u16.decode("utf-16-le") == s
    print("   ascii/replace:", s.encode("ascii", "replace"), s.encode("ascii", "ignore"),
          s.encode("ascii", "backslashreplace"))
    try:
        s.encode("latin-1")
        print("   latin-1 ok:", s.encode("latin-1").hex(" "))
    except UnicodeEncodeError as e:
        print(f"   latin-1 fails at {e.start}-{e.end}: {e.reason}")

bad = b"ok \xff\xfe then \xc3\xa9 and \xe6\x97"
print(bad.decode("utf-8", "replace"))
print(bad.decode("utf-8", "ignore"))
print(bad.decode("utf-8", "backslashreplace"))
try:
    bad.decode("utf-8")
except UnicodeDecodeError as e:
    print("decode error:", e)
print(bad.decode("latin-1"))

print("predicates:")
for s in ["123", "١٢٣", "½", "²", "abc", "Ǆ", "ǅ", "  ", "\t\n", "ℌ", "x_1", "1x", "class", "ÀÉ"]:
    flags = [s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(),
             s.isupper(), s.istitle(), s.isspace(), s.isidentifier(), s.isprintable(), s.isascii()]
    print(f"  {s!r:8}", "".join("1" if f else "." for f in flags))

print("ord/chr:")
for ch in "aé€😀\u200b":
    print(f"  U+{ord(ch):04X} {ch!r} {ascii(ch)} {hex(ord(ch))} {chr(ord(ch)) == ch}")

text = "The quick brown 🦊 jumps over the lazy 🐶. Ünïcödé wörds!"
print(text.split(), text.rsplit(" ", 2))
print(text.translate(str.maketrans("äöüÜï", "aouUi", "!.")))
print(text.partition("🦊"), text.rpartition("o"))
print(text.find("🐶"), text.index("over"), text.count("o"), text[16:19])
print(text.replace(" ", "_", 3).expandtabs(), "%-8s|%5.2s|" % ("ab€", "日本語"))
print(" | ".join(f"{w:>7.3}" for w in ["Ärger", "mañana", "日本語です"]))
print(repr("quote'\"mix"), repr("\x1b[0m"), repr("\u2028"), repr("\U0001f600"))
print(sorted(["éclair", "eclair", "Eclair", "zebra", "Zürich", "ábc"]),
      sorted(["éclair", "eclair", "Eclair", "zebra", "Zürich"], key=str.casefold))
print("ß".upper(), "ﬃ".upper(), "İ".lower(), len("İ".lower()), "Σ".lower(), "ΑΣ".lower())
print(str(b"\xce\xbb", "utf-8"), bytes("λ", "utf-8"), bytearray("ñ", "utf-8"), "λ".encode().decode("utf-8"))
