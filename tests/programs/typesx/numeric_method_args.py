# Methods of int, float and complex given odd arguments, and their results.
def attempt(label, fn):
    try:
        print(f"{label:38} -> {fn()!r}")
    except (TypeError, ValueError, OverflowError) as e:
        print(f"{label:38} !! {type(e).__name__}: {e}")

attempt("(5).bit_length(1)", lambda: (5).bit_length(1))
attempt("True.bit_length(0)", lambda: True.bit_length(0))
attempt("(5).bit_count(x=1)", lambda: (5).bit_count(x=1))
attempt("(1.5).hex(2)", lambda: (1.5).hex(2))
attempt("(1.5).is_integer(None)", lambda: (1.5).is_integer(None))
attempt("(2.5).as_integer_ratio(1)", lambda: (2.5).as_integer_ratio(1))
attempt("(1j).conjugate(1)", lambda: (1j).conjugate(1))
attempt("int.bit_length(7)", lambda: int.bit_length(7))
attempt("float.hex(0.5)", lambda: float.hex(0.5))
for text in ["a", "1.5", "10", "0x1.8p1", "-0X1P-2", " ff ", "inf", "-Infinity", "1p", "g", "", ".8", "0x1p99999"]:
    attempt(f"float.fromhex({text!r})", lambda: float.fromhex(text))
attempt("float.fromhex(5)", lambda: float.fromhex(5))
attempt("int.from_bytes(1)", lambda: int.from_bytes(1))
attempt("int.from_bytes([1, 2], 'little')", lambda: int.from_bytes([1, 2], "little"))
attempt("int.from_bytes(b'x', 0)", lambda: int.from_bytes(b"x", 0))
attempt("int.from_bytes(1.5, 'middle')", lambda: int.from_bytes(1.5, "middle"))
attempt("(5).to_bytes(-1, 0)", lambda: (5).to_bytes(-1, 0))
attempt("(5).to_bytes(-1)", lambda: (5).to_bytes(-1))
attempt("(-5).to_bytes(2, 'big', signed=True)", lambda: (-5).to_bytes(2, "big", signed=True))
attempt("range(5).index(2.0)", lambda: range(5).index(2.0))
attempt("range(5).index(True)", lambda: range(5).index(True))
attempt("range(5).index(2.5)", lambda: range(5).index(2.5))
attempt("range(5).index(10)", lambda: range(5).index(10))
attempt("range(0, 10, 3).count(6.0)", lambda: range(0, 10, 3).count(6.0))

class Money(float):
    def __str__(self):
        return f"${float(self):,.2f}"

class Name(str):
    def __str__(self):
        return self.title()

print(f"{Money(1234.5)} {Money(2)!r} {Name('ada lovelace')} {Name('x')!r} {Money(3):.1f}")
print("{} and {}".format(Money(1), Name("bob")), format(Money(7)), format(Name("eve")))
