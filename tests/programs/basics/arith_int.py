a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a // b, -a % b, a // -b, a % -b, -a // -b, -a % -b)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5))
print(2 ** 10, 2 ** -1, (-2) ** 3, 0 ** 0)
print(7 & 3, 7 | 8, 7 ^ 2, ~7, 1 << 10, 1024 >> 3, -1024 >> 3)
print(abs(-5), +5, -(-5))
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x %= 3; x **= 3
print(x)
