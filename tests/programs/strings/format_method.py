print('{} {}'.format('a', 'b'), '{1} {0}'.format('a', 'b'), '{x} {y}'.format(x=1, y=2))
print('{0:>5}|{0:<5}|{0:^5}'.format('ab'), '{:*^9}'.format('mid'), '{:+.3f}'.format(2.5))
print('{p[0]} {p[1]}'.format(p=[10, 20]), '{d[key]}'.format(d={'key': 'v'}), '{0.real}'.format(3+4j))
print('{:,}'.format(10 ** 9), '{:08.2f}'.format(-3.14159), '{:e}'.format(123456.789))
print('{!r}'.format('s'), '{{}}'.format(), '{:%}'.format(0.125))
class P:
    def __format__(self, spec):
        return 'P<' + spec + '>'
print('{:hello}'.format(P()), format(P(), 'x'), f'{P():abc}')
print('{a}-{b}'.format_map({'a': 1, 'b': 2}))
for bad in ['{', '}', '{0} {}', '{5}']:
    try:
        bad.format(1)
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
