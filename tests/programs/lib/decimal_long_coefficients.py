# decimal: coefficients and NaN payloads longer than int()/str()'s 4300-digit limit (parsed, printed, formatted, divided, at a precision of 6000, logical operations); compared with python3.
import decimal
from decimal import Decimal, Context
a = Decimal('7' * 20000)
b = Decimal('3' * 2000 + '1')
print(str(a)[:30], len(str(a)), a.adjusted(), len(a.as_tuple().digits))
print(a / b, b * 3, +a)
q = Decimal('-' + '12345678901' * 1000 + '.5e-3')
print(len(str(q)), str(q)[:20], str(q)[-20:], repr(q)[-12:], q.to_eng_string()[-10:])
print(len(format(q, 'f')), format(q, '.3e'), format(q, ',.2f')[-20:])
print(Decimal('NaN' + '9' * 5000).is_nan(), len(str(Decimal('NaN' + '9' * 5000))))
c = Context(prec=6000)
print(len(str(c.plus(a))), len(str(c.multiply(b, b))), str(c.sqrt(a))[:25])
print(len(str(c.logical_and(Decimal('1' * 5000), Decimal('10' * 2500)))))
print(str(c.logical_invert(Decimal('0')))[:10], len(str(c.logical_invert(Decimal('0')))))
print(int(a) % 1000, int(a / 7 * 7) % 97)
print(Decimal((0, (7,) * 5000, -10)).adjusted(), a.quantize(Decimal('1e19990')))
print(a.to_integral_value() == a, a.next_plus() == a, hash(a) == hash(int(a)), a == int(a))
print(Decimal(10 ** 6000) .normalize(c).as_tuple().exponent, str(c.scaleb(a, 5))[-10:])
