print('%s %d %i %f %.2f %5.1f %-5d| %05d %x %X %o %e %g %%' % ('s', 42, 7, 1.5, 3.14159, 2.25, 3, 42, 255, 255, 8, 12345.678, 0.0001))
print('%(name)s is %(age)d' % {'name': 'Ann', 'age': 30})
print('%r %a %c %c' % ('x', 'é', 65, 'z'))
print('%s' % (1,), '%s' % [1, 2], '%s %s' % ('a', 'b'))
print('%+d % d %#x %#o %.3s|%10s|%-10s|' % (5, 5, 255, 8, 'abcdef', 'r', 'l'))
print('%*d|%-*d|%.*f' % (5, 42, 5, 42, 2, 3.14159))
for fmt, args in [('%d', 'x'), ('%s %s', ('a',)), ('%s', ('a', 'b')), ('%z', 1)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
