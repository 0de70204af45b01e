cases = [
    ("42", 10), ("  -17  ", 10), ("+5", 10), ("1_000_000", 10), ("0x1F", 16), ("1f", 16),
    ("0b1011", 0), ("0o777", 0), ("0x_ff", 0), ("777", 8), ("z", 36), ("Z1", 36),
    ("12abc", 10), ("", 10), ("1__0", 10), ("_1", 10), ("0b102", 0), ("3.14", 10),
    ("٣", 10), ("0", 0), ("00", 0), ("010", 0), ("1e3", 10), ("ff", 10), ("-0x10", 16),
]
for text, base in cases:
    try:
        print(repr(text), base, "->", int(text, base))
    except ValueError as e:
        print(repr(text), base, "-> ValueError:", e)
for bad_base in (1, 37, -1):
    try:
        int("1", bad_base)
    except ValueError as e:
        print(e)
try:
    int(5, 10)
except TypeError as e:
    print(e)
try:
    int([1])
except TypeError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
print(int(3.99), int(-3.99), int(True), int(), int(b"12"), int(bytearray(b"7")))
print(int("  12\n"), int("0x10", 0), int("10", base=2))
for f in (float("inf"), float("-inf"), float("nan")):
    try:
        int(f)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
class Num:
    def __int__(self):
        return 7
class Idx:
    def __index__(self):
        return 9
class Tr:
    def __trunc__(self):
        return 11
print(int(Num()), int(Idx()), int(Tr()))
print(int(1e20), int(-1.5e-3), int(2.5e15))
