print('%s %r %a' % ('s', 's', 'é'), '%d %i %u' % (1, 2, 3), '%5d|%-5d|%05d' % (42, 42, 42))
print('%x %X %o %#x %#o' % (255, 255, 8, 255, 8), '%e %E %f %g %G' % (1.5, 1.5, 1.5, 1.5, 1e-10))
print('%.2f %10.3f %-10.1f| %+d % d' % (3.14159, 2.5, 1.25, 5, 5), '%c%c' % (65, 'B'))
print('%(a)s-%(b)d' % {'a': 'x', 'b': 2}, '%%', '%s' % [1, 2], '%s' % (1,), '%*d|%-*d' % (5, 1, 4, 2), '%.*f' % (2, 3.14159))
for fmt, args in [('%d', 'x'), ('%s %s', (1,)), ('%s', (1, 2)), ('%z', 1), ('%(a)s', 1), ('%c', 'ab'), ('%d', 1.5)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(b'%s %d' % (b'x', 5), b'%5s|' % b'ab')
