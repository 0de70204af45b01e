# decimal: next_plus/next_minus at every edge (precision carry, zero, infinities, NaN, subnormal), localcontext with and without keyword arguments, real/imag.
from decimal import Decimal, localcontext, getcontext
for v in ['1', '1.5', '-1.5', '0', '-0', '9.999999999999999999999999999', '1.000000000000000000000000000', '-1', '1E-5', '123456789012345678901234567890', '-123456789012345678901234567890', 'Infinity', '-Infinity', 'NaN', '1E+2', '-1E-999999']:
    d = Decimal(v)
    print(v, repr(d.next_plus()), repr(d.next_minus()))
with localcontext() as c:
    c.prec = 3
    print(Decimal('9.99').next_plus(), Decimal('1.00').next_minus(), Decimal('-1.00').next_plus(), Decimal('1234').next_plus(), Decimal('1234').next_minus(), getcontext().prec)
print(getcontext().prec)
with localcontext(prec=5) as c:
    print(c.prec, Decimal(1) / 3)
print(Decimal(1) / 3, Decimal('2.5').real, Decimal('2.5').imag, Decimal('2.5').conjugate())
