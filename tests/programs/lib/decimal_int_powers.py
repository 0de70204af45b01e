# decimal: integer powers of ordinary numbers, zeros, infinities and NaNs (0 ** -n is infinite without a signal), with subnormal underflow.
from decimal import *
import random
random.seed(21)
ctx = Context(prec=10, traps=[])
for a in ['-930713274.16998804231957', '6.6148265556', '-0.070231', '-81.4763', '0', '-0', 'Infinity', '-Infinity', 'NaN', '1E+999999', '1E-5']:
    for n in [-3, -1, 0, 1, 2, 3, 4]:
        try:
            ctx.clear_flags()
            print(a, n, ctx.power(Decimal(a), n), sorted(k.__name__ for k, v in ctx.flags.items() if v))
        except Exception as e:
            import traceback; traceback.print_exc(); break
# exponent limits: overflow by rounding mode, subnormal results, clamping
for rounding in [ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP, ROUND_UP]:
    small = Context(prec=5, Emax=10, Emin=-10, rounding=rounding, traps=[])
    for text in ['9.99999E+10', '-9.99999E+10', '1E+11', '123456E+6', '1.23456E-12', '-5E-15', '9.9999E-11', '1E-14', '1E-15', '0E-20', '0E+20']:
        small.clear_flags()
        value = small.plus(Decimal(text))
        print(rounding, text, value, sorted(k.__name__ for k, v in small.flags.items() if v))
clamped = Context(prec=5, Emax=10, Emin=-10, clamp=1, traps=[])
print(clamped.plus(Decimal('1E+10')), clamped.plus(Decimal('0E+20')), clamped.plus(Decimal('123E+8')))
print(Decimal('1e999999') + Decimal('1e-999999'), Decimal('-1e5') + Decimal('3e-999999'), Decimal('1e5') - Decimal('1e-999999'))
print(Decimal(1).quantize(Decimal('1E-999999'), context=Context(traps=[])), Decimal('1E+5') + Decimal('0E-999999'))
