# bytes and bytearray methods given odd arguments: ranges for startswith,
# the integer a maxsplit or count must be, and CPython's wording of errors.
data = b"key=value; other=thing"
print(data.startswith(b"value", 4), data.startswith(b"key", 0, 2), data.endswith(b"=", 0, 4))
print(data.startswith((b"x", b"key")), data.endswith((b"thing",), -5), bytearray(b"abc").endswith(b"bc", 1))
print(b"a\nb\r\nc".splitlines(True), b"a\nb".splitlines(0), bytearray(b"x\ny").splitlines(keepends=1))
print(b"a b c".split(None, 1), b"a,b,c".replace(b",", b";", 1), bytearray(b"abc").pop(0))
for obj in [b"abc", bytearray(b"abc")]:
    for name, args in [("startswith", (1,)), ("endswith", ("c",)), ("startswith", ((1,),)),
                       ("startswith", ()), ("find", ()), ("find", (b"a", 1, 2, 3)),
                       ("count", (None, "x")), ("split", (b"a", b"b")), ("replace", (b"a", b"b", "1")),
                       ("splitlines", ("x",)), ("decode", (97,)), ("decode", ("utf-8", None)),
                       ("lower", (1,)), ("isdigit", (1,)), ("isalpha", (b"a", 2)), ("zfill", ()),
                       ("partition", (b"a", b"b")), ("join", ()), ("lstrip", (b"a", b"b")),
                       ("rstrip", (1, 2, 3)), ("removeprefix", ())]:
        try:
            print(type(obj).__name__, name, args, "->", repr(getattr(obj, name)(*args)))
        except (TypeError, ValueError) as e:
            print(type(obj).__name__, name, args, "!!", type(e).__name__ + ":", e)
b = bytearray()
for arg in ["x", 5]:
    try:
        b.pop(arg)
    except (TypeError, IndexError) as e:
        print("pop", repr(arg), type(e).__name__ + ":", e)
