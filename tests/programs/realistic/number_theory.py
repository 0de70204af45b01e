# Number theory with big integers: a sieve, Miller-Rabin, factorization by
# Pollard's rho, continued fractions, digits of pi and e by spigots.

def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_prime[i]:
            is_prime[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_prime) if p]


def is_probable_prime(n):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
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


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


def pollard_rho(n):
    if n % 2 == 0:
        return 2
    for c in range(1, 50):
        x = y = 2
        d = 1
        while d == 1:
            x = (x * x + c) % n
            y = (y * y + c) % n
            y = (y * y + c) % n
            d = gcd(x - y, n)
        if d != n:
            return d
    raise ValueError(f"no factor found for {n}")


def factorize(n):
    if n == 1:
        return []
    if is_probable_prime(n):
        return [n]
    d = pollard_rho(n)
    return sorted(factorize(d) + factorize(n // d))


def continued_fraction(num, den, limit=20):
    terms = []
    while den and len(terms) < limit:
        q, r = divmod(num, den)
        terms.append(q)
        num, den = den, r
    return terms


def convergents(terms):
    h0, h1, k0, k1 = 0, 1, 1, 0
    for a in terms:
        h0, h1 = h1, a * h1 + h0
        k0, k1 = k1, a * k1 + k0
        yield h1, k1


def pi_digits(n):
    """Gibbons' unbounded spigot."""
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return "".join(map(str, out))


def e_digits(n):
    scale = 10 ** (n + 10)
    total, term, k = 0, scale, 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total)[:n]


primes = sieve(200)
print(len(primes), primes[:15], primes[-5:], sum(primes))
print([n for n in range(1, 60) if is_probable_prime(2 ** n - 1)])
for n in [2 ** 61 - 1, 2 ** 67 - 1, 10 ** 18 + 9, 600851475143, 1234567891011121314151617, 2 ** 64 + 1]:
    fs = factorize(n)
    prod = 1
    for f in fs:
        prod *= f
    print(n, fs, prod == n)
print(continued_fraction(415, 93), continued_fraction(10 ** 20, 31415926535897932384))
approx = list(convergents(continued_fraction(314159265358979, 100000000000000, 8)))
print(approx)
print(pi_digits(60))
print(e_digits(60))
fib = [0, 1]
while len(fib) < 300:
    fib.append(fib[-1] + fib[-2])
print(fib[299], len(str(fib[299])), gcd(fib[299], fib[298]), fib[150] % 1000000007)
print(pow(3, 10 ** 18, 10 ** 9 + 7), pow(2, -1, 10 ** 9 + 7), (2 ** 521 - 1) % 1000003, hex(2 ** 100 - 1))
print(int("9" * 100) // int("3" * 50), divmod(-10 ** 30, 7), (-7) ** 21, abs(-2 ** 200) >> 190)
