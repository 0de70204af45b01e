# argparse: parents, conflict_handler='resolve', add_help=False,
# prefix_chars, fromfile_prefix_chars, FileType, argument_default
import argparse
import contextlib
import io
import os
import tempfile

os.environ['COLUMNS'] = '80'


def parse(parser, args):
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            result = parser.parse_args(args)
        print(args, '->', result)
    except SystemExit as e:
        print(args, '-> SystemExit(%r)' % (e.code,))
    for name, stream in (('stdout', out), ('stderr', err)):
        for line in stream.getvalue().splitlines():
            print('  %s| %s' % (name, line))


# parents: a shared parent without -h, its groups and defaults carried over
common = argparse.ArgumentParser(add_help=False)
common.add_argument('--config', default='app.cfg', help='the configuration file')
common.add_argument('-q', '--quiet', action='store_true', help='say nothing')
logging_group = common.add_argument_group('logging', 'Where the log goes.')
logging_group.add_argument('--log', metavar='FILE', help='log to FILE')
exclusive = common.add_mutually_exclusive_group()
exclusive.add_argument('--fast', action='store_true')
exclusive.add_argument('--safe', action='store_true')
common.set_defaults(origin='common')

child = argparse.ArgumentParser(prog='child', parents=[common], description='Uses a parent.')
child.add_argument('target')
print(child.format_help())
parse(child, ['t'])
parse(child, ['t', '--config', 'x.cfg', '-q', '--log', 'out.log', '--fast'])
parse(child, ['t', '--fast', '--safe'])

other = argparse.ArgumentParser(prog='other', parents=[common])
other.add_argument('--extra', type=int, default=0)
parse(other, ['--extra', '4', '--safe'])

# two parents, both with -h: the conflict is an error unless resolved
with_help = argparse.ArgumentParser(prog='p1')
with_help.add_argument('--one')
try:
    argparse.ArgumentParser(prog='clash', parents=[with_help])
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
resolved = argparse.ArgumentParser(prog='resolved', parents=[with_help], conflict_handler='resolve')
print(resolved.format_help())

# conflict_handler='resolve': the newer argument takes the option strings
p = argparse.ArgumentParser(prog='resolve', conflict_handler='resolve')
p.add_argument('-f', '--foo', help='old foo')
p.add_argument('--foo', help='new foo')
p.add_argument('-x', help='old x')
p.add_argument('-x', help='new x')
print(p.format_help())
parse(p, ['-f', '1', '--foo', '2', '-x', '3'])

# add_help=False and a -h of one's own
p = argparse.ArgumentParser(prog='nohelp', add_help=False)
p.add_argument('-h', '--height', type=int)
print(p.format_help())
parse(p, ['-h', '10'])

# other prefix characters
p = argparse.ArgumentParser(prog='plus', prefix_chars='+')
p.add_argument('+v', action='count', default=0)
p.add_argument('++name')
p.add_argument('value')
print(p.format_help())
parse(p, ['+vv', '++name', 'n', '-5'])
parse(p, ['++nam=x', 'y', '+v'])
parse(p, ['+x'])

p = argparse.ArgumentParser(prog='mixed', prefix_chars='-+')
p.add_argument('+a', action='store_true')
p.add_argument('-a', action='store_true', dest='minus_a')
p.add_argument('++both', '--both')
print(p.format_usage(), end='')
parse(p, ['+a', '--both', 'b'])
parse(p, ['-a', '++both=c'])

p = argparse.ArgumentParser(prog='slash', prefix_chars='/')
p.add_argument('/q', action='store_true', help='quiet')
p.add_argument('//out')
print(p.format_help())
parse(p, ['/q', '//out', 'o'])

# argument_default for every argument
p = argparse.ArgumentParser(prog='argdefault', argument_default=0)
p.add_argument('--a', type=int)
p.add_argument('--b', default=5)
p.add_argument('--c', action='store_true')
p.add_argument('n', nargs='?')
parse(p, [])

# fromfile_prefix_chars: arguments read from a file, one per line
with tempfile.TemporaryDirectory() as directory:
    arguments = os.path.join(directory, 'args.txt')
    with open(arguments, 'w') as f:
        f.write('--size\n12\nfirst\n')
    nested = os.path.join(directory, 'nested.txt')
    with open(nested, 'w') as f:
        f.write('@' + arguments + '\n--name\nwith spaces kept\n')
    p = argparse.ArgumentParser(prog='fromfile', fromfile_prefix_chars='@')
    p.add_argument('--size', type=int)
    p.add_argument('--name')
    p.add_argument('items', nargs='*')
    print(p.parse_args(['@' + arguments, 'second']))
    print(p.parse_args(['@' + nested]))
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        try:
            p.parse_args(['@' + os.path.join(directory, 'missing.txt')])
        except SystemExit as e:
            print('missing file -> SystemExit', e.code)
    print(err.getvalue().replace(directory, 'DIR'), end='')

    # FileType opens the file named; '-' is standard input or output
    data = os.path.join(directory, 'data.txt')
    with open(data, 'w') as f:
        f.write('some data\n')
    p = argparse.ArgumentParser(prog='files')
    p.add_argument('infile', type=argparse.FileType('r'))
    p.add_argument('--out', type=argparse.FileType('w', encoding='utf-8'))
    ns = p.parse_args([data, '--out', os.path.join(directory, 'out.txt')])
    print(ns.infile.read(), end='')
    ns.infile.close()
    ns.out.write('written\n')
    ns.out.close()
    with open(os.path.join(directory, 'out.txt')) as f:
        print(f.read(), end='')
    ns = p.parse_args(['-', '--out', '-'])
    print(ns.infile is __import__('sys').stdin, ns.out is __import__('sys').stdout)
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        try:
            p.parse_args([os.path.join(directory, 'nothing.txt')])
        except SystemExit as e:
            print('missing file -> SystemExit', e.code)
    print(err.getvalue().replace(directory, 'DIR'), end='')
print(argparse.FileType(), argparse.FileType('rb', 0), argparse.FileType('w', errors='strict'))
