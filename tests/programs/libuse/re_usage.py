import re
text = "Call 555-1234 or 555-9876; fax 555-0000. Email: ann@example.com, bob.smith@mail.org"
print(re.findall(r"\d{3}-\d{4}", text), re.findall(r"(\d{3})-(\d{4})", text)[:2], re.findall(r"[\w.]+@(\w+)\.\w+", text))
print(re.sub(r"(\d{3})-(\d{4})", r"\2-\1", text[:30]), re.sub(r"\d", "#", "a1b22", count=2), re.subn(r"o", "0", "foo boo"))
print(re.sub(r"\b(\w)(\w*)\b", lambda m: m.group(1).upper() + m.group(2), "hello big world"))
print(re.sub(r"(?P<word>\w+)@", r"<\g<word>>@", "ann@x"), re.sub("a|", "-", "abc"), re.sub(r"x*", "-", "abxd"))
print(re.split(r"\s*[,;]\s*", "a , b;c ;  d"), re.split(r"(,)", "a,b,c"), re.split(r"\d", "a1b2c", maxsplit=1), re.split(r"x*", "axbc"))
m = re.search(r"(?P<user>\w+)@(?P<host>[\w.]+)", text)
print(m.group(), m.group("user"), m.groups(), m.groupdict(), m.start(), m.end(), m.span("host"), m[1], m.lastgroup)
print(re.match(r"\d+", "abc"), bool(re.match(r"a", "abc")), re.fullmatch(r"\w+", "abc!"), re.fullmatch(r"[a-c]+", "abcba").group())
pat = re.compile(r"^(\w+):\s*(.*)$", re.MULTILINE)
for key, val in pat.findall("name: pyedu\nversion:  3.11\nbad line\nauthor:x"):
    print(f"{key!r} -> {val!r}")
print([m.group(0) for m in re.finditer(r"[A-Z][a-z]+", "Alice and Bob met Carol")], pat.pattern[:6], pat.flags & re.M > 0)
print(re.findall(r"(?i)hello", "Hello HELLO hello"), re.findall(r"a.c", "a\nc abc", re.S), re.escape("a.b*c"), re.findall(r"\bcat\b", "cat concat cat."))
print(re.findall(r"(a)(b)?", "ab a"), re.search(r"(\d+)(?=px)", "width: 100px").group(1), re.findall(r"(?<=\$)\d+", "$5 and $10"))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "first second third fourth"), re.findall(r"<.*?>", "<a><b>"), re.findall(r"<.*>", "<a><b>"))
for bad in [r"(", r"[a-", r"a{2,1}", r"*a", r"(?P<n>a)(?P<n>b)", r"\1(a)"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), "->", "error:", e)
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print("error:", e)
try:
    m.group(5)
except IndexError as e:
    print("IndexError:", e)
