print('{} {}'.format(1, 2), '{1} {0}'.format(1, 2), '{a} {b}'.format(a=1, b=2))
print('{0[0]} {0[1]}'.format(['x', 'y']), '{d[key]}'.format(d={'key': 'val'}))
class P:
    x = 3
    y = 4
print('{0.x},{0.y}'.format(P()), '{p.x}'.format(p=P))
print('{!r} {!s} {!a}'.format('a', 'b', 'ç'), '{:>{}}'.format('r', 4))
print('{{}} {}'.format('x'), '{0}{0}'.format('ab'))
for bad, args in [('{', ()), ('}', ()), ('{0}', ()), ('{x}', ()), ('{} {1}', (1, 2)), ('{!x}', (1,)), ('{0[1]}', ([1],))]:
    try:
        print(bad.format(*args))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
print('{0:{1}}'.format(3.14159, '.2f'), '{:,}'.format(10**9), '{:b}'.format(10))
print(format_map := '{name} is {age}'.format_map({'name': 'Al', 'age': 30}))
