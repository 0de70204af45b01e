f = 1
for i in range(1, 31):
    f *= i
print(f, len(str(f)), f % 1000007, f // 10**20, -f // 7, -f % 7)
a = 2 ** 200 + 12345
b = 3 ** 100
print(a + b, a - b, b - a, a * b, a // b, a % b, divmod(a, b), divmod(-a, b))
print(a & b, a | b, a ^ b, ~a, a >> 100, a << 3, -a >> 150, (-a) & 0xFFFF)
print(a == 2 ** 200 + 12345, a > b, -a < -b, abs(-a) == a, hash(2**61 - 1), hash(2**61), hash(-2**61), hash(2**100) % 1000)
print(a / b, b / a, float(a), int(float(a)) == a, str(-a)[:10], 10**50 / 10**49)
print(pow(a, 3, b), pow(3, 1000, 10**9 + 7), 7 ** 77, (-3) ** 41)
print(int('1' * 50) + 1, int('-' + '9' * 40, 10), int('f' * 30, 16))
print(sum(range(10**6)), sum(i * i for i in range(1000)), 10**18 * 10**18, (10**18 + 1) * 9)
x = 2**63 - 1
print(x + 1, x * 2, -x - 2, x * x, (x + 1) // 2, 2**64 // 3, -2**63 // -1)
print(round(123456789, -3), round(-15, -1), round(25, -1), round(2**70 + 7, -1))
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    10 ** 400 / 1.5 * 1e300
except OverflowError as e:
    print(e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(e)
