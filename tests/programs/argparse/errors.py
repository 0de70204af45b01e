# argparse: the error path - the usage and "prog: error: message" on
# stderr, SystemExit(2) - with CPython's messages; and the errors of
# building a parser wrongly
import argparse
import contextlib
import io
import os
import re

os.environ['COLUMNS'] = '80'


def parse(parser, args):
    """What parse_args printed and how it ended."""
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            result = parser.parse_args(args)
        print(args, '->', result)
    except SystemExit as e:
        print(args, '-> SystemExit(%r)' % (e.code,))
    print(''.join('  stdout| ' + line + '\n' for line in out.getvalue().splitlines()), end='')
    print(''.join('  stderr| ' + line + '\n' for line in err.getvalue().splitlines()), end='')


def attempt(what, function):
    try:
        result = function()
        print(what, 'ok', type(result).__name__)
    except Exception as e:
        # (an object's address differs from run to run)
        print(what, '->', type(e).__name__ + ':', re.sub(' at 0x[0-9a-f]+', '', str(e)))


p = argparse.ArgumentParser(prog='errs')
p.add_argument('src')
p.add_argument('dst')
p.add_argument('-n', type=int)
p.add_argument('-r', type=float)
p.add_argument('--mode', choices=['a', 'b'])
p.add_argument('--level', type=int, choices=[1, 2, 3])
p.add_argument('--pair', nargs=2)
p.add_argument('--some', nargs='+')
p.add_argument('--maybe', nargs='?', type=int)
p.add_argument('-f', '--flag', action='store_true')
p.add_argument('--verbose', action='store_true')
p.add_argument('--version', action='store_true')
parse(p, [])
parse(p, ['a'])
parse(p, ['a', 'b', 'c', 'd'])
parse(p, ['a', 'b', '-n'])
parse(p, ['a', 'b', '-n', 'x'])
parse(p, ['a', 'b', '-n', '1.5'])
parse(p, ['a', 'b', '-r', 'pi'])
parse(p, ['a', 'b', '--mode', 'c'])
parse(p, ['a', 'b', '--level', '7'])
parse(p, ['a', 'b', '--level', 'seven'])
parse(p, ['a', 'b', '--pair', 'x'])
parse(p, ['a', 'b', '--some'])
parse(p, ['a', 'b', '--maybe', 'q'])
parse(p, ['a', 'b', '--ver'])
parse(p, ['a', 'b', '--unknown', '-z'])
parse(p, ['a', 'b', '--flag=yes'])
parse(p, ['a', 'b', '-fx'])
parse(p, ['a', 'b', '--flag='])
parse(p, ['-n', '3', 'a'])
parse(p, ['a', 'b', '-n', '-5'])

# mutually exclusive options
p = argparse.ArgumentParser(prog='mutex')
g = p.add_mutually_exclusive_group()
g.add_argument('--json', action='store_true')
g.add_argument('--xml', action='store_true')
g.add_argument('--text', nargs='?', const='plain')
r = p.add_mutually_exclusive_group(required=True)
r.add_argument('-a', action='store_true')
r.add_argument('-b', action='store_true')
r.add_argument('--secret', action='store_true', help=argparse.SUPPRESS)
parse(p, ['-a', '--json', '--xml'])
parse(p, ['--xml', '--text', '-b'])
parse(p, ['-a', '-b'])
parse(p, ['--json'])
parse(p, ['-ab'])
parse(p, ['-b', '--json'])

# the value of a type function that failed, ArgumentTypeError's message
def port(text):
    number = int(text)
    if not 0 < number < 65536:
        raise argparse.ArgumentTypeError('%r is not a port number' % text)
    return number


class Unnamed:
    def __call__(self, text):
        raise ValueError('no')

    def __repr__(self):
        return '<unnamed>'


p = argparse.ArgumentParser(prog='types')
p.add_argument('--port', type=port)
p.add_argument('--odd', type=Unnamed())
p.add_argument('--default', type=int, default='not a number')
parse(p, ['--port', '80', '--default', '1'])
parse(p, ['--port', '99999', '--default', '1'])
parse(p, ['--port', 'http', '--default', '1'])
parse(p, ['--odd', 'x'])
parse(p, [])

# ambiguous abbreviations and allow_abbrev
p = argparse.ArgumentParser(prog='abbrev')
p.add_argument('--config')
p.add_argument('--configure')
p.add_argument('--color')
parse(p, ['--co', 'x'])
parse(p, ['--conf', 'x'])
parse(p, ['--config', 'x'])
parse(p, ['--col=red'])
p = argparse.ArgumentParser(prog='noabbrev', allow_abbrev=False)
p.add_argument('--config')
p.add_argument('-a', action='store_true')
p.add_argument('-b', action='store_true')
parse(p, ['--conf', 'x'])
parse(p, ['-ab'])

# exit_on_error=False: ArgumentError is raised instead
p = argparse.ArgumentParser(prog='noexit', exit_on_error=False)
p.add_argument('--n', type=int)
p.add_argument('name')
for args in (['--n', 'x', 'a'], ['a', '--n'], ['--n', '1']):
    try:
        print(p.parse_args(args))
    except argparse.ArgumentError as e:
        print('ArgumentError:', e, '| argument_name:', e.argument_name, '| message:', e.message)
    except SystemExit as e:
        print('SystemExit', e.code)

# error() and exit() called directly; a subclass that raises instead
p = argparse.ArgumentParser(prog='direct')
err = io.StringIO()
with contextlib.redirect_stderr(err):
    try:
        p.error('something went wrong')
    except SystemExit as e:
        print('error() ->', e.code, repr(err.getvalue()))
    try:
        p.exit(3, 'bye\n')
    except SystemExit as e:
        print('exit() ->', e.code, repr(err.getvalue()))
    try:
        p.exit()
    except SystemExit as e:
        print('exit() ->', e.code)


class Raising(argparse.ArgumentParser):
    def error(self, message):
        raise ValueError('parse failed: ' + message)


p = Raising(prog='raising')
p.add_argument('x', type=int)
attempt('Raising', lambda: p.parse_args(['y']))
attempt('Raising', lambda: p.parse_args([]))

# building a parser wrongly
p = argparse.ArgumentParser(prog='build')
p.add_argument('--taken')
attempt('conflict', lambda: p.add_argument('--taken'))
attempt('conflict2', lambda: p.add_argument('-h', '--taken', '--new'))
attempt('dest twice', lambda: p.add_argument('pos', dest='other'))
attempt('required positional', lambda: p.add_argument('pos', required=True))
attempt('bad prefix', lambda: p.add_argument('-x', 'y'))
attempt('no dest', lambda: p.add_argument('-', '--'))
attempt('nargs 0', lambda: p.add_argument('--zero', nargs=0))
attempt('append nargs 0', lambda: p.add_argument('--zero', action='append', nargs=0))
attempt('const without ?', lambda: p.add_argument('--c', const=1))
attempt('metavar tuple', lambda: p.add_argument('--m', nargs=2, metavar=('A',)))
attempt('metavar tuple +', lambda: p.add_argument('--m', nargs='+', metavar=('A', 'B', 'C')))
attempt('bad nargs', lambda: p.add_argument('--m', nargs='x'))
attempt('unknown action', lambda: p.add_argument('--m', action='store_maybe'))
attempt('type not callable', lambda: p.add_argument('--m', type='int'))
attempt('FileType class', lambda: p.add_argument('--m', type=argparse.FileType))
attempt('store_true type', lambda: p.add_argument('--m', action='store_true', type=int))
attempt('bad conflict handler', lambda: argparse.ArgumentParser(conflict_handler='ignore'))
attempt('required in group', lambda: p.add_mutually_exclusive_group().add_argument('--r', required=True))
attempt('ok', lambda: p.add_argument('--fine', nargs=2, metavar=('A', 'B')))
g = p.add_mutually_exclusive_group()
attempt('empty group usage', lambda: p.format_usage())

# a final real error: usage and message on stderr, exit status 2
p = argparse.ArgumentParser(prog='final')
p.add_argument('count', type=int)
p.add_argument('--mode', choices=['x', 'y'], required=True)
print(p.parse_args(['3', '--mode', 'x']))
p.parse_args(['three'])
print('not reached')
