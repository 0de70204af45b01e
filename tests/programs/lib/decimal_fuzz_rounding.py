# decimal: rounding to integers (floor, ceil, trunc, round), quantize, conversions from and to floats and tuples, powers, integer division, comparisons with floats, formatting, contexts (localcontext, Context construction and its operations) and the errors; compared with python3.
import math
import random
import sys
from decimal import *
random.seed(1)
def rnd():
    if random.random() < 0.1:
        return random.choice(['0', '-0', '1', '-1', '0.5', '-0.5', '1.5', '2.5', '-2.5', '9.999', '1E+30', '1E-30', '123.456E-2'])
    digits = str(random.randint(0, 10 ** random.randint(1, 15)))
    return random.choice(['', '-']) + digits + 'E' + str(random.randint(-12, 8))
for trial in range(400):
    a = Decimal(rnd())
    out = []
    for make in [lambda: math.floor(a), lambda: math.ceil(a), lambda: math.trunc(a), lambda: round(a), lambda: round(a, 2), lambda: round(a, -1),
                 lambda: a.to_integral_value(rounding=random.choice([ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_CEILING])),
                 lambda: a.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP), lambda: Decimal(float(a)) if abs(a) < 1e6 else None,
                 lambda: Decimal.from_float(float(a)).quantize(Decimal(1)) if abs(a) < 1e6 else None, lambda: a.as_integer_ratio(),
                 lambda: Decimal(a.as_tuple()), lambda: a.to_eng_string(), lambda: a.log10() if False else None, lambda: a.sqrt(),
                 lambda: a ** 2, lambda: a ** -1, lambda: a * 3 / 7, lambda: a % 3, lambda: a // -3, lambda: divmod(a, Decimal('0.7')),
                 lambda: -a + 1, lambda: abs(a) - Decimal('1E-20'), lambda: a.normalize(), lambda: a.adjusted(), lambda: str(a.copy_negate()),
                 lambda: a.max(Decimal(2)), lambda: a.min(Decimal('-2.0')), lambda: a.compare(Decimal(1)), lambda: a.remainder_near(Decimal(3)),
                 lambda: hash(a) == hash(float(a)) if a == Decimal(float(a)) else 'skip', lambda: float(a), lambda: int(a), lambda: complex(a),
                 lambda: bool(a), lambda: a == float(a), lambda: a < 1.5, lambda: '%s %r' % (a, a), lambda: f'{a:.3}', lambda: f'{a:,}']:
        try:
            out.append(make())
        except (InvalidOperation, DivisionByZero, Overflow, ValueError, OverflowError, TypeError) as e:
            out.append(type(e).__name__)
    print(trial, a, out)
with localcontext() as c:
    c.prec = 5
    c.rounding = ROUND_DOWN
    print(Decimal(1) / 3, Decimal('123456789') + 0, c)
print(getcontext())
c = Context(prec=7, rounding=ROUND_UP, Emin=-20, Emax=20, capitals=0, clamp=1, flags=[Inexact], traps=[Overflow])
print(c, repr(c.create_decimal('1.23456789')), c.create_decimal_from_float(0.1), c.flags[Inexact], c.traps[DivisionByZero])
print(c.copy() == c if False else 'skip', c.Etiny(), c.Etop(), c.power(2, 10), c.to_sci_string(Decimal('1E+5')), c.abs(-3))
for bad in [lambda: Decimal('abc'), lambda: Decimal(1) / 0, lambda: Decimal('1e999999999') * 10, lambda: Decimal(1).quantize(Decimal('1E-30')),
            lambda: Decimal('NaN') < 1, lambda: Context(prec=0), lambda: Context(rounding='X'), lambda: Decimal([1, 2]), lambda: Decimal((0, (1, 10), 2)),
            lambda: Decimal('1.5').to_integral_value(rounding='bad')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
