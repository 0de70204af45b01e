print(int('42'), int('-42'), int('  7  '), int('1_000_000'), int('0x1f', 16), int('ff', 16))
print(int('0b101', 0), int('0o17', 0), int('0x1F', 0), int('z', 36), int('10', 2))
print(int(3.99), int(-3.99), int(True), int(1e20))
print(hex(255), oct(8), bin(10), hex(-255), bin(0))
print(str(12345), repr(-7), format(1234567, ','), format(255, '08b'))
print((255).to_bytes(2, 'big'), int.from_bytes(b'\x01\x00', 'little'))
print((10).bit_length(), (255).bit_count(), (-5).bit_length())
for s in ['abc', '1.5', '', '0x10']:
    try:
        int(s)
    except ValueError as e:
        print(e)
try:
    int('12', 50)
except ValueError as e:
    print(e)
