# The empty str and bytes hash to 0; bytearray += takes only bytes-like objects.
print(hash(""), hash(b""), hash("") == hash(b""), hash(()) == hash(tuple()), {"": 1}[""])
print(hash("a") == hash("a"), hash("ab") == hash(b"ab"), len({"", b"", 0, 0.0, False}))
for value in [(1,), [1], "s", b"y", bytearray(b"z"), memoryview(b"m"), 5]:
    target = bytearray(b"x")
    try:
        target += value
        print("+=", type(value).__name__, "->", target)
    except TypeError as e:
        print("+=", type(value).__name__, "!!", e)
    try:
        print("+ ", type(value).__name__, "->", b"x" + value)
    except TypeError as e:
        print("+ ", type(value).__name__, "!!", e)
grow = bytearray()
grow.extend([65, 66])
grow.extend(b"C")
grow += b"D"
print(grow, bytes(grow))
for fmt, args in [(b"%s", (b"a", b"b")), (bytearray(b"x"), -1), ("%s", (1, 2))]:
    try:
        fmt % args
    except TypeError as e:
        print(type(fmt).__name__, "TypeError:", e)
