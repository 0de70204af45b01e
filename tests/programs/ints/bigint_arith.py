a = 2 ** 100
b = 3 ** 70
print(a, b)
print(a + b, a - b, a * b)
print(a // b, a % b, divmod(a, b))
print(-a // b, -a % b)
print(a ** 3)
print(a >> 50, a << 30, a & (b - 1), a | 1, a ^ b)
print(~a, -a, abs(-a))
print(10 ** 30 // 7, 10 ** 30 % 7)
print(pow(3, 1000, 10 ** 9 + 7), pow(2, -1, 7))
print(int('123456789012345678901234567890') * 2)
print(a == 2 ** 100, a < b, a > b, hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(2 ** 64 - 1, -(2 ** 63), 2 ** 63)
