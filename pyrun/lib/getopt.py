"""getopt: command-line options in the manner of C's getopt(), as
documented for CPython's getopt module.

getopt(args, shortopts, longopts=[]) reads options from the front of
args and stops at the first argument that is not one (or after '--');
gnu_getopt() reads options anywhere, unless shortopts starts with '+' or
POSIXLY_CORRECT is set in the environment.  Both return (options, rest),
options being (option, value) pairs such as ('-a', '') or ('--out', 'f').

shortopts lists the short option letters, each followed by ':' if it
takes a value ("ab:" is -a and -b VALUE).  longopts lists the long option
names without '--', each followed by '=' if it takes a value; a long
option may be given abbreviated to any unambiguous prefix."""

import os

__all__ = ['GetoptError', 'error', 'getopt', 'gnu_getopt']


class GetoptError(Exception):
    """A bad command line: msg says what is wrong, opt names the option
    (without its dashes)."""
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        super().__init__(msg, opt)
        self.msg, self.opt = msg, opt

    def __str__(self):
        return self.msg


error = GetoptError


def _as_list(longopts):
    if isinstance(longopts, str):
        return [longopts]
    return list(longopts)


def getopt(args, shortopts, longopts=[]):
    """Options from the front of args; returns (options, the rest)."""
    longopts = _as_list(longopts)
    found = []
    at = 0
    while at < len(args):
        arg = args[at]
        if not arg.startswith('-') or arg == '-':
            break
        if arg == '--':
            at += 1
            break
        if arg.startswith('--'):
            at = _long_option(found, arg[2:], longopts, args, at + 1)
        else:
            at = _short_options(found, arg[1:], shortopts, args, at + 1)
    # args itself when no option was read, as CPython returns it
    return found, (args[at:] if at else args)


def gnu_getopt(args, shortopts, longopts=[]):
    """Options from anywhere in args (GNU style); returns (options, the
    arguments that are not options, in order)."""
    longopts = _as_list(longopts)
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        stop_at_argument = True
    else:
        stop_at_argument = bool(os.environ.get('POSIXLY_CORRECT'))
    found, others = [], []
    at = 0
    while at < len(args):
        arg = args[at]
        if arg == '--':
            others.extend(args[at + 1:])
            break
        if arg[:2] == '--':
            at = _long_option(found, arg[2:], longopts, args, at + 1)
        elif arg[:1] == '-' and arg != '-':
            at = _short_options(found, arg[1:], shortopts, args, at + 1)
        elif stop_at_argument:
            others.extend(args[at:])
            break
        else:
            others.append(arg)
            at += 1
    return found, others


def _long_option(found, text, longopts, args, at):
    """Reads --text (text may hold '=value'); the value may be args[at].
    Returns the index of the next argument."""
    name, equals, value = text.partition('=')
    if not equals:
        value = None
    takes_value, name = _long_takes_value(name, longopts)
    if takes_value and value is None:
        if at >= len(args):
            raise GetoptError('option --%s requires argument' % name, name)
        value = args[at]
        at += 1
    elif not takes_value and value is not None:
        raise GetoptError('option --%s must not have an argument' % name, name)
    found.append(('--' + name, value or ''))
    return at


def _long_takes_value(name, longopts):
    """(whether it takes a value, its full name) for a long option given
    as name, which may be an abbreviation."""
    matches = [option for option in longopts if option.startswith(name)]
    if not matches:
        raise GetoptError('option --%s not recognized' % name, name)
    if name in matches:
        return False, name
    if name + '=' in matches:
        return True, name
    if len(matches) > 1:
        raise GetoptError('option --%s not a unique prefix' % name, name)
    full = matches[0]
    if full.endswith('='):
        return True, full[:-1]
    return False, full


def _short_options(found, letters, shortopts, args, at):
    """Reads the letters of one -abc argument; an option that takes a
    value takes the rest of the letters, or else args[at].  Returns the
    index of the next argument."""
    while letters:
        letter, letters = letters[0], letters[1:]
        if not _short_takes_value(letter, shortopts):
            found.append(('-' + letter, ''))
            continue
        if not letters:
            if at >= len(args):
                raise GetoptError('option -%s requires argument' % letter, letter)
            letters = args[at]
            at += 1
        found.append(('-' + letter, letters))
        letters = ''
    return at


def _short_takes_value(letter, shortopts):
    for index, char in enumerate(shortopts):
        if char == letter and char != ':':
            return shortopts.startswith(':', index + 1)
    raise GetoptError('option -%s not recognized' % letter, letter)
