s = "The Quick Brown Fox Jumps"
print(s.lower().find("fox"), s.index("Q"), s.rfind("o"), s.find("o", 13), s.find("o", 13, 15), s.count("o"), s.count("o", 0, 12))
print("fox" in s.lower(), s.startswith(("A", "The")), s.endswith("mps", 0, len(s)), s.upper().isupper(), s.title() == s, s.swapcase())
print(s[::-1], s[4:9], s[-5:], s[:3].lower(), s.split()[2][::-1], "".join(w[0] for w in s.split()), s.replace(" ", "_").lower())
words = s.lower().split()
print(sorted(words, key=len), max(words, key=len), {w: len(w) for w in words}, [w.capitalize() for w in words if "o" in w])
print("Mississippi".replace("ss", "SS", 1), "Mississippi".lower().count("ss"), "banana".find("an", 2), "banana".rindex("an"), "abc".find("c", -1))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("cat", 3)
except ValueError as e:
    print("ValueError:", e)
print("ab" * 3 == "ababab", "abc" < "abd", "Z" < "a", "apple" > "app", min("hello"), max(["b", "ab"]), sorted("Hello"))
