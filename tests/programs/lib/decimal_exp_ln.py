# decimal: exp, ln, log10 and logb, correctly rounded half-even at random precisions and magnitudes (exponent limits too), with their exact and special cases and flags; compared with python3.
from decimal import *
c = getcontext()
for x in ['2', '1', '0', '10', '100', '0.001', '1E-30', '-1E-30', '1E+5', '-5', '2.5', '1E-999999', '-Infinity', 'NaN', '1.000', '0.5', '123456789', '9.99999999999999999999999E-3']:
    for f in ['exp', 'ln', 'log10']:
        c.clear_flags()
        try: r = getattr(Decimal(x), f)()
        except Exception as e: r = type(e).__name__
        print(x, f, repr(r), sorted(k.__name__ for k, v in c.flags.items() if v))
import random
import sys
random.seed(2)
def rnd():
    k = random.random()
    if k < 0.1:
        return random.choice(['1', '10', '0.1', '1000', '2', '0.5', '1.0000000001', '0.9999999999', '-1', '1E-5', '-1E-5', '230', '-230', '1E+3', '-1E+3'])
    digits = str(random.randint(1, 10 ** random.randint(1, 40)))
    return random.choice(['', '', '-']) + digits + 'E' + str(random.randint(-45, 5))
for trial in range(300):
    ctx = Context(prec=random.choice([1, 2, 5, 9, 16, 28, 28, 40, 60]), rounding=random.choice([ROUND_HALF_EVEN, ROUND_UP, ROUND_FLOOR]),
                  Emax=random.choice([999999, 50, 10]), Emin=random.choice([-999999, -50, -10]), traps=[])
    x = Decimal(rnd())
    out = []
    for f in ['exp', 'ln', 'log10']:
        ctx.clear_flags()
        r = getattr(x, f)(ctx)
        out.append('%s=%r[%s]' % (f, r, ','.join(sorted(k.__name__ for k, v in ctx.flags.items() if v))))
    print(trial, ctx.prec, x, ' '.join(out))
c = Context(prec=6, traps=[])
for x in ['123.45', '0.001', '-7E+20', '0', '-0', 'Infinity', '-Infinity', 'NaN', '1', '9.99']:
    c.clear_flags()
    print(x, repr(c.logb(Decimal(x))), repr(c.exp(Decimal(x))), repr(c.ln(abs(Decimal(x)))), repr(c.log10(abs(Decimal(x)))), sorted(k.__name__ for k, v in c.flags.items() if v))
