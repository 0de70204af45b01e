a = 17
b = 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a // b, -a % b, 2 ** 100)
print(0.1 + 0.2, 1e16, 7 * 86400)
