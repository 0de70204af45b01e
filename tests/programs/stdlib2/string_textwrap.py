# string (Template, constants, capwords, Formatter) and textwrap (wrap, fill, dedent, indent, shorten) used as programs use them
import string
import textwrap

print(repr(string.ascii_letters), repr(string.digits), repr(string.hexdigits))
print(repr(string.octdigits), repr(string.punctuation))
print(repr(string.whitespace), len(string.printable), repr(string.printable[-10:]))
print(string.capwords("hello   wORLD  foo"), string.capwords("a-b-c d", "-"))
print(repr(string.capwords("  leading and trailing  ")))

t = string.Template("$who likes ${what}; cost $$5")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann"}, what="tea"))
print(t.safe_substitute(who="x"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("$who $").substitute(who=1)
except ValueError as e:
    print("ValueError", e)
try:
    string.Template("ab\n  ${bad name}").substitute()
except ValueError as e:
    print("ValueError", e)
print(string.Template("$who $").safe_substitute(who=1))
print(t.template, t.get_identifiers(), t.is_valid())
print(string.Template("${a} $b $$ $").is_valid())

class Pct(string.Template):
    delimiter = "%"
print(Pct("%x and %{y}%%").substitute(x=1, y=2))

class Upper(string.Template):
    idpattern = r"[A-Z]+"
print(Upper("$ABC $abc").safe_substitute(ABC="yes", abc="no"))

f = string.Formatter()
print(f.format("{0}-{name}-{1:>4}", "a", "b", name="N"))
print(list(f.parse("x{0!r:>3}y{{z}}")))
print(f.vformat("{a.real} {b[1]}", (), {"a": 3, "b": [5, 6]}))

text = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
for line in textwrap.wrap(text, width=30):
    print(repr(line))
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10, break_long_words=False))
print(textwrap.wrap("well-known hyphen-separated words here", 12))
print(textwrap.wrap("well-known hyphen-separated words here", 12, break_on_hyphens=False))
print(textwrap.wrap("a\tb\tc", 20), textwrap.wrap("a\tb\tc", 20, tabsize=4))
print(textwrap.wrap("one. two.  three", 40, fix_sentence_endings=True))
print(textwrap.wrap("Hello there.  How are you? Fine!", 40, fix_sentence_endings=True))
print(textwrap.wrap(" leading space kept", 40, drop_whitespace=False))
print(textwrap.wrap("line1\nline2  x", 40), textwrap.wrap("x\ny", 40, replace_whitespace=False))
print(textwrap.wrap("aaa bbb ccc ddd eee fff ggg", 8, max_lines=2))
print(textwrap.wrap("aaa bbb ccc ddd eee fff ggg", 8, max_lines=2, placeholder=" ..."))
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print("ValueError", e)
try:
    textwrap.wrap("abc def ghi", 4, max_lines=1, placeholder=" [......]")
except ValueError as e:
    print("ValueError", e)

print(repr(textwrap.dedent("""\
    def f():
        return 1
      # odd
    """)))
print(repr(textwrap.dedent("  a\n\n    b\n  \n")))
print(repr(textwrap.dedent("\ta\n    b")))
print(repr(textwrap.dedent("  x\n \t y")))
print(repr(textwrap.indent("a\n\nb\n", "> ")))
print(repr(textwrap.indent("a\n\nb\n", "> ", lambda line: True)))
print(repr(textwrap.indent("a\r\nb", "+")))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
print(repr(textwrap.shorten("   ", width=5)))
w = textwrap.TextWrapper(width=15, initial_indent="- ", subsequent_indent="  ", expand_tabs=False)
print(w.wrap("alpha beta gamma delta epsilon"))
w.width = 25
print(w.fill("alpha beta gamma delta epsilon"))
print(textwrap.wrap("x" * 25, 10))
print(textwrap.wrap("a - b -- c---d", 5))
print(textwrap.wrap("look, a comma,and,more,text here", 8))
