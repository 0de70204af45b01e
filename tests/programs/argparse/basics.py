# argparse: the actions, nargs, types, defaults and the Namespace, each on
# explicit argument lists (the output of parse_args is the Namespace's repr)
import argparse
import os

os.environ['COLUMNS'] = '80'


def parse(parser, args):
    try:
        print(args, '->', parser.parse_args(args))
    except SystemExit as e:
        print(args, '-> exit', e.code)


# store, store_const, store_true, store_false, append, append_const,
# count, extend
p = argparse.ArgumentParser(prog='basics')
p.add_argument('name')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('-q', '--quiet', action='store_true')
p.add_argument('--no-color', action='store_false', dest='color')
p.add_argument('-o', '--output', default='out.txt')
p.add_argument('-I', action='append', dest='include')
p.add_argument('--tag', action='append_const', const='T', dest='tags')
p.add_argument('--mark', action='append_const', const='M', dest='tags')
p.add_argument('--level', action='store_const', const=9, default=1)
p.add_argument('--add', action='extend', nargs='+', type=int)
parse(p, ['file'])
parse(p, ['file', '-vvv', '-q', '--no-color'])
parse(p, ['-v', 'file', '--verbose', '-o', 'result.bin'])
parse(p, ['file', '-Ia', '-I', 'b', '-I=c', '--tag', '--mark', '--tag'])
parse(p, ['--level', 'file', '--output=x=y'])
parse(p, ['file', '--add', '1', '2', '--add', '3'])
parse(p, ['--outp', 'abbrev', 'file', '--verb'])
parse(p, ['file', '-vqv'])
parse(p, ['file', '-ofile2'])

# nargs: N, '?', '*', '+', REMAINDER, and const with '?'
p = argparse.ArgumentParser(prog='nargs')
p.add_argument('--pair', nargs=2, metavar=('K', 'V'))
p.add_argument('--one', nargs=1)
p.add_argument('--maybe', nargs='?', const='C', default='D')
p.add_argument('--many', nargs='*')
p.add_argument('--some', nargs='+')
p.add_argument('first')
p.add_argument('rest', nargs='*')
parse(p, ['a'])
parse(p, ['a', 'b', 'c'])
parse(p, ['--pair', 'k', 'v', 'a'])
parse(p, ['--one', 'x', 'a'])
parse(p, ['--maybe', 'a'])
parse(p, ['a', '--maybe'])
parse(p, ['a', '--maybe', 'm', 'b'])
parse(p, ['--many', 'a'])
parse(p, ['--many', '--some', 'x', 'y', '--', 'a', '-b'])
parse(p, ['a', '--many'])
parse(p, ['--', '-x', '--', 'y'])

p = argparse.ArgumentParser(prog='opt-positionals')
p.add_argument('src', nargs='?', default='in')
p.add_argument('dst', nargs='?', default='out')
p.add_argument('--flag', action='store_true')
parse(p, [])
parse(p, ['a'])
parse(p, ['a', 'b'])
parse(p, ['--flag', 'a'])
parse(p, ['a', '--flag', 'b'])

p = argparse.ArgumentParser(prog='remainder')
p.add_argument('--debug', action='store_true')
p.add_argument('command')
p.add_argument('args', nargs=argparse.REMAINDER)
parse(p, ['ls', '-l', '--debug', 'x'])
parse(p, ['--debug', 'run', '--', '-x'])
parse(p, ['cmd'])

p = argparse.ArgumentParser(prog='exact')
p.add_argument('xy', nargs=2, type=float)
p.add_argument('z', nargs='+', type=int)
parse(p, ['1', '2.5', '3'])
parse(p, ['1', '2', '3', '4', '5'])

# types: int, float, str, a function, a class; choices
def even(text):
    value = int(text)
    if value % 2:
        raise argparse.ArgumentTypeError('%d is odd' % value)
    return value


class Point:
    def __init__(self, text):
        self.x, self.y = map(int, text.split(','))

    def __repr__(self):
        return 'Point(%d, %d)' % (self.x, self.y)


p = argparse.ArgumentParser(prog='types')
p.add_argument('--n', type=int, default='5')
p.add_argument('--f', type=float)
p.add_argument('--even', type=even)
p.add_argument('--at', type=Point)
p.add_argument('--color', choices=['red', 'green', 'blue'])
p.add_argument('--digit', type=int, choices=range(10))
p.add_argument('--upper', type=str.upper)
parse(p, [])
parse(p, ['--n', '-3', '--f', '1e3', '--even', '4'])
parse(p, ['--at', '3,4', '--color', 'green', '--digit', '7'])
parse(p, ['--upper', 'shout'])

# defaults: set_defaults, argument_default, SUPPRESS, get_default
p = argparse.ArgumentParser(prog='defaults', argument_default=argparse.SUPPRESS)
p.add_argument('--a')
p.add_argument('--b', default=2)
p.add_argument('-c', action='store_true')
p.set_defaults(mode='fast', b=3)
parse(p, [])
parse(p, ['--a', 'x', '-c'])
print(p.get_default('b'), p.get_default('mode'), p.get_default('zzz'))

p = argparse.ArgumentParser(prog='defaults2')
p.set_defaults(size=10)
p.add_argument('--size', type=int)
p.add_argument('--name', default=argparse.SUPPRESS)
parse(p, [])
parse(p, ['--size', '3', '--name', 'n'])

# negative numbers are values unless an option looks like one
p = argparse.ArgumentParser(prog='neg')
p.add_argument('-x')
p.add_argument('nums', nargs='*', type=float)
parse(p, ['-x', '-1', '-2', '-3.5', '-.5'])
p = argparse.ArgumentParser(prog='neg2')
p.add_argument('-1', dest='one', action='store_true')
p.add_argument('vals', nargs='*')
parse(p, ['-1', 'a'])

# Namespace: repr, equality, `in`, vars(), attributes
ns = argparse.Namespace(b=1, a=2)
print(ns, vars(ns))
print(ns == argparse.Namespace(a=2, b=1), ns != argparse.Namespace(a=2))
print('a' in ns, 'c' in ns)
ns.c = [1, 2]
print(ns, ns.c)
print(argparse.Namespace(**{'not an identifier': 1, 'ok': 2}))
print(argparse.Namespace() == argparse.Namespace(), argparse.Namespace() == {})
given = argparse.Namespace(name='preset', extra=True)
result = argparse.ArgumentParser(prog='into').parse_args([], namespace=given)
print(result is given, result)
print(p.parse_args(['-1']).one)
