# decimal: coefficients and NaN payloads longer than int()/str()'s 4300-digit limit, and exponents at and past the limits of the C module (parsed, printed, formatted, divided, at a precision of 6000, logical operations); compared with python3.
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

# exponents at and past the limits of the C module (MAX_EMAX for the first digit, MIN_ETINY for the last)
for t in ["1e1000000000000000000", "1e-1000000000000000000", "1e9223372036854775807", "1e9223372036854775808",
          "1e-9223372036854775808", "1e-9223372036854775809", "1234.5e999999999999999999", "0.00001e-999999999999999999",
          "1e-1999999999999999997", "1e-1999999999999999998", "12e-1999999999999999998", "0e9223372036854775807",
          "1e4611686018427387903", "0.1e-9223372036854775807", "10e9223372036854775807", "nan", "1e+0009"]:
    try:
        print(t, repr(Decimal(t)))
    except Exception as e:
        print(t, type(e).__name__)
for k in (17, 18, 19, 20, 25, 40, 5000):
    for sign in ('', '-'):
        try:
            d = Decimal("1e" + sign + "9" * k)
            print(k, sign, repr(d)[:40])
        except Exception as e:
            print(k, sign, type(e).__name__)
