# decimal: random operands through compare_total, max_mag/min_mag, divmod, quantize, integer powers, to_integral_exact, fma, remainder_near, comparisons, formatting, conversions, scaleb and more, with the flags raised.
import random
from decimal import *
random.seed(21)
def rnd():
    k = random.random()
    if k < 0.06: return Decimal(random.choice(['NaN', 'Infinity', '-Infinity', '-0', '0E-5', '0', '-NaN', 'sNaN']))
    digits = str(random.randint(0, 10 ** random.randint(1, 25)))
    return Decimal(random.choice(['', '-']) + digits + 'E' + str(random.randint(-15, 15)))
def flags(ctx):
    return ','.join(sorted(k.__name__ for k, v in ctx.flags.items() if v))
for trial in range(500):
    ctx = Context(prec=random.randint(1, 25), rounding=random.choice([ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]), traps=[])
    a, b = rnd(), rnd()
    out = []
    calls = [('compare_total', lambda: a.compare_total(b)), ('max_mag', lambda: ctx.max_mag(a, b) if hasattr(ctx, 'max_mag') else a.max_mag(b, ctx)),
             ('min_mag', lambda: a.min_mag(b, ctx)), ('divmod', lambda: divmod(a, b) if False else ctx.divmod(a, b) if hasattr(ctx, 'divmod') else None),
             ('quantize', lambda: a.quantize(Decimal('1E' + str(random.randint(-6, 6))), rounding=random.choice([ROUND_UP, ROUND_HALF_EVEN, ROUND_FLOOR]), context=ctx)),
             ('pow', lambda: ctx.power(a, random.randint(-3, 4))), ('tie', lambda: a.to_integral_exact(context=ctx)),
             ('fma', lambda: a.fma(b, Decimal('1.5'), context=ctx)), ('rnear', lambda: a.remainder_near(b, context=ctx)),
             ('lt', lambda: a < b), ('eq', lambda: a == b), ('eng', lambda: a.to_eng_string()), ('str', lambda: str(a)),
             ('fmt', lambda: format(a, random.choice(['', 'f', '.3f', 'e', '.2e', 'g', '.4g', '%', ',.2f', '>20.5', '+.1f']))),
             ('int', lambda: int(a)), ('round', lambda: round(a, random.randint(-2, 3))), ('float', lambda: float(a)), ('hash', lambda: hash(a) == hash(float(a)) if a.is_finite() else None),
             ('scaleb', lambda: a.scaleb(random.randint(-5, 5), ctx)), ('same_quantum', lambda: a.same_quantum(b)), ('number_class', lambda: a.number_class(ctx)),
             ('adjusted', lambda: a.adjusted()), ('as_tuple', lambda: a.as_tuple()), ('copy_sign', lambda: a.copy_sign(b)), ('ratio', lambda: a.as_integer_ratio())]
    for name, call in calls:
        ctx.clear_flags()
        try:
            out.append('%s=%s[%s]' % (name, call(), flags(ctx)))
        except Exception as e:
            out.append('%s=%s' % (name, type(e).__name__))
    print(trial, a, b, ' ;; '.join(out))
