print(abs(-5), abs(-2.5), abs(3 + 4j), abs(True), abs(-0.0))
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(7), round(7.123, 0), round(1234.5678, -2))
print(round(0.1 + 0.2, 15), round(1.005, 2), round(float("inf")) if False else "")
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-17.5, -5))
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-8, 1/3) if False else "", pow(3, 4, 5), pow(-2, 3), pow(2, 0.5))
print(pow(base=2, exp=5), pow(4, 0.5), pow(0, 0), pow(0.0, 0))
print(bin(10), oct(64), hex(4095), bin(-1), hex(0), oct(-9))
print(int("ff", 16), int(bin(37), 0), float.fromhex(hex(255)) if False else "", chr(ord("a") + 1))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __abs__(self):
        return Money(abs(self.cents))
    def __round__(self, nd=None):
        return f"round({nd})"
    def __index__(self):
        return self.cents
    def __repr__(self):
        return f"Money({self.cents})"
print(abs(Money(-5)), round(Money(1)), round(Money(1), 2), hex(Money(255)), bin(Money(2)), [0, 1, 2][Money(1)])
for bad in [lambda: abs("x"), lambda: round("x"), lambda: hex(1.5), lambda: divmod(1, "a"),
            lambda: pow(2, 3, 1.5), lambda: pow(2.0, 3, 5), lambda: round(1.5, "2"), lambda: bin("1")]:
    try:
        print(bad())
    except TypeError as e:
        print(e)
print(complex(1, 2), complex("3+4j"), complex(2), (1 + 2j).real, (1 + 2j).imag, (3 - 4j).conjugate())
print(1j ** 2, (1 + 1j) * (1 - 1j), abs(1j), complex(0, 1) == 1j, 2 + 0j == 2)
print(float(1), float("3.5"), float(" -2e3 "), int(2.9), int(-2.9), bool(0.0))
