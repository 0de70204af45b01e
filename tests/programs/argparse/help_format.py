# argparse: -h/--help output, format_help/format_usage/print_usage, at
# several COLUMNS widths, with the four formatter classes
import argparse
import contextlib
import io
import os

os.environ['COLUMNS'] = '80'


def build(formatter_class=argparse.HelpFormatter, prog='tool'):
    p = argparse.ArgumentParser(
        prog=prog,
        description='Process some files.  This description is long enough '
                    'to be wrapped over more than one line of the help, '
                    'and it mentions %(prog)s by name.',
        epilog='Examples:\n  %(prog)s -v a.txt\n  %(prog)s --mode fast b.txt\n\n'
               'Report bugs to nobody.',
        formatter_class=formatter_class)
    p.add_argument('files', nargs='+', metavar='FILE', help='the files to read')
    p.add_argument('dest', nargs='?', default='.', help='where to write (default: %(default)s)')
    p.add_argument('-v', '--verbose', action='count', default=0,
                   help='say more; repeat for even more')
    p.add_argument('-m', '--mode', choices=['fast', 'slow', 'careful'], default='fast',
                   help='how to work: one of %(choices)s')
    p.add_argument('-n', '--count', type=int, default=3, metavar='N',
                   help='how many times (an %(type)s)')
    p.add_argument('--ratio', type=float, default=0.5, help='a ratio\nwith a\nnewline')
    p.add_argument('--secret', help=argparse.SUPPRESS)
    p.add_argument('--no-help')
    p.add_argument('--very-long-option-name-indeed', metavar='VALUE',
                   help='an option whose name pushes the help to the next line')
    p.add_argument('--pair', nargs=2, metavar=('KEY', 'VALUE'), help='a key and a value')
    p.add_argument('--opt', nargs='*', help='zero or more')
    p.add_argument('--version', action='version', version='%(prog)s 2.0')
    g = p.add_argument_group('output options', 'How the results are written.')
    g.add_argument('--format', choices=('json', 'text'), help='the output format')
    g.add_argument('--indent', type=int, default=2, help='')
    x = p.add_mutually_exclusive_group()
    x.add_argument('--color', action='store_true', help='use colors')
    x.add_argument('--no-colors', dest='color', action='store_false', help='never colors')
    return p


for cls in (argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter,
            argparse.RawTextHelpFormatter, argparse.ArgumentDefaultsHelpFormatter):
    print('=====', cls.__name__)
    print(build(cls).format_help(), end='')

for columns in ('120', '60', '40', '25'):
    os.environ['COLUMNS'] = columns
    print('===== COLUMNS', columns)
    p = build()
    print(p.format_usage(), end='')
    p.print_help()
os.environ['COLUMNS'] = '80'

# -h and --version print to stdout and exit 0
p = build()
for args in (['-h'], ['--version'], ['x', '--help']):
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            p.parse_args(args)
    except SystemExit as e:
        print(args, 'exit', e.code, 'wrote', len(out.getvalue()), 'characters')
        print(out.getvalue(), end='')

# print_usage and print_help to a file
buffer = io.StringIO()
p.print_usage(buffer)
p.print_help(file=buffer)
print(buffer.getvalue().count('\n'), 'lines written to the buffer')

# a long usage: the options and the positionals are wrapped separately
p = argparse.ArgumentParser(prog='long_usage')
for letter in 'abcdefgijklm':
    p.add_argument('-' + letter, '--option-' + letter, metavar=letter.upper() * 5)
p.add_argument('input_file')
p.add_argument('output_file', nargs='?')
p.add_argument('more', nargs='*')
print(p.format_usage())
# a long program name: the usage continues under it
p = argparse.ArgumentParser(prog='a-program-with-a-really-long-name-that-takes-up-most-of-the-line')
p.add_argument('--alpha', help='first')
p.add_argument('--beta', help='second')
p.add_argument('--gamma', help='third')
p.add_argument('target')
print(p.format_help())
# only positionals
p = argparse.ArgumentParser(prog='positionals_only', add_help=False)
for name in ('source_directory', 'destination_directory', 'pattern', 'replacement', 'flags'):
    p.add_argument(name, help='the ' + name.replace('_', ' '))
print(p.format_help())
# explicit usage, and usage=SUPPRESS
p = argparse.ArgumentParser(prog='custom', usage='%(prog)s [options] FILE...',
                            description='Custom usage.')
p.add_argument('file', nargs='*')
print(p.format_help())
p = argparse.ArgumentParser(prog='nousage', usage=argparse.SUPPRESS, add_help=False)
p.add_argument('--x', help='an x')
print(repr(p.format_usage()), repr(p.format_help()))
# no arguments at all
print(repr(argparse.ArgumentParser(prog='empty', add_help=False).format_help()))
print(repr(argparse.ArgumentParser(prog='empty').format_usage()))

# required options, required mutually exclusive group, suppressed members
p = argparse.ArgumentParser(prog='required')
p.add_argument('--name', required=True, help='the name')
g = p.add_mutually_exclusive_group(required=True)
g.add_argument('--add', metavar='ITEM')
g.add_argument('--remove', metavar='ITEM')
g.add_argument('--list', action='store_true')
g.add_argument('--hidden', help=argparse.SUPPRESS)
h = p.add_mutually_exclusive_group()
h.add_argument('-q', action='store_true')
h.add_argument('-v', action='store_true')
print(p.format_help())

# metavars: tuples with nargs, choices as the metavar, MetavarTypeHelpFormatter
p = argparse.ArgumentParser(prog='metavars', formatter_class=argparse.MetavarTypeHelpFormatter)
p.add_argument('--size', type=int, help='an int')
p.add_argument('--scale', type=float, nargs='+')
p.add_argument('name', type=str)
print(p.format_help())
p = argparse.ArgumentParser(prog='metavars2')
p.add_argument('--point', nargs=3, metavar=('X', 'Y', 'Z'))
p.add_argument('--range', nargs='*', metavar=('LOW', 'HIGH'))
p.add_argument('--level', type=int, choices=[1, 2, 3])
p.add_argument('--rest', nargs=argparse.REMAINDER)
p.add_argument('what', choices=['a', 'b'], nargs='?')
print(p.format_help())

# group titles and descriptions, SUPPRESS titles, renamed standard groups
p = argparse.ArgumentParser(prog='groups', description='D.', epilog='E.')
p._optionals.title = 'Options'
p._positionals.title = 'Arguments'
p.add_argument('thing')
a = p.add_argument_group('Advanced')
a.add_argument('--deep', action='store_true', help='go deep')
b = p.add_argument_group(description='A group with no title.')
b.add_argument('--untitled', help='in an untitled group')
c = p.add_argument_group('Hidden', 'Has only hidden arguments.')
c.add_argument('--ghost', help=argparse.SUPPRESS)
e = p.add_argument_group('Empty')
print(p.format_help())

# %(prog)s, %(default)s, %(type)s, %(dest)s, %(const)s, %% in help
p = argparse.ArgumentParser(prog='expand', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p.add_argument('--a', default=5, type=int, help='%(prog)s %(dest)s %(type)s %(default)s')
p.add_argument('--b', action='store_const', const=42, help='const is %(const)s, 100%%')
p.add_argument('--c', default=[1, 2], help='a list default')
p.add_argument('--d', help='no default shown when it is None')
p.add_argument('e', nargs='?', default='E', help='positional with ?')
p.add_argument('f', help='plain positional')
p.add_argument('--g', default=argparse.SUPPRESS, help='suppressed default')
p.add_argument('--h2', action='store_true', help='a flag')
print(p.format_help())

# the help position: max_help_position and width given to the formatter
class Wide(argparse.HelpFormatter):
    def __init__(self, prog):
        super().__init__(prog, indent_increment=4, max_help_position=40, width=70)


p = argparse.ArgumentParser(prog='wide', formatter_class=Wide)
p.add_argument('--some-option', help='help text that is long enough to wrap at seventy columns for sure')
p.add_argument('--x', help='short')
g = p.add_argument_group('more')
g.add_argument('--y', help='why')
print(p.format_help())
