# decimal: random operands (NaNs, infinities, zeros, long coefficients) through every arithmetic operation of a Context at random precisions and roundings, with the flags raised; compared with python3.
import random
from decimal import *
random.seed(8)
def rnd():
    k = random.random()
    if k < 0.05: return Decimal(random.choice(['NaN', 'Infinity', '-Infinity', '-0', '0E-5', '0']))
    digits = str(random.randint(0, 10 ** random.randint(1, 30)))
    return Decimal(random.choice(['', '-']) + digits + 'E' + str(random.randint(-20, 20)))
bad = 0
for trial in range(400):
    ctx = Context(prec=random.randint(1, 30), rounding=random.choice([ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]), traps=[])
    a, b = rnd(), rnd()
    out = []
    for name in ['add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder', 'compare', 'max', 'min']:
        ctx.clear_flags()
        try:
            r = getattr(ctx, name)(a, b)
            out.append(str(r))
        except Exception as e:
            out.append(type(e).__name__)
        out.append(','.join(sorted(k.__name__ for k, v in ctx.flags.items() if v)))
    for name in ['sqrt', 'plus', 'minus', 'abs', 'normalize', 'to_integral_value']:
        ctx.clear_flags()
        try:
            out.append(str(getattr(ctx, name)(a)))
        except Exception as e:
            out.append(type(e).__name__)
        out.append(','.join(sorted(k.__name__ for k, v in ctx.flags.items() if v)))
    try:
        out.append(str(a.quantize(Decimal('1E' + str(random.randint(-5, 5))), context=ctx)))
    except Exception as e:
        out.append(type(e).__name__)
    print(trial, a, b, ' | '.join(out))
