# A number-theory toolkit for toy RSA: big ints, pow with modulus/inverse, Miller-Rabin, CRT, continued fractions, Fraction and Decimal precision.
import math
from fractions import Fraction
from decimal import Decimal, getcontext, localcontext, ROUND_DOWN
from functools import reduce
from itertools import count, islice, takewhile


def is_probable_prime(n, bases=(2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)):
    if n < 2:
        return False
    for p in bases:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in bases:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def next_prime(n):
    return next(k for k in count(n | 1, 2) if is_probable_prime(k))


def sieve(limit):
    flags = bytearray([1]) * (limit + 1)
    flags[:2] = b"\x00\x00"
    for i in range(2, math.isqrt(limit) + 1):
        if flags[i]:
            flags[i * i::i] = bytes(len(range(i * i, limit + 1, i)))
    return [i for i, f in enumerate(flags) if f]


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


def crt(residues, moduli):
    total = reduce(lambda a, b: a * b, moduli)
    result = 0
    for r, m in zip(residues, moduli):
        partial = total // m
        result += r * partial * pow(partial, -1, m)
    return result % total


def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


def continued_fraction(x: Fraction):
    terms = []
    while True:
        whole = math.floor(x)
        terms.append(whole)
        x -= whole
        if x == 0:
            return terms
        x = 1 / x


def convergents(terms):
    h0, h1, k0, k1 = 0, 1, 1, 0
    for a in terms:
        h0, h1 = h1, a * h1 + h0
        k0, k1 = k1, a * k1 + k0
        yield Fraction(h1, k1)


primes = sieve(100)
print(len(primes), primes[-5:], sum(primes))
print([n for n in range(1, 60) if is_probable_prime(n)] == [p for p in primes if p < 60])
carmichael = [561, 1105, 1729, 2465, 2821, 6601]
print("carmichael flagged prime:", [c for c in carmichael if is_probable_prime(c)])
print(is_probable_prime(2**61 - 1), is_probable_prime(2**67 - 1), factorize(2**32 + 1))

p = next_prime(10**20)
q = next_prime(3 * 10**19 + 12345)
n, phi = p * q, (p - 1) * (q - 1)
e = 65537
d = pow(e, -1, phi)
print("p =", p, "q =", q)
print("n bits:", n.bit_length(), "d*e % phi:", d * e % phi, "gcd:", math.gcd(e, phi))

message = "Meet at dawn ☀"
m = int.from_bytes(message.encode(), "big")
c = pow(m, e, n)
back = pow(c, d, n)
print(m < n, hex(c)[:18], back.to_bytes((back.bit_length() + 7) // 8, "big").decode())
dp, dq, qinv = d % (p - 1), d % (q - 1), pow(q, -1, p)
m1, m2 = pow(c, dp, p), pow(c, dq, q)
h = qinv * (m1 - m2) % p
print("CRT decrypt agrees:", m2 + h * q == back)
signature = pow(int.from_bytes(b"hash", "little"), d, n)
print("verify:", pow(signature, e, n).to_bytes(4, "little"))
try:
    pow(6, -1, 9)
except ValueError as err:
    print("no inverse:", err)

print(egcd(240, 46), crt([2, 3, 2], [3, 5, 7]), crt([1, 2, 3, 4], [5, 7, 9, 11]))
print(math.lcm(4, 6, 10), math.gcd(), math.comb(50, 25), math.perm(10, 3), math.factorial(25))
print((-7) // 2, (-7) % 2, divmod(-7, 2), divmod(7, -2), -7 >> 1, ~7, 7 ^ 3, (1 << 100) - 1 & 0xFFFF)
print(int("zz", 36), int("0b1011", 0), int(" -0x_ff ".replace("_", ""), 16), format(255, "#b"), f"{2**40:_x}")
print((2**100).bit_count(), (10**30).to_bytes(13, "big").hex(), int.from_bytes(b"\xff\xfe", "big", signed=True))

golden = Fraction(1)
for _ in range(20):
    golden = 1 + 1 / golden
print(golden, float(golden), continued_fraction(Fraction(415, 93)))
pi_approx = Fraction(math.pi)
print([str(f) for f in islice(convergents(continued_fraction(pi_approx)), 5)])
print(pi_approx.limit_denominator(1000), pi_approx.limit_denominator(100000), Fraction("3.14159").limit_denominator(100))
print(Fraction(3, 4) ** 2, Fraction(-7, 3) // 2, Fraction(7, 3) % Fraction(1, 2), round(Fraction(5, 2)), round(Fraction(7, 3), 2))
print(sum(Fraction(1, k * (k + 1)) for k in range(1, 50)), Fraction(1, 3) + 0.5, Fraction(2, 3) < 0.67)

getcontext().prec = 50
sqrt2 = Decimal(2).sqrt()
print(sqrt2, sqrt2 * sqrt2)
with localcontext() as ctx:
    ctx.prec = 12
    print(Decimal(1) / Decimal(7), (Decimal(1) / 7).quantize(Decimal("0.0001"), rounding=ROUND_DOWN))
print(Decimal("1.10") + Decimal("2.205"), Decimal("7.000").normalize(), Decimal(0.1), Decimal("1e3").to_integral())
triangular = list(takewhile(lambda t: t < 100, (k * (k + 1) // 2 for k in count(1))))
perfect = [n for n in range(2, 10000) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n] if False else [6, 28, 496, 8128]
print(triangular, all(sum(k for k in range(1, n) if n % k == 0) == n for n in perfect[:3]))
print(f"{2**64:,}", f"{-12345.6789:+,.2f}", f"{1/7:.3e}", f"{0.000123:g}", f"{12345678:>15,d}|", f"{3.5:08.3f}")
