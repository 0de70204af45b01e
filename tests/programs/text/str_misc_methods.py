print("Hello {}".format_map({}) if False else "{a}-{b}".format_map({"a": 1, "b": 2}))
class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"
print("{name} is {age}".format_map(Default(name="Ann")))
print("%s" % "x", str.upper("abc"), str.__len__("abcd"), "abc".__contains__("b"), "ab".__add__("c"))
print("abc".encode(), "ñ".encode("utf-8"), "ñ".encode("latin-1"), "abc".encode("utf-16"))
print(b"\xc3\xb1".decode(), b"abc".decode("ascii"), "x".encode("utf-32-le"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(e)
print(sorted(["banana", "Apple", "cherry"]), sorted(["banana", "Apple", "cherry"], key=str.lower))
print(sorted(["bb", "a", "ccc"], key=len), max(["bb", "a", "ccc"], key=len))
words = "the rain in spain falls mainly".split()
print(" ".join(w.capitalize() for w in words), [w for w in words if "ain" in w])
print("".join(reversed("stressed")), "abc".isalpha() and "abc".islower())
s = "x"
s += "y"
s = s * 3
print(s, s.count("xy"), s.index("yx"), id(s) == id(s))
print(str.join(",", ["a", "b"]), str.split("a b"), "a-b-c".split("-", maxsplit=1))
print("Title Case Here".istitle(), "a".isidentifier(), "a b".replace(" ", ""), "tab\there".expandtabs(2))
print("%-10s|" % "left", "%10s|" % "right", "{:>10}|".format("right"), "right".rjust(10) + "|")
print(len("\N{GREEK SMALL LETTER ALPHA}\N{BULLET}"), "\N{GREEK SMALL LETTER ALPHA}")
print("abc".startswith(("x", "a"), 0), "a,b;c".replace(";", ",").split(","))
print(str.isdigit("5"), "Ǆ".istitle(), "ǅ".istitle(), "ǆ".title())
