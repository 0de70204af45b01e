# fractions: limit_denominator (random fractions and bounds, ties between the two candidates, bound 1, negative values, subclasses) and round() half to even with and without ndigits; compared with python3.
import random
from fractions import Fraction

rnd = random.Random(5)
for _ in range(400):
    f = Fraction(rnd.randrange(-10 ** 9, 10 ** 9), rnd.randrange(1, 10 ** rnd.randrange(1, 12)))
    bound = rnd.choice([1, 2, 3, 7, 10, 100, 1000, 10 ** 6, rnd.randrange(1, 5000)])
    print(f, bound, f.limit_denominator(bound), round(f), round(f, 2), round(f, -1))

# exact halves: ties in round(), and midway values in limit_denominator(1)
for n in range(-9, 10):
    half = Fraction(2 * n + 1, 2)
    print(half, round(half), half.limit_denominator(1), round(Fraction(n, 4), 1), round(Fraction(n * 5, 1), -1))

# the nearer candidate, and the convergent on a tie
for f, bound in [(Fraction(3, 8), 3), (Fraction(5, 12), 5), (Fraction(1, 3), 2), (Fraction(355, 113), 100),
                 (Fraction(3141592653589793, 10 ** 15), 1000), (Fraction(-7, 10), 3)]:
    print(f, bound, f.limit_denominator(bound))

class Mine(Fraction):
    pass

r = Mine(22, 7).limit_denominator(5)
print(type(r).__name__, r, type(Mine(22, 7).limit_denominator(100)).__name__, type(round(Mine(7, 2))).__name__)
for bad in [0, -3]:
    try:
        Fraction(1, 3).limit_denominator(bad)
    except ValueError as e:
        print('ValueError', e)
