print(abs(-3), abs(-2.5), abs(3 - 4j), abs(True), round(7 / 3, 3), divmod(7, 2), pow(2, 10), pow(2, 0.5))
print(chr(65), chr(0x263A), ord("A"), ord("€"), ascii("café ☺"), repr("tab\t\x00\u200b"), repr("'\""), repr('"'))
print(bin(5), oct(-8), hex(255), int(bin(5), 2), bool([]), bool([0]), bool(0.0), bool("False"), bool(None))
print(str(b"x"), str(1e6), str(123456789012.0), str([1, "a"]), str(None), str(...), repr(NotImplemented), Ellipsis is ...)
print(len("héllo"), len(b"h\xc3\xa9"), len({1: 2}), len(range(3, 9)), isinstance(True, int), issubclass(bool, int))
print(isinstance(3, (str, (float, int))), type(3) is int, type(type), callable(len), callable(3), hasattr("s", "upper"))
print(getattr([], "append").__name__, getattr(3, "missing", "dflt"), id(None) == id(None), hash("a") == hash("a"))
print(list(map(ord, "ab")), "".join(map(chr, [104, 105])), vars(type("T", (), {"a": 1}))["a"], dir([])[:3])
print(int.__name__, str.__qualname__, type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
print(1 if NotImplemented else 0) if False else None
print(format(1 / 7, ".5f"), round(-0.5), round(0.5 + 1e-9), min(1, 2.0), max("10", "9"), sorted([10, 9, 100], key=str))
for expr in ['chr(-1)', 'chr(0x110000)', 'chr("a")', 'ord("ab")', 'ord("")', 'ord(1)', 'abs("x")', 'len(5)',
             'len()', 'isinstance(1, 1)', 'issubclass(1, int)', 'getattr(1, "x")', 'getattr(1, 2)', 'hash([])',
             'divmod("a", 1)', 'round("1")', 'bin(1.0)', 'hex("1")', 'callable()', 'id()', 'setattr(1, "x", 2)',
             'delattr(1, "real")', 'int.__add__(1, "a")', 'vars(1)', 'iter()', 'next(iter([]))', 'type(1, 2)']:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
