big = 2 ** 200
print(big, -big, big // 3, big % 7, -big // 7, -big % 7)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(big, 10**30))
print(pow(3, 200, 1000), pow(2, -1, 7), pow(-3, 3), pow(10, -2), pow(0, 0), pow(38, -1, 97))
print(7 // 2, -7 // 2, 7 % -2, -7 % 2, 1 << 100, -1 >> 100, (-5) >> 1, 5 & -3, ~0, -~5)
print(int("ff", 16), int("0x1F", 16), int("0b101", 0), int("0o17", 0), int("  -42  "), int("1_000"), int("z", 36))
print(int(3.99), int(-3.99), int(True), int("０１２"), int(1e20), int(-0.0))
print((255).bit_length(), (-255).bit_length(), (0).bit_length(), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True), (10).bit_count())
print((6).as_integer_ratio(), (42).conjugate(), (5).numerator, (5).denominator, (5).real, (5).imag)
print(abs(-big) == big, round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 2))
print(10**50 // 10**25, 10**50 / 10**25, 2**63, -2**63, 3**100 % 2**64)
print(int("123456789" * 5) * int("987654321" * 4))
print(hex(-255), oct(64), bin(-10), hex(2**70))
print(True + True, True * 3, False - 1, True / 2, True // 1, -True, abs(False))
bad = ['int("12a")', 'int("")', 'int("0x10")', 'int("10", 1)', 'int("10", 37)', 'int(1.5, 10)',
       'int(None)', 'int("1__0")', 'int(float("inf"))', 'int(float("nan"))', '1 // 0', '1 % 0',
       'divmod(1, 0)', 'pow(2, -1, 4)', 'pow(2, 3, 0)', 'pow(2.0, 3, 5)', '1 << -1', '(1).to_bytes(1, "middle")',
       '(256).to_bytes(1, "big")', '(-1).to_bytes(1, "big")', 'int("٣x")', '2 ** -1 // 1', 'int([])',
       '10 ** 10 ** 10 if False else int("9" * 5000)', '1 + "1"', '"1" - 1', '5 @ 3', 'round(5, "2")']
for expr in bad:
    try:
        r = eval(expr)
        print(expr, "=", r if len(str(r)) < 50 else "long")
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
