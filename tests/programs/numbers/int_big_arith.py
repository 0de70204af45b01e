a = 2 ** 200
b = 3 ** 120
print(a)
print(b)
print(a + b, a - b, a * b)
print(a // b, a % b)
print(-a // 7, -a % 7)
print(a ** 2 // b ** 3)
print(pow(a, 3, 10**9 + 7), pow(3, -1, 7), pow(2, 10, -7))
print(a >> 190, a << 3, -a >> 199, ~a)
print(a & b, a | 1, a ^ b)
print(abs(-a) == a, -(-a) == a)
print((10**50).bit_length(), (-(10**50)).bit_length(), (0).bit_length())
print(int.bit_count(255), (2**100 - 1).bit_count())
f = 1
for i in range(1, 31):
    f *= i
print(f, len(str(f)))
print(sum(range(10**6)))
print(10**18 + 1, 2**63, -2**63 - 1, 2**64 - 1)
print(9223372036854775807 + 1, -9223372036854775808 - 1, 3037000500 * 3037000500)
print(hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(2**100))
print(max(2**70, 2**69 * 3), min(-2**70, 5))
print(int("1" * 40) % 97, int("-" + "9" * 30) // 10**29)
print(a == 2**200, a > b, a < b * b, 2**64 == 18446744073709551616)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    1 << -1
except ValueError as e:
    print(e)
print(7 >> 100, -7 >> 100)
