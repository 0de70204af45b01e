# fractions: construction from every kind of value and literal, the
# arithmetic and comparisons with ints, floats, complex and Decimals,
# limit_denominator, rounding, hashing, and the errors.
from fractions import Fraction as F
from decimal import Decimal
import math
import random

for text in [' 1/2 ', '1_000/3', '.5', '1.', '1.5e-3', '1E2', '+.5e+1_0', '-0/5', '\u0661\u0662', '-7', ' 3.25 ', '12_3.4_5e1_0',
             '1 / 2', '1__0', '1.5/2', '', ' ', '1 2', '0x10', '1e', 'e5', '1/-2', '- 1', '1/0', '1/', '/2', '_1', '1_', 'inf', 'nan']:
    try:
        print(repr(text), repr(F(text)))
    except (ValueError, ZeroDivisionError) as e:
        print(repr(text), type(e).__name__, e)
for args in [(6, -4), (-6, -4), (0, -3), (F(1, 2), F(3, 4)), (F(1, 2), 3), (3, F(1, 2)), (True, 2), (2.5,), (Decimal('1.25'),),
             (F(5, 10),), (10 ** 30, 4 * 10 ** 29), (1.5, 2), ('1', 2), (Decimal(1), 2), (float('nan'),), (float('inf'),),
             (Decimal('NaN'),), (Decimal('-Infinity'),), (object(),), (None,), (1, 0), (F(1, 2), F(0))]:
    try:
        print(args, repr(F(*args)))
    except (ValueError, ZeroDivisionError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(F.from_float(1.1), F.from_float(3), F.from_decimal(Decimal('-2.50')), F.from_decimal(7))
for bad in [lambda: F.from_float('x'), lambda: F.from_float(Decimal(1)), lambda: F.from_decimal(2.5), lambda: F.from_decimal(Decimal('NaN'))]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
random.seed(4)
for trial in range(40):
    x = F(random.randint(-50, 50), random.randint(1, 30))
    y = F(random.randint(-50, 50), random.randint(1, 30)) or F(1, 7)
    print(x + y, x - y, x * y, x / y, x // y, x % y, divmod(x, y), x ** 2, x ** -1 if x else 'zero',
          x < y, x <= y, x == y, x > 0.25, x + 1, 2 - x, x * 0.5, 1.5 / y, x + 1j, round(x), round(x, 1), round(x, -1),
          math.floor(x), math.ceil(x), math.trunc(x), int(x), float(x), abs(x), -x, +x, bool(x))
    print(hash(x) == hash(float(x)) or float(x) != x, hash(x))
for value in [F(1, 3), F(-1, 3), F(5), F(0), F(1, 2 ** 61 - 1), F(-1, 2 ** 61 - 1), F(2 ** 61 - 1, 3), F(7, 2 ** 64)]:
    print(value, hash(value))
pi = F(math.pi)
for limit in [1, 2, 3, 7, 10, 100, 113, 1000, 10 ** 6]:
    print(limit, pi.limit_denominator(limit), F(-355, 113).limit_denominator(limit), F(1, 2).limit_denominator(limit))
print(F(3, 10).limit_denominator(4), F(5, 14).limit_denominator(5), F(-5, 14).limit_denominator(5))
try:
    pi.limit_denominator(0)
except ValueError as e:
    print('ValueError', e)
print(F(1, 3) == Decimal('0.5'), F(1, 2) < 1 + 0j if False else 'skip', F(2) ** F(1, 2), 4 ** F(1, 2), F(4) ** 0.5)
print(F(-8, 27) ** F(1, 3) if False else 'skip', (-2) ** F(2), F(2) ** -2, F(-2, 3) ** -3)
print(F(1, 3) == 1 / 3, F(1, 2) == 0.5, F(1, 2) != 0.5, F(1, 2) == float('nan'), F(1, 2) < float('inf'), sorted([F(1, 2), 0.3, 1, F(-1, 5)]))
print(str(F(4, 2)), str(F(-1, 3)), repr(F(-1, 3)), f'{F(1, 3)}', F(1, 3).numerator, F(1, 3).denominator, F(6, 4).as_integer_ratio())
import copy
print(copy.copy(F(1, 3)), copy.deepcopy(F(2, 3)), F(1, 3).__reduce__())
