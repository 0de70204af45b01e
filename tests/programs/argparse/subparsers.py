# argparse: subcommands - add_subparsers (dest, required, help, title,
# metavar), add_parser (aliases, help), set_defaults(func=...), nested
# subcommands, and their help and errors
import argparse
import contextlib
import io
import os

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


def cmd_add(args):
    return 'adding %s' % ', '.join(args.items)


def cmd_remove(args):
    return 'removing %s (force=%s)' % (args.item, args.force)


p = argparse.ArgumentParser(prog='pkg', description='A package manager.')
p.add_argument('-v', '--verbose', action='store_true', help='talk more')
p.add_argument('--root', default='/', help='install root')
sub = p.add_subparsers(dest='command', help='what to do')
add = sub.add_parser('add', aliases=['install', 'i'], help='add packages',
                     description='Add one or more packages.')
add.add_argument('items', nargs='+', help='package names')
add.add_argument('--pin', action='store_true', help='pin the versions')
add.set_defaults(func=cmd_add)
rm = sub.add_parser('remove', aliases=['rm'], help='remove a package')
rm.add_argument('item')
rm.add_argument('-f', '--force', action='store_true')
rm.set_defaults(func=cmd_remove)
sub.add_parser('list')      # no help: not listed under the subcommands
print(p.format_help())
print(add.format_help())
print(rm.format_usage())
for args in (['add', 'a', 'b'], ['-v', 'install', 'x', '--pin'], ['i', 'y'],
             ['rm', 'pkg', '-f'], ['--root', '/tmp', 'remove', 'q'], ['list']):
    ns = p.parse_args(args)
    print(args, '->', ns.command, ns.func(ns) if hasattr(ns, 'func') else '(no func)')
parse(p, [])
parse(p, ['delete', 'x'])
parse(p, ['add'])
parse(p, ['rm', 'a', 'b'])
parse(p, ['rm', 'a', '--verbose'])
parse(p, ['-v', 'rm'])
parse(p, ['add', '-h'])
parse(p, ['list', '--bogus'])
known, extras = p.parse_known_args(['rm', 'a', '--extra', '-v', 'more'])
known.func = known.func.__name__
print(known, extras)

# required subcommands, a metavar, a title and description
p = argparse.ArgumentParser(prog='git')
sub = p.add_subparsers(title='commands', description='The available commands.',
                       dest='cmd', required=True, metavar='COMMAND')
c = sub.add_parser('commit', help='record changes')
c.add_argument('-m', '--message', required=True)
c.add_argument('-a', '--all', action='store_true')
s = sub.add_parser('status', help='show the state')
s.add_argument('-s', '--short', action='store_true')
print(p.format_help())
parse(p, [])
parse(p, ['commit'])
parse(p, ['commit', '-am', 'message'])
parse(p, ['status', '-s'])
parse(p, ['stat'])

# required without dest or metavar: named by the choices
p = argparse.ArgumentParser(prog='anon')
sub = p.add_subparsers(required=True)
sub.add_parser('one')
sub.add_parser('two')
parse(p, [])
parse(p, ['three'])
parse(p, ['two'])

# nested subcommands and defaults of the subparser winning
p = argparse.ArgumentParser(prog='cloud')
p.add_argument('--region', default='eu')
p.set_defaults(level='top')
top = p.add_subparsers(dest='area')
vm = top.add_parser('vm', help='virtual machines')
vm.set_defaults(level='vm')
vms = vm.add_subparsers(dest='action')
start = vms.add_parser('start', help='start one')
start.add_argument('name')
start.add_argument('--region', default='us')
stop = vms.add_parser('stop', help='stop one')
stop.add_argument('name')
stop.add_argument('--force', action='store_true')
print(p.format_help())
print(vm.format_help())
print(start.format_help())
parse(p, ['vm', 'start', 'web1'])
parse(p, ['--region', 'asia', 'vm', 'stop', 'db', '--force'])
parse(p, ['vm'])
parse(p, ['vm', 'restart'])
parse(p, ['vm', 'start'])

# a positional before the subcommands: the subcommands' prog includes it
p = argparse.ArgumentParser(prog='multi')
p.add_argument('target')
p.add_argument('--dry', action='store_true')
sub = p.add_subparsers(dest='op', help='operation')
sub.add_parser('go', help='go there').add_argument('speed', type=int)
print(p.format_help())
parse(p, ['home', 'go', '5'])
parse(p, ['home', 'go', 'fast'])
parse(p, ['home', 'go', '-h'])

# only one add_subparsers; conflicting names
parse_error = io.StringIO()
with contextlib.redirect_stderr(parse_error):
    try:
        p.add_subparsers()
    except SystemExit as e:
        print('second add_subparsers -> SystemExit', e.code, repr(parse_error.getvalue()))
try:
    sub.add_parser('go')
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
try:
    sub.add_parser('went', aliases=['go'])
except argparse.ArgumentError as e:
    print('ArgumentError:', e)

# a custom parser_class, and the subparsers action's repr
class Loud(argparse.ArgumentParser):
    def error(self, message):
        raise RuntimeError(self.prog + ': ' + message.upper())


p = Loud(prog='loud')
sub = p.add_subparsers(dest='which')
x = sub.add_parser('x')
x.add_argument('n', type=int)
print(type(x).__name__)
try:
    p.parse_args(['x', 'nope'])
except RuntimeError as e:
    print('RuntimeError:', e)
print(sub.choices.keys(), sub.dest, sub.nargs, sub.option_strings)
