print(format(3.14159, ".2f"), format(42), format("hi", "^6"), format(255, "X"))
print(format(1234567.891, ",.2f"), format(-1234567, "_d"), format(0.000123, ".2e"))
print(format(10**20, ","), format(2**64, "x"), format(-255, "#X"))
print(format(True), format(True, "d"), format(False, ">5"), format(None))
print(format(1.0), format(1e100), format(1e-100), format(float("inf"), "10.2f"), format(float("nan"), "+"))
print(format(123.456, "010.1f"), format(-123.456, "010.1f"), format(123, "010"))
print(format(0.1 + 0.2, ".17g"), format(0.1 + 0.2, "r") if False else repr(0.1 + 0.2))
print(format(5, "c"), format(65, "c"), format(0x1F600, "c"))
print(format(12.5, "n"), format(1234, "n"), format(1.5, "%"), format(1 / 3, ".3%"))
print(format(1.5, "#.0f"), format(2.0, "#g"), format(100, "#.3g") if False else format(100.0, "#.3g"))
print(format(3 + 4j), format(3 + 4j, ".2f"), format(-1j, ">10"))
print(format(12345.6789, "e"), format(12345.6789, "E"), format(12345.6789, "G"))
print(format("text", ""), format("text", "10"), format("text", "<10") + "|")
print(format(7, "b"), format(-7, "b"), format(7, "08b"), format(1023, "_b"), format(0xdeadbeef, "_x"))
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        return format(self.c, spec) + "°C"
t = Temp(21.5)
print(format(t, ".1F"), format(t, ".0f"), f"{t:>8.2f}")
class Plain:
    pass
try:
    format(Plain(), "x")
except TypeError as e:
    print("TypeError:", e)
print(format(Plain(), "")[:8])
for bad in [(1, "z"), (1.5, "x"), ("s", "x"), (1, ".2d"), (2, "+c"), (-1, "c"), (1, "=^,5")]:
    try:
        print(format(*bad))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    format(1, 2)
except TypeError as e:
    print("TypeError:", e)
