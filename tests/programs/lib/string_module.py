# string: constants, capwords, Template (custom delimiter/idpattern/
# braceidpattern/flags/pattern, errors with positions), Formatter (parse
# of every kind of field and its errors, nesting, numbering, subclassing)
import string

for name in ("digits", "octdigits", "hexdigits", "ascii_lowercase", "ascii_uppercase",
             "ascii_letters", "punctuation", "whitespace", "printable"):
    print(name, repr(getattr(string, name)))
print(string.capwords("  hello   wide\tworld "), string.capwords("a-b-c", "-"), string.capwords("x y", " "))

T = string.Template
t = T("$who owes ${amount}$$ to $who_else.")
print(t.substitute(who="Bob", amount=5, who_else="Al"), t.safe_substitute({"who": "Cy"}))
print(t.substitute({"who": "map", "amount": 1, "who_else": "x"}, who="kw"))
print(t.get_identifiers(), t.is_valid(), T("$a $").is_valid(), T("${a} $a $b").get_identifiers())
for template in ("$", "x $ y", "line1\nab $9", "a\n\n  ${x", "${bad name}", "$$$"):
    try:
        print(repr(T(template).substitute(x=1)))
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
    print(repr(T(template).safe_substitute()))
try:
    T("$missing").substitute()
except KeyError as e:
    print("KeyError", e)

class Percent(T):
    delimiter = "%"
class Dotted(T):
    idpattern = r"[a-z]+(?:\.[a-z]+)*"
class Braced(T):
    braceidpattern = r"[^}]+"
class CaseSensitive(T):
    flags = 0
class Custom(T):
    pattern = r"""
    @(?:
      (?P<escaped>@) |
      (?P<named>[a-z]+) |
      <(?P<braced>[a-z ]+)> |
      (?P<invalid>)
    )"""
print(Percent("%who likes %%what and ${x}").substitute(who="tim", x=0))
print(Dotted("$user.name is $age").substitute({"user.name": "ann", "age": 3}))
print(Braced("${any thing} $plain").substitute({"any thing": 1, "plain": 2}))
print(CaseSensitive("$low $High").safe_substitute(low=1, High=2), T("$High").substitute(High=3))
print(Custom("@name <@<two words>> @@ @").safe_substitute(name="n", **{"two words": 2}))
print(Custom.pattern.pattern == Custom.__dict__["pattern"].pattern, type(T.pattern).__name__)
print(T.delimiter, T.idpattern, T.braceidpattern, T.flags)

f = string.Formatter()
for s in ["a{{b}}c{0}", "{0!r:>5}b{{c}}{x.y[1]}", "{", "}", "a}b", "{0!}", "{0!rr}", "{0!r",
          "{a[}", "{:{w}}x", "{{}}", "{}{}", "{a.b.c[0][k]}", "}}{{", "x{0:{1:{2}}}", "{0[}",
          "{0]}", "{!r}", "{0:}", "{0:x!r}", "{a[b]c}", "{a.}", "{0:{", "ab{0}cd{{ef", "{a{b}",
          "{a[:!}]}", "plain", ""]:
    try:
        print(repr(s), list(f.parse(s)))
    except ValueError as e:
        print(repr(s), "ValueError:", e)

class P:
    real = 4
    items = {"k": ["zero", "one"]}
for s, args in [("x{0:{1:{2}}}", (1, 2, 3)), ("{0:{1}}", (5, ">4")), ("{}{}{1}", (1, 2)),
                ("{1}{}", (1, 2)), ("{0.real}{}", (1, 2)), ("{}{0.real}", (1, 2)),
                ("{!s:{}}", (1, ">3")), ("{0!x}", (1,)), ("{p.items[k][1]}", ()),
                ("{0[1]}{0[-1]}", ([1, 2],)), ("{a.}", ()), ("{0[]}", ([],)), ("{p[0}", ()),
                ("{p.real!r:*^7}|{0!a}", ("é",)), ("{٣}", (0, 1, 2, 3)), ("{007}", tuple(range(8))),
                ("{:{}}", ("ab", 5)), ("{0:{fill}>{width}}", ("z",))]:
    try:
        print(repr(s), repr(f.format(s, *args, p=P(), fill="-", width=4)))
    except (ValueError, IndexError, KeyError, TypeError, AttributeError) as e:
        print(repr(s), type(e).__name__, e)

class Strict(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        unused = set(range(len(args))) | set(kwargs)
        unused -= used
        if unused:
            raise ValueError("unused: %r" % sorted(unused, key=str))
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<%s?>" % key
        return super().get_value(key, args, kwargs)
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)
    def format_field(self, value, spec):
        return "[" + super().format_field(value, spec) + "]"
s = Strict()
print(s.format("{0} {name!u} {other}", 1, name="ann"))
try:
    s.format("{0}", 1, 2, extra=3)
except ValueError as e:
    print(e)
print(s.vformat("{x}{w}", (), {"x": 7, "w": 3}), f.get_field("0.real", (5,), {}), f.get_value(0, ("a",), {}))
