# argparse: custom Action subclasses, BooleanOptionalAction, version,
# register(), parse_known_args, parse_intermixed_args, Action objects
import argparse
import contextlib
import io
import os

os.environ['COLUMNS'] = '80'


def parse(parser, args, how='parse_args'):
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            result = getattr(parser, how)(args)
        print(args, '->', result)
    except SystemExit as e:
        print(args, '-> SystemExit(%r)' % (e.code,))
    except TypeError as e:
        print(args, '-> TypeError:', e)
    for name, stream in (('stdout', out), ('stderr', err)):
        for line in stream.getvalue().splitlines():
            print('  %s| %s' % (name, line))


class KeyValue(argparse.Action):
    """Collects KEY=VALUE pairs into a dict."""

    def __init__(self, option_strings, dest, **kwargs):
        kwargs.setdefault('default', {})
        super().__init__(option_strings, dest, nargs='+', **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        pairs = dict(getattr(namespace, self.dest))
        for item in values:
            if '=' not in item:
                parser.error('%s: %r is not KEY=VALUE' % (option_string, item))
            key, value = item.split('=', 1)
            pairs[key] = value
        setattr(namespace, self.dest, pairs)


class Trace(argparse.Action):
    """Records every call: the option string and the values."""

    def __call__(self, parser, namespace, values, option_string=None):
        calls = getattr(namespace, 'calls', None) or []
        calls.append((self.dest, option_string, values))
        namespace.calls = calls


class Once(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        if getattr(namespace, self.dest) is not None:
            raise argparse.ArgumentError(self, 'may be given only once')
        setattr(namespace, self.dest, values)


p = argparse.ArgumentParser(prog='custom')
p.add_argument('-D', '--define', action=KeyValue, metavar='KEY=VALUE', help='set values')
p.add_argument('--trace', action=Trace, nargs='?', const='on')
p.add_argument('--once', action=Once)
p.add_argument('pos', action=Trace, nargs='*')
print(p.format_help())
parse(p, ['-D', 'a=1', 'b=2', '--define', 'a=3'])
parse(p, ['--trace', '--trace', 'x', 'p1', 'p2'])
parse(p, ['-D', 'oops'])
parse(p, ['--once', '1', '--once', '2'])
a = p._actions[1]
print(type(a).__name__, a.option_strings, a.dest, a.nargs, a.default, a.metavar)
print(repr(p._actions[2]))

# BooleanOptionalAction
p = argparse.ArgumentParser(prog='boolean', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p.add_argument('--color', action=argparse.BooleanOptionalAction, default=True, help='colorize')
p.add_argument('--cache', action=argparse.BooleanOptionalAction, help='use the cache')
p.add_argument('-s', '--sync', action=argparse.BooleanOptionalAction, default=False)
print(p.format_help())
parse(p, [])
parse(p, ['--no-color', '--cache', '-s'])
parse(p, ['--color', '--no-cache', '--no-sync'])
parse(p, ['--no-col'])
parse(p, ['--color=yes'])
print(p._actions[1])

# version
p = argparse.ArgumentParser(prog='versioned')
p.add_argument('-V', '--version', action='version', version='%(prog)s version 3.1.4 (built today)')
p.add_argument('--long-version', action='version',
               version='a version text that is long enough to be wrapped when it is '
                       'printed, because version texts are filled like descriptions')
parse(p, ['-V'])
parse(p, ['--long-version'])
print(p.format_help())
p.version = 'from the parser'
p.add_argument('--pv', action='version')
parse(p, ['--pv'])

# register(): a name for a type and for an action
p = argparse.ArgumentParser(prog='registry')
p.register('type', 'hex', lambda text: int(text, 16))
p.register('action', 'upper', type('Upper', (argparse.Action,), {
    '__call__': lambda self, parser, ns, values, option_string=None:
        setattr(ns, self.dest, values.upper())}))
p.add_argument('--addr', type='hex')
p.add_argument('--name', action='upper')
parse(p, ['--addr', 'ff', '--name', 'bob'])
parse(p, ['--addr', 'zz'])

# parse_known_args leaves what it does not know
p = argparse.ArgumentParser(prog='known')
p.add_argument('--keep')
p.add_argument('first')
parse(p, ['a', '--keep', 'k', '--other', 'o', 'b', '-x'], 'parse_known_args')
parse(p, ['--other=1', 'a'], 'parse_known_args')
parse(p, [], 'parse_known_args')

# parse_intermixed_args: positionals may come after options in any order
p = argparse.ArgumentParser(prog='intermixed')
p.add_argument('--foo')
p.add_argument('cmd')
p.add_argument('rest', nargs='*', type=int)
parse(p, ['doit', '1', '--foo', 'bar', '2', '3'])
parse(p, ['doit', '1', '--foo', 'bar', '2', '3'], 'parse_intermixed_args')
parse(p, ['--foo', 'x'], 'parse_intermixed_args')
parse(p, ['c', '--bad'], 'parse_intermixed_args')
parse(p, ['c', '--bad', '4'], 'parse_known_intermixed_args')
q = argparse.ArgumentParser(prog='intermixed2')
q.add_argument('rest', nargs=argparse.REMAINDER)
parse(q, ['a'], 'parse_intermixed_args')
r = argparse.ArgumentParser(prog='intermixed3')
g = r.add_mutually_exclusive_group(required=True)
g.add_argument('--a', action='store_true')
g.add_argument('--b', action='store_true')
r.add_argument('files', nargs='+')
parse(r, ['x', '--a', 'y'], 'parse_intermixed_args')
parse(r, ['x', 'y'], 'parse_intermixed_args')

# an Action's attributes, and calling the base class
action = argparse.Action(['-z'], 'z', nargs='?', const=1, default=2, type=int,
                         choices=[1, 2], required=True, help='zz', metavar='Z')
print(action)
print(action.format_usage())
try:
    action(None, argparse.Namespace(), 'v')
except NotImplementedError as e:
    print('NotImplementedError:', e)
