a = 3 + 4j
b = complex(1, -2)
print(a, b, a + b, a - b, a * b, a / b, abs(a), a.real, a.imag, a.conjugate())
print(complex(2), complex('1+2j'), 1j * 1j, (1 + 2j) ** 2, -a, a == complex(3, 4), 2j, 0j, -1j)
print(repr(complex(0, 0)), repr(complex(-0.0, -0.0)), complex(1.5, 0), complex(float('inf'), float('nan')))
try:
    a < b
except TypeError as e:
    print(e)
try:
    a / 0
except ZeroDivisionError as e:
    print(e)
print(format(a, '.2f'), '{:>12}'.format(a), hash(complex(1, 0)) == hash(1))
