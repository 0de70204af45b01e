# decimal: powers with non-integer and infinite exponents (as libmpdec computes them: ln, multiply and exp at 23 more digits, then rounded in the context, so exact powers may round away under directed rounding), huge integer exponents, and the special cases; compared with python3.
import random
import sys
from decimal import *
c = Context(prec=5, traps=[])
for a in ['0', '-0', '0.5', '1', '-1', '2', '-2', 'Infinity', '-Infinity', '-0.5', '1.000']:
    row = []
    for b in ['Infinity', '-Infinity', '0.5', '-0.5', '2.5']:
        c.clear_flags()
        r = c.power(Decimal(a), Decimal(b))
        row.append('%s[%s]' % (r, ','.join(sorted(k.__name__[:3] for k, v in c.flags.items() if v))))
    print(a, row)
for r in [ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_FLOOR, ROUND_CEILING, ROUND_05UP, ROUND_HALF_DOWN]:
    c = Context(prec=10, rounding=r, traps=[])
    print(r, c.power(Decimal(2), Decimal('0.5')), c.power(Decimal(2), Decimal('-0.5')), c.power(Decimal('1.5'), Decimal('2.5')), c.power(Decimal(4), Decimal('0.5')),
          c.power(Decimal('2.25'), Decimal('0.5')), c.power(Decimal(27), Decimal('1') / Decimal(3)), c.power(Decimal('0.25'), Decimal('-1.5')))
    c1 = Context(prec=1, rounding=r, traps=[])
    print(c1.power(Decimal('2.25'), Decimal('0.5')), c1.power(Decimal('6.25'), Decimal('0.5')), c1.power(Decimal('1.21'), Decimal('0.5')))
random.seed(9)
for trial in range(300):
    ctx = Context(prec=random.choice([1, 3, 9, 16, 28, 40]), rounding=random.choice([ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_HALF_UP, ROUND_FLOOR]), traps=[])
    x = Decimal(random.choice(['', '']) + str(random.randint(1, 10 ** random.randint(1, 12))) + 'E' + str(random.randint(-14, 3)))
    y = Decimal(random.choice(['', '-']) + str(random.randint(1, 10 ** random.randint(1, 6))) + 'E' + str(random.randint(-6, -1)))
    if random.random() < 0.2:
        x = Decimal(random.choice([4, 9, 16, 27, 32, 100, 1024, 0.25, 6.25])); y = Decimal(random.choice(['0.5', '-0.5', '1.5', '0.25', '0.2', '2.5']))
    ctx.clear_flags()
    r = ctx.power(x, y)
    print(trial, ctx.prec, ctx.rounding, x, y, repr(r), ','.join(sorted(k.__name__ for k, v in ctx.flags.items() if v)), repr(x ** y))
c = Context(prec=9, traps=[])
for a, b in [('2', '1000000.5'), ('2', '-1000000.5'), ('10', '999999.5'), ('10', '-999999.5'), ('1.0000001', '1E+20'), ('0.5', '3.5E+7'), ('2', '0.5E-30'), ('1E+300', '3333.5'), ('7', '1E-40'), ('1.5', '-2.5'), ('123456789012345678901234567890', '0.5')]:
    c.clear_flags()
    print(a, b, repr(c.power(Decimal(a), Decimal(b))), sorted(k.__name__ for k, v in c.flags.items() if v))
print(Decimal(2) ** Decimal('0.5'), Decimal('2.5') ** Decimal('1.5'), 2 ** Decimal('0.5'), Decimal(10) ** Decimal('-2.5'))
try:
    Decimal(-2) ** Decimal('0.5')
except InvalidOperation as e:
    print('InvalidOperation', e)
try:
    Decimal(10) ** Decimal('1000000.5')
except Overflow as e:
    print('Overflow', e)
