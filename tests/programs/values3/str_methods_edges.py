s = "  Hello, World  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(" Hd")))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "  a  b  ".split(), "a b c".rsplit(None, 1))
print("line1\nline2\r\nline3\rline4".splitlines(), "x\ny\n".splitlines(True), "".splitlines())
print("hello".partition("l"), "hello".rpartition("l"), "hello".partition("z"), "hello".rpartition("z"))
print("abc".center(9, "*"), "abc".ljust(6, "-"), "abc".rjust(6), "42".zfill(5), "-42".zfill(6), "+x".zfill(4))
print("Hello World".swapcase(), "hello world".title(), "they're bill's".title(), "ßtraße".upper(), "İ".lower().encode())
print("hello".capitalize(), "HELLO wORLD".capitalize(), "ǆemal".capitalize(), "ﬁre".upper())
print("aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("hello world".count("o"), "aaaa".count("aa"), "abc".count(""), "abc".count("", 1))
print("hello".find("l"), "hello".rfind("l"), "hello".find("l", 3), "hello".find("l", -2), "hello".find(""), "hello".find("", 10))
print("a-b-c".join("XYZ"), ",".join([]), "".join(["a", "b"]))
print("tab\there".expandtabs(), "a\tbc\td".expandtabs(4), repr("x\ty".expandtabs(0)))
print("abc123".isalnum(), "abc".isalpha(), "123".isdigit(), "½".isnumeric(), "²".isdecimal(), "²".isdigit())
print("Hello World".istitle(), "  ".isspace(), "".isspace(), "abc".islower(), "ABC1".isupper(), "_id1".isidentifier(), "1x".isidentifier())
print("photo.jpg".endswith((".png", ".jpg")), "prefix_x".startswith("fix", 3), "abc".startswith(""))
print("TestCase".removeprefix("Test"), "file.py".removesuffix(".py"), "abc".removeprefix("z"))
print("Straße".casefold(), "ǅ".casefold(), "ß".lower())
print("%s" % "x".isascii(), "é".isascii(), "abc".translate({97: "A", 98: None}), "abc".translate(str.maketrans("ab", "xy", "c")))
print(str.maketrans({"a": 1, "b": "zz"}))
for expr in ['"abc".index("z")', '"abc".rindex("z")', '"a".split("")', '"abc".center(5, "ab")',
             '"abc".join([1, 2])', '"x".replace(1, "y")', '"a".startswith(["a"])', '"a" * "b"',
             '"abc"[5]', '"abc".count()', 'str.maketrans("ab", "c")', 'str.maketrans(1)',
             '"abc".encode("nope")', '"é".encode("ascii")', '"abc" + 1', '"abc".zfill("x")',
             'str.maketrans({"ab": 1})', '"abc".expandtabs(tabsize="4")', '"x".ljust()']:
    try:
        print(eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
