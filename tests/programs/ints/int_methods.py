print((255).bit_length(), (0).bit_length(), (-255).bit_length(), (2**100).bit_length(), (7).bit_count(), (-7).bit_count())
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (-1).to_bytes(2, 'big', signed=True), int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\xff\xff', 'little', signed=True))
print((5).as_integer_ratio(), (5).numerator, (5).denominator, (5).real, (5).imag, (5).conjugate())
print(int('ff', 16), int('0x1f', 0), int('0b101', 0), int('0o17', 0), int('z', 36), int(' 42 '), int('1_000'), int('-0'), int(b'12'))
print(int(3.99), int(-3.99), int(True), int('  -7\n'), int(), int('10', base=2))
for bad in [('12a',), ('', ), ('1.5',), ('10', 1), ('9', 8), ('0x', 16), ('_1',)]:
    try:
        int(*bad)
    except ValueError as e:
        print(e)
try:
    int([1])
except TypeError as e:
    print(e)
try:
    int('5', 16.0)
except TypeError as e:
    print(e)
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print(e)
print(hex(255), hex(-255), oct(8), bin(5), bin(-5), hex(2**70))
print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), pow(2, -2), pow(-8, 1/3).real > 0)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
