# json (dumps options, loads errors and their messages, object_hook, custom encoders) and re (groups, flags, lookaround, sub with a function, split, finditer, errors)
import json
import re
from decimal import Decimal
from collections import OrderedDict

data = {"name": "Zoë", "tags": ["a", "b"], "n": 1, "f": 1.5, "none": None, "t": True, "nested": {"k": [1, {"x": []}]}, "e": {}, "big": 10**20, "neg": -0.0}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent="\t", separators=(",", ": ")))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps([1, [2, []], {}], indent=0), json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps("x", indent=2))
print(json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}), json.dumps({"b": 1, "a": 2}, sort_keys=True))
print(json.dumps([float("inf"), float("-inf"), float("nan")]), json.dumps("\u2028\n\t\"\\/\x01é😀"), json.dumps("😀", ensure_ascii=False))
print(json.dumps((1, 2)), json.dumps(1e100), json.dumps(0.1), json.dumps(1.0), json.dumps(123456789012345678901234567890), json.dumps(OrderedDict(b=1, a=2)))
def default(o):
    if isinstance(o, set):
        return sorted(o)
    if isinstance(o, Decimal):
        return str(o)
    raise TypeError(f"cannot serialize {type(o).__name__}")
print(json.dumps({"s": {3, 1, 2}, "d": Decimal("1.10")}, default=default))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
print(json.dumps([1j, 2 + 3j], cls=Enc), Enc(indent=1).encode({"a": [1]}), list(json.JSONEncoder().iterencode({"a": 1})))

for bad in [lambda: json.dumps(object()), lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(float("nan"), allow_nan=False), lambda: json.dumps([1j], cls=Enc) and json.dumps(set())]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, str(e).replace(hex(id(e)), ""))
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))
circ = []; circ.append(circ)
try:
    json.dumps(circ)
except ValueError as e:
    print("ValueError", e)

print(json.loads('{"a": [1, 2.5, "x", null, true, false], "b": {"c": -1e3}}'), json.loads("  [1]  "), json.loads('"\\u00e9\\ud83d\\ude00"'), json.loads("NaN"), json.loads("-Infinity"), json.loads(b'{"x": 1}'))
print(json.loads('{"a": 1, "a": 2}'), json.loads("12345678901234567890"), json.loads("1.0"), json.loads("1E2"), type(json.loads("1e2")).__name__)
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict), json.loads('{"p": 1.1}', parse_float=Decimal), json.loads("[1, 2]", parse_int=float), json.loads("[NaN]", parse_constant=lambda c: c))
def hook(d):
    if "__point__" in d:
        return ("point", d["x"], d["y"])
    return d
print(json.loads('[{"__point__": true, "x": 1, "y": 2}, {"z": {"__point__": 1, "x": 0, "y": 0}}]', object_hook=hook))
bads = ['', ' ', '{', '[1,]', '{"a" 1}', '{"a": 1,}', "{'a': 1}", '[1 2]', 'nul', 'tru', '"abc', '"\\x"', '1 2', '[1] x', '{"a":1}}', '01', '-', '"\t"', '[', '{"a":', '"\\ud800"', '1.', '.5', '+1', '[1,\n 2,\n ]', '{1: 2}', '"\\u12"', 'Infinityx']
for text in bads:
    try:
        print(repr(text), ascii(json.loads(text)))
    except json.JSONDecodeError as e:
        print(repr(text), "->", e, "|", e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
try:
    json.loads(5)
except TypeError as e:
    print("TypeError", e)
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} rest'), dec.decode(" [true] "))
try:
    dec.raw_decode(" [1]")
except json.JSONDecodeError as e:
    print("JSONDecodeError", e)
import io
buf = io.StringIO(); json.dump({"k": [1, 2]}, buf, indent=1); print(buf.getvalue()); print(json.load(io.StringIO(buf.getvalue())))

m = re.match(r"(?P<year>\d{4})-(?P<month>\d\d)(?:-(?P<day>\d\d))?", "2024-03 rest")
print(m, m.group(), m.group(0, 1), m.groups(), m.groups("?"), m.groupdict(), m.groupdict(""), m["year"], m.start("month"), m.end(2), m.span(), m.span(3), m.lastindex, m.lastgroup, m.re.pattern, m.string, m.pos, m.endpos)
print(re.search(r"\bfoo\b", "a foo b").span(), re.search(r"o+", "fooo"), re.findall(r"(\w)(\d)", "a1 b2 c3"), re.findall(r"\d+", "1 22 333"), re.findall(r"(a)|b", "ab"))
print(re.fullmatch(r"\w+@\w+\.com", "me@x.com") is not None, re.fullmatch(r"a|ab", "ab"), re.match(r"a|ab", "ab"), re.fullmatch("a*", ""))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world"), re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c3"), re.sub(r"x*", "-", "abxd"), re.subn(r"a", "A", "banana", count=2))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>>", "a b"), re.sub(r"(a)", r"\g<1>0", "a"), re.sub("a", r"\n", "a") == "\n", re.sub(r"(?i)HELLO", "bye", "Hello hello"), re.sub("", "-", "abc"))
print(re.split(r"\s*,\s*", "a , b,c ,d"), re.split(r"(,)", "a,b,c"), re.split(r"(?:,)|(;)", "a,b;c"), re.split(r"\W+", "Words, words, words.", maxsplit=1), re.split(r"\b", "a b"), re.split("x*", "axbc"))
print([m.group() for m in re.finditer(r"\w+", "one two  three")], [(m.start(), m.group(1)) for m in re.finditer(r"(\d)(?=px)", "1px 2em 3px")])
print(re.findall(r"(?<=\$)\d+", "$10 and $200 but 5"), re.findall(r"\d+(?!px)\b", "10px 20em 30"), re.findall(r"(?<!\d)\.\d+", "a .5 1.5"), re.findall(r"(?i)[a-c]+", "ABCabcxyz"))
pat = re.compile(r"""
    (?P<key>\w+)   # the key
    \s*=\s*
    (?P<val>[^;]+) # the value
""", re.VERBOSE)
print([m.groupdict() for m in pat.finditer("a = 1; bb=two ;c= 3")], pat.groups, pat.groupindex, pat.flags & re.VERBOSE != 0, pat.pattern.count("\n"))
print(re.findall(r"^\w+", "one\ntwo\nthree", re.M), re.findall(r"a.b", "a\nb", re.S), re.search(r"É", "é", re.I), re.findall(r"\w+", "héllo wörld", re.A), re.findall(r"[^\W\d]+", "ab12cd"))
print(repr(re.compile(r"a+", re.I | re.M)), re.compile("x").flags, re.I, repr(re.I | re.M), re.compile(r"(?x) a b").match("ab"), re.compile(r"\d").sub("#", "a1b2"))
print(re.escape("a.b*c?d[e]f(g)h{i}j^k$l|m\\n+o p-q#r&s~t\n"), re.escape("simple_word123"), re.purge() is None)
print(re.match(r"(a)(b)?", "a").groups(), re.match(r"(a)(b)?", "a").group(2), re.match(r"(?:(a)|b)+", "ab").group(1), re.match(r"(a*)+", "b").group(1), re.match(r"(\w+)\s\1", "hey hey you").group())
print(re.search(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' now").group(), re.match(r"(?s).+", "a\nb").group(), re.match(r"\A\d+\Z", "123") is not None, re.search(r"\d{2,3}?", "12345").group(), re.findall(r"a{,2}", "aaa"))
print(re.sub(r"(?m)^", "> ", "a\nb"), re.findall(r"[\u00e0-\u00ff]+", "café naïve"), re.match(r"(?i:A)b", "ab"), re.findall(r"(?a)\d", "1٣2"), re.findall(r"\d", "1٣2"))
m2 = re.search(r"(\d+)-(\d+)", "tel 555-1234 ok")
print(m2.expand(r"\2/\1"), m2.expand(r"\g<0>!"), bool(m2), m2.regs, m2[0], m2[1:] if False else m2[2], re.compile(r"\d+").search("ab12", 3).group(), re.compile(r"\d").match("a1", 1), re.compile(r"\d+").fullmatch("123", 0, 2))
for bad in ["(", "a)", "[a-", "*a", "a**", "(?P<1>x)", "(?P<n>a)(?P<n>b)", r"\1", "a{2,1}", "(?<=a+)b", "[z-a]", "(?Q)", r"\p", "x(?P=nope)", "(?P<n>", "a|*", "(?i", r"\k<x>"]:
    try:
        re.compile(bad)
        print(repr(bad), "compiled")
    except re.error as e:
        print(repr(bad), "->", e, "|", e.msg, e.pos, e.pattern == bad)
for bad in [lambda: re.sub("(a)", r"\2", "a"), lambda: re.sub("a", "\\", "a"), lambda: re.match("(a)", "a").group(5), lambda: re.match("(a)", "a").group("x"), lambda: re.sub("a", r"\g<bad", "a")]:
    try:
        print(bad())
    except (re.error, IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(re.match(r"(?P<a>x)", "x").span("a"), re.error.__name__, re.error.__module__)
print(list(json.JSONEncoder(sort_keys=True, separators=(",", ":")).iterencode({"b": 1, "a": [True]})))
print(list(json.JSONEncoder(separators=("", "")).iterencode({"a": 1, "b": [1, 2]})))
print(list(json.JSONEncoder(skipkeys=True).iterencode({(1,): 1, "b": 2, (2,): 3, "c": 4})))
print(list(json.JSONEncoder(indent=1).iterencode([[], [[]], {"x": {}}])))
print(json.dumps({"a": [1, {"b": None}], "c": "d"}, indent=3), json.dumps([1, [2, [3]]], indent=""))
e = json.JSONEncoder()
for v in [[1, 2], [[1], "a", {"k": [None]}], {"a": 1, "b": [1, {}]}, {}, [], "s", 1.5]:
    print(list(e.iterencode(v)))
print(list(json.JSONEncoder(indent=2).iterencode({"a": [1, 2], "b": {}})))
