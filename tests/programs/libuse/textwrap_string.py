import textwrap, string
para = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
print(textwrap.fill(para, width=30))
print(textwrap.wrap(para, 25)[:3], textwrap.wrap("", 10), textwrap.wrap("short", 10))
print(textwrap.fill(para, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(para, width=40), textwrap.shorten("Hello  world!", width=12), textwrap.shorten("a b", 10, placeholder="..."))
print(textwrap.dedent("""\
    def f():
        return 1
    """), end="")
print(textwrap.indent("a\nb\n\nc", "> "), textwrap.indent("x\ny", "+ ", lambda line: line.startswith("y")))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10), textwrap.wrap("a-very-long-hyphenated-word here", 8))
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords("hello   wide world"), string.capwords("a-b c-d", "-"))
t = string.Template("$who likes ${what}s, $$5")
print(t.substitute(who="tim", what="apple"), t.safe_substitute(who="ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
try:
    string.Template("$").substitute()
except ValueError as e:
    print("ValueError:", e)
f = string.Formatter()
print(f.format("{0}-{x}", 1, x=2), list(f.parse("a{0!r:>3}b")))
try:
    textwrap.wrap("abc", width=0)
except ValueError as e:
    print("ValueError:", e)
