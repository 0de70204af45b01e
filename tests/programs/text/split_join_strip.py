line = "  alpha, beta,,gamma ,  "
print(line.split(","))
print(line.split(",", 2))
print(line.rsplit(",", 2))
print(line.split())
print("a  b\tc\nd".split(None, 1), "a  b\tc\nd".rsplit(None, 1))
print("".split(","), "".split(), "   ".split(), ",".split(","))
print("a,b,c".split(",", 0), "a,b,c".split(",", -1))
print("one\ntwo\r\nthree\rfour\n".splitlines(), "x\ny\n".splitlines(True))
print("\x0bvt\x0cff\x1cfs\u2028ls".splitlines())
print(line.strip(), repr(line.lstrip()), repr(line.rstrip(" ,")))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "..path..".lstrip("."))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "+".join(map(str, range(4))))
try:
    "-".join(["a", 1, "b"])
except TypeError as e:
    print(e)
try:
    "-".join(5)
except TypeError as e:
    print(e)
try:
    "a".split("")
except ValueError as e:
    print(e)
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="))
try:
    "x".partition("")
except ValueError as e:
    print(e)
print("Mississippi".split("ss"), "Mississippi".count("ss"), "Mississippi".count("i", 2, 8))
print("a\tb\tc".expandtabs(4), repr("ab\tc".expandtabs()), "x".center(7, "*"), "x".ljust(3, "-"))
print("42".zfill(5), "-42".zfill(5), "+x".zfill(4), "abc".zfill(2), "3.5".rjust(6, "0"))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(e)
