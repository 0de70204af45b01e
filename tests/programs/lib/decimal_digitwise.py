# decimal: logical_and/or/xor/invert, rotate, shift, next_toward (with subnormal and overflowing neighbours), logb and scaleb at random precisions and exponent limits; compared with python3.
import random
from decimal import *
random.seed(5)
def logical():
    return Decimal(''.join(random.choice('01') for _ in range(random.randint(1, 12))))
for trial in range(200):
    ctx = Context(prec=random.randint(1, 10), traps=[], Emin=random.choice([-999999, -5]), Emax=random.choice([999999, 5]))
    a, b = logical(), logical()
    if random.random() < 0.1:
        a = Decimal(random.choice(['12', '-1', '1.0', '1E+1', 'NaN', 'Infinity', '0']))
    n = Decimal(random.randint(-12, 12)) if random.random() < 0.9 else Decimal(random.choice(['1.5', 'Infinity', 'NaN', '-0']))
    x = Decimal(random.choice(['', '-']) + str(random.randint(0, 10 ** random.randint(1, 12))) + 'E' + str(random.randint(-8, 4)))
    if random.random() < 0.1:
        x = Decimal(random.choice(['Infinity', '-Infinity', 'NaN', '0', '1E-5', '9.9999E+5', '-1E-10']))
    out = []
    for name, call in [('and', lambda: ctx.logical_and(a, b)), ('or', lambda: ctx.logical_or(a, b)), ('xor', lambda: ctx.logical_xor(a, b)),
                       ('inv', lambda: ctx.logical_invert(a)), ('rot', lambda: ctx.rotate(x, n)), ('shift', lambda: ctx.shift(x, n)),
                       ('toward', lambda: ctx.next_toward(x, random.choice([Decimal(0), Decimal('1E+10'), -x, x, Decimal('-Infinity')]))),
                       ('logb', lambda: ctx.logb(x)), ('scaleb', lambda: ctx.scaleb(x, n))]:
        ctx.clear_flags()
        out.append('%s=%s[%s]' % (name, call(), ','.join(sorted(k.__name__ for k, v in ctx.flags.items() if v))))
    print(trial, ctx.prec, a, b, n, x, ' '.join(out))
