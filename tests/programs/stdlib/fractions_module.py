from fractions import Fraction as F
a, b = F(1, 3), F('2/6')
print(a, repr(a), a == b, F(3, -6), F('1.25'), F('-3'), F(0.5), F(1.1), F('1e-3'), F(' 7/14 '))
print(a + 1, a * 3, a / 2, 1 / a, a - F(1, 2), a ** 2, a ** -2, F(-2, 3) ** 3, 2 ** F(2), F(1, 2) ** 0.5)
print(a < F(1, 2), a > 0.3, F(1, 2) == 0.5, hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), sorted([F(3, 4), F(1, 2), F(2, 3)]))
print(float(a), int(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(1, 3), 2), F(7, 2).__floor__(), F(7, 2).__ceil__(), abs(F(-1, 5)))
print(F(3.141592653589793).limit_denominator(1000), F(1, 3) + 0.5, divmod(F(7, 2), 2), F(7, 2) % F(1, 3), F(7, 2) // F(1, 3))
print(sum([F(1, n) for n in range(1, 6)]), F(5, 10).numerator, F(5, 10).denominator, f'{F(1, 3)}', str(F(4, 2)))
for bad in [lambda: F(1, 0), lambda: F('abc'), lambda: F(float('nan')), lambda: F(1.5, 2)]:
    try:
        bad()
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
