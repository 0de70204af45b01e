s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.rfind("o", 0, 15))
print(s.index("fox"), s.rindex("o"), s.count("o"), s.count(""), "".count(""))
try:
    s.index("cat")
except ValueError as e:
    print(e)
try:
    s.rindex("cat")
except ValueError as e:
    print(e)
print(s.replace("the", "a"), s.replace("o", "0", 2), s.replace("", "|")[:12])
print("aaa".replace("a", "b", 0), "aaa".replace("a", "", -1), "abc".replace("", "-"))
print(s.startswith("the"), s.startswith(("a", "t")), s.endswith("dog"), s.endswith("do", 0, -1))
print(s.startswith("quick", 4), s.startswith(""), "".endswith(""))
try:
    s.startswith(["the"])
except TypeError as e:
    print(e)
print("a" in s, "zz" not in s, "" in "", "the quick" in s)
print(s.upper().title(), s.capitalize(), "hELLO wORLD".swapcase(), "ß".upper(), "ǅ".lower())
print("they're bill's".title(), "hello world".title(), "o'neil mcdonald-smith".title())
print("ΣΑΣ".lower(), "Straße".casefold(), "İ".lower().encode("utf-8"))
print("abc".removeprefix("ab"), "abc".removeprefix("x"), "abc".removesuffix("bc"), "abc".removesuffix(""))
table = str.maketrans("abc", "xyz", "d")
print("aabbccdd".translate(table), table)
print("hello".translate({ord("l"): None, ord("h"): "J"}), str.maketrans({"a": "1"}))
try:
    str.maketrans("ab", "x")
except ValueError as e:
    print(e)
