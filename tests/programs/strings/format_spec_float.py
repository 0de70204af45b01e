vals = [0.0, -0.0, 1.0, 3.14159265, -2.5, 1234567.891, 1e-7, 1.5e22, float('inf'), float('-inf'), float('nan'), 0.1, 100.0, 123456789012345.0]
for v in vals:
    print(repr(v), format(v, ''), format(v, 'f'), format(v, '.2f'), format(v, 'e'), format(v, '.3e'), format(v, 'g'), format(v, '.3g'), format(v, '%'), format(v, '10.2f'), format(v, '<12.4g'), format(v, '+.1f'), format(v, ',.2f'), format(v, '#g'), format(v, 'E'), format(v, 'G'))
print(format(2.5, '.0f'), format(3.5, '.0f'), format(0.125, '.2f'), format(0.375, '.2f'), format(1e16, ''), format(1e16, 'g'))
print(format(12.5, '08.2f'), format(-12.5, '08.2f'), format(12.5, '=+9.2f'), format(1234.5, '_.1f'))
print(format(1.0, '.0%'), format(0.5, '.1%'), format(1e300, ''), format(1/3, '.20f'))
print('{:.3}'.format(3.14159), '{:.3}'.format(1234.5), '{:10.3}|'.format(2.0), '{}'.format(1e-5))
