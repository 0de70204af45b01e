# decimal: division and square roots at random precisions, roundings and narrow exponent ranges (subnormal, clamped and overflowing results, zeros), with the flags raised and one signal trapped; compared with python3.
import decimal, random
from decimal import Decimal, Context
rnd = random.Random(7)
modes = [decimal.ROUND_DOWN, decimal.ROUND_HALF_UP, decimal.ROUND_HALF_EVEN, decimal.ROUND_CEILING,
         decimal.ROUND_FLOOR, decimal.ROUND_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_05UP]
def num():
    k = rnd.choice([1, 2, 3, 5, 9, 20, 40])
    c = rnd.randrange(10 ** k)
    if rnd.random() < 0.3:
        c *= 10 ** rnd.randrange(5)
    return Decimal((rnd.randrange(2), tuple(int(d) for d in str(c)), rnd.randrange(-30, 30)))
out = []
for i in range(700):
    ctx = Context(prec=rnd.choice([1, 2, 3, 5, 9, 28]), rounding=rnd.choice(modes),
                  Emin=rnd.choice([-999999, -10, -3]), Emax=rnd.choice([999999, 10, 3]), traps=[])
    a, b = num(), num()
    for op in ('divide', 'sqrt'):
        ctx.clear_flags()
        try:
            r = ctx.divide(a, b) if op == 'divide' else ctx.sqrt(abs(a))
        except Exception as e:
            r = type(e).__name__
        flags = sorted(k.__name__ for k, v in ctx.flags.items() if v)
        out.append(f"{op} {a} {b} {r} {flags}")
    ctx.traps[rnd.choice([decimal.Inexact, decimal.Underflow, decimal.Rounded, decimal.Subnormal, decimal.Clamped])] = True
    try:
        r = ctx.divide(a, b)
    except Exception as e:
        r = type(e).__name__
    out.append(f"trap {a} {b} {r}")
print("\n".join(out))

