n = 1025
print(n.to_bytes(2, "big"), n.to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x04\x01", "big"), int.from_bytes(b"\x04\x01", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes([1, 2, 3], "big"))
try:
    (1000).to_bytes(1, "big")
except OverflowError as e:
    print(e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print(e)
print((255).to_bytes(1, "big"), (0).to_bytes(0, "big"))
print((10).as_integer_ratio(), (7).numerator, (7).denominator, (7).real, (7).imag)
print((5).conjugate(), int.__name__, (12).__index__())
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 2))
print(divmod(17, 5), pow(5, 2), abs(-12), -(-5))
print(hex(255), oct(8), bin(5), hex(-255), bin(-5), oct(-8))
print(hex(2**70), bin(0), oct(0))
print(format(255, "x"), format(255, "#X"), format(-255, "#b"), format(255, "08b"))
print(True.__int__() if hasattr(True, "__int__") else "no")
print((3).__add__(4), (3).__radd__(4), (3).__sub__(4.0), (3).__truediv__(2))
print(int.__add__(1, 2), (2).__pow__(10), (2).__lt__(3), (2).__eq__("2"))
print(isinstance(True, int), issubclass(bool, int), type(3 + True))
