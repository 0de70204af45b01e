# decimal: arithmetic kept exact then rounded to the context, str forms, quantize/rounding modes, format specs, contexts, the signals
from decimal import *
print(Decimal('1.30') + Decimal('1.20'), Decimal(1)/Decimal(3), Decimal(2).sqrt(), Decimal('0.1')*3, Decimal(0.1))
print(repr(Decimal('1e5')), Decimal('123.456e-10'), Decimal('-0'), Decimal('1E+2') + 0, Decimal('100').normalize(), Decimal('0.00000012'), Decimal('1.2e-7'))
print(Decimal('7') // Decimal('-2'), Decimal('-7') % Decimal('2'), divmod(Decimal('-7'), 2), Decimal('2') ** 10, Decimal('2') ** -2, Decimal('1.5') ** 2)
print(Decimal('3.14159').quantize(Decimal('0.01')), Decimal('2.675').quantize(Decimal('0.01'), rounding=ROUND_HALF_UP), round(Decimal('2.5')), round(Decimal('2.567'), 2))
print(f'{Decimal("1234.5678"):.2f}', f'{Decimal("1234.5678"):,.2f}', f'{Decimal("0.5"):%}', format(Decimal('1.5'), '10'), f'{Decimal("123.456"):e}', f'{Decimal("123.456"):.3g}')
getcontext().prec = 5; print(Decimal(1)/7); getcontext().prec = 28
with localcontext() as ctx:
    ctx.prec = 3; print(Decimal(2).sqrt())
print(Decimal('1.10') == Decimal('1.1'), Decimal('0.5') == 0.5, Decimal(1) < 2, hash(Decimal('1.5')) == hash(1.5), hash(Decimal(7)) == hash(7))
print(Decimal('1.23').as_tuple(), Decimal(10).adjusted(), int(Decimal('-3.7')), float(Decimal('0.1')), Decimal('NaN'), Decimal('-Infinity'), Decimal('inf'))
try: Decimal(1)/0
except Exception as e: print(type(e).__name__, e)
try: Decimal('abc')
except Exception as e: print(type(e).__name__, e)
try: Decimal(0)/0
except Exception as e: print(type(e).__name__, e, isinstance(e, ZeroDivisionError))
print(sum([Decimal('0.1')]*10), max(Decimal(1), Decimal('1.5')), sorted([Decimal(3), Decimal('1.5'), 2]))
print(Decimal(10) ** 30, Decimal('1e30') + 1, Decimal(123456789) * Decimal(987654321))
print(-Decimal('0'), Decimal('-1.50').copy_abs(), Decimal('5').compare(Decimal('3')), Decimal('1.000').normalize(), Decimal('0E-10'), Decimal('1e-7'))
print(Decimal(2**70), Decimal('12345678901234567890123456789012'), +Decimal('12345678901234567890123456789012'))
print(Decimal('19.99') * 3, Decimal('100') / Decimal('3'), (Decimal('100') / 3).quantize(Decimal('0.01')), Decimal('10.00') - Decimal('0.01'))
print(Decimal('1.1') + Decimal('2.2'), Decimal('3.3') == Decimal('1.1') + Decimal('2.2'), Decimal('0.1') + Decimal('0.2') == Decimal('0.3'))
print(Decimal(' 3.5 '), Decimal('1_000.5'), Decimal('-.5'), Decimal('5.'), Decimal((1, (3, 1, 4), -2)), Decimal(-7))
print(f'{Decimal("-3.14159"):+.3f}', f'{Decimal("42"):08.2f}', f'{Decimal("1234567.891"):>15,.2f}|', f'{Decimal("0.000123"):.2e}', f'{Decimal("5"):.0f}', f'{Decimal("2.5"):.0f}')
print(Decimal('123.45').to_integral_value(), Decimal('-2.5').to_integral_value(), Decimal('0.125').quantize(Decimal('0.01')), Decimal('0.135').quantize(Decimal('0.01')))
print(getcontext())
print(Decimal(3).sqrt(), Decimal('0.0004').sqrt(), Decimal(16).sqrt(), Decimal('1e10').sqrt(), Decimal('2.25').sqrt())
print(Decimal(7) / Decimal('0.25'), Decimal('1') / Decimal('8'), Decimal('1.0') / Decimal('4'), Decimal(22) / 7)
print(str(Decimal('1E-6')), str(Decimal('0.000001')), str(Decimal('1E-7')), Decimal('1234E3'), Decimal('1234E-2'), Decimal('-0.0'), Decimal('0E+3'))
d = Decimal('3.7'); print(int(d), round(d), d.__floor__(), d.__ceil__(), abs(Decimal('-2')), -d, +d, bool(Decimal(0)))
print(Decimal('1.23456789').quantize(Decimal('1.000')), Decimal(5) % 3, Decimal('5.5') % 2, Decimal(-5) // 3)
import math
print(math.floor(Decimal('-3.5')), math.ceil(Decimal('3.1')), Decimal('2') ** Decimal('3'), Decimal('9') ** Decimal('0.5'))
print(Decimal.from_float(0.25), Decimal(1.5), Decimal('1.0') * Decimal('1.00'))
