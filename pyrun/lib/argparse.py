"""argparse: command-line parsing, as documented for CPython 3.11's module.

An ArgumentParser holds arguments (Action objects made by add_argument):
positionals, named by a dest, and optionals, named by option strings that
start with one of the parser's prefix characters.  parse_args() sorts a
list of strings into a Namespace; help, usage and error messages are
CPython's to the byte.

How a command line is read (the parse):

- Every string is classified: 'O' if it names an option (exactly, as
  --name=value, as an unambiguous abbreviation of a long option, or as a
  short option with its value or more short flags glued on: -xVALUE,
  -abc), 'A' otherwise (a negative number is an 'A' unless the parser has
  options that look like negative numbers).  '--' is '-', and everything
  after it is 'A'.
- The string of classes (say 'OAAOA') is matched with regular
  expressions built from each argument's nargs: an option takes as many
  of the following 'A's as its nargs allows; positionals are matched as
  a run, as many of them as can match the stretch of 'A's before the next
  option, each taking what the pattern gives it (so nargs='?' and '*'
  positionals may be satisfied by nothing early on).
- What no argument takes is an extra: parse_known_args returns the
  extras, parse_args reports them as unrecognized.

Help is laid out by a HelpFormatter whose width is the terminal's
(shutil.get_terminal_size, so COLUMNS in the environment) less 2: the
usage line, wrapped as CPython wraps it, then the description, one
section per argument group (help text starting at column 24 at most),
and the epilog.

Not provided: gettext translation of the messages."""

import os as _os
import re as _re
import sys as _sys

__all__ = [
    'ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'BooleanOptionalAction',
    'FileType', 'HelpFormatter', 'ArgumentDefaultsHelpFormatter',
    'RawDescriptionHelpFormatter', 'RawTextHelpFormatter', 'MetavarTypeHelpFormatter',
    'Namespace', 'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER',
    'SUPPRESS', 'ZERO_OR_MORE',
]

# The documented special values: SUPPRESS for default, help, dest and
# titles; the others for nargs.
OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE = '?', '*', '+'
REMAINDER, PARSER = '...', 'A...'
SUPPRESS = '==SUPPRESS=='

# where a subparser leaves the strings it did not recognize
_UNRECOGNIZED_ARGS_ATTR = '_unrecognized_args'

# The regular expression of the argument classes ('A' argument, 'O'
# option, '-' the '--' marker) an argument of each nargs takes; an int N
# takes N 'A's.  Options drop every '-' from their pattern: they cannot
# take the marker.
_NARGS_PATTERNS = {
    None: '(-*A-*)',
    OPTIONAL: '(-*A?-*)',
    ZERO_OR_MORE: '(-*[A-]*)',
    ONE_OR_MORE: '(-*A[A-]*)',
    REMAINDER: '([-AO]*)',
    PARSER: '(-*A[-AO]*)',
    SUPPRESS: '(-*-*)',
}

_LOOKS_NEGATIVE = _re.compile(r'^-\d+$|^-\d*\.\d+$')

# the pieces the usage is cut into when it is too long for one line: a
# bracketed or parenthesized group (with what closes right after it), or
# a word
_USAGE_PIECE = _re.compile(r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+')
_AFTER_OPENING = _re.compile(r'([\[(]) ')
_BEFORE_CLOSING = _re.compile(r' ([\])])')
_EMPTY_BRACKETS = _re.compile(r'[\[(] *[\])]')


def _identity(string):
    return string


def _plural(count, one, many):
    return one if count == 1 else many


def _name_of(action):
    """How messages name an argument: its option strings joined by '/',
    else its metavar, else its dest, else its choices in braces; None when
    it has none of these."""
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    for name in (action.metavar, action.dest):
        if name not in (None, SUPPRESS):
            return name
    if action.choices:
        return '{' + ','.join(action.choices) + '}'
    return None


def _deprecated(message):
    # reported at the line that called the deprecated method
    import warnings
    warnings.warn(message, DeprecationWarning, stacklevel=3)


def _copy_items(items):
    """A fresh list (or copy) to append to, so that a default list is
    never changed in place."""
    if items is None:
        return []
    if type(items) is list:
        return list(items)
    import copy
    return copy.copy(items)


class _AttributeHolder:
    """A repr that lists the object's settings: Name(arg, key=value, ...),
    with keys that are not identifiers gathered in a trailing **{...}."""

    def __repr__(self):
        shown = [repr(value) for value in self._get_args()]
        odd_names = {}
        for key, value in self._get_kwargs():
            if key.isidentifier():
                shown.append('%s=%r' % (key, value))
            else:
                odd_names[key] = value
        if odd_names:
            shown.append('**' + repr(odd_names))
        return type(self).__name__ + '(' + ', '.join(shown) + ')'

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def _get_args(self):
        return []


class Namespace(_AttributeHolder):
    """The attributes parse_args sets; equal to another Namespace with the
    same attributes, and `name in namespace` tells whether one is set."""

    def __init__(self, **kwargs):
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __eq__(self, other):
        if isinstance(other, Namespace):
            return vars(self) == vars(other)
        return NotImplemented

    def __contains__(self, key):
        return key in self.__dict__


class ArgumentError(Exception):
    """An error in an argument (or in the command line as a whole when
    argument is None); str() names the argument before the message."""

    def __init__(self, argument, message):
        self.argument_name = _name_of(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return '%s' % (self.message,)
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by a type= function: its message becomes the error's."""


# ---------------------------------------------------------------- actions


class Action(_AttributeHolder):
    """What one argument is and what it does with its values: called with
    (parser, namespace, values, option_string) when it is met."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        self.option_strings, self.dest = option_strings, dest
        self.nargs, self.const, self.default = nargs, const, default
        self.type, self.choices = type, choices
        self.required, self.help, self.metavar = required, help, metavar

    def _get_kwargs(self):
        return [(name, getattr(self, name)) for name in (
            'option_strings', 'dest', 'nargs', 'const', 'default', 'type',
            'choices', 'required', 'help', 'metavar')]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


def _refuse_bad_nargs(nargs, const, kind, advice):
    if nargs == 0:
        raise ValueError('nargs for %s actions must be != 0; %s' % (kind, advice))
    if const is not None and nargs != OPTIONAL:
        raise ValueError('nargs must be %r to supply const' % OPTIONAL)


class _StoreAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        _refuse_bad_nargs(nargs, const, 'store',
                          'if you have nothing to store, actions such as store '
                          'true or store const may be more appropriate')
        super().__init__(option_strings, dest, nargs, const, default, type,
                         choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, 0, const, default,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, False, default, required, help)


class _AppendAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        _refuse_bad_nargs(nargs, const, 'append',
                          'if arg strings are not supplying the value to append, '
                          'the append const action may be more appropriate')
        super().__init__(option_strings, dest, nargs, const, default, type,
                         choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        grown = _copy_items(getattr(namespace, self.dest, None))
        grown.append(values)
        setattr(namespace, self.dest, grown)


class _AppendConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, 0, const, default,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        grown = _copy_items(getattr(namespace, self.dest, None))
        grown.append(self.const)
        setattr(namespace, self.dest, grown)


class _CountAction(Action):

    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, 0, default=default,
                         required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        so_far = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, 1 if so_far is None else so_far + 1)


class _HelpAction(Action):

    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, 0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):

    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, 0, default=default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        text = parser.version if self.version is None else self.version
        formatter = parser._get_formatter()
        formatter.add_text(text)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class _ExtendAction(_AppendAction):

    def __call__(self, parser, namespace, values, option_string=None):
        grown = _copy_items(getattr(namespace, self.dest, None))
        grown.extend(values)
        setattr(namespace, self.dest, grown)


class BooleanOptionalAction(Action):
    """--flag sets True and --no-flag False (each long option gets its
    --no- twin)."""

    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        both = []
        for option in option_strings:
            both.append(option)
            if option.startswith('--'):
                both.append('--no-' + option[2:])
        super().__init__(both, dest, 0, None, default, type, choices, required,
                         help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _SubParsersAction(Action):
    """The positional of add_subparsers: its first string names the
    subcommand, whose parser gets the rest."""

    class _ChoicesPseudoAction(Action):
        """A subcommand's line in the help."""

        def __init__(self, name, aliases, help):
            shown = name + (' (%s)' % ', '.join(aliases) if aliases else '')
            super().__init__([], name, help=help, metavar=shown)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS,
                 required=False, help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings, dest, PARSER, choices=self._name_parser_map,
                         required=required, help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kwargs.pop('aliases', ())
        taken = self._name_parser_map
        if name in taken:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        for alias in aliases:
            if alias in taken:
                raise ArgumentError(self, 'conflicting subparser alias: %s' % alias)
        if 'help' in kwargs:
            self._choices_actions.append(
                self._ChoicesPseudoAction(name, aliases, kwargs.pop('help')))
        made = self._parser_class(**kwargs)
        for key in (name, *aliases):
            taken[key] = made
        return made

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        name, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        chosen = self._name_parser_map.get(name)
        if chosen is None:
            raise ArgumentError(self, 'unknown parser %r (choices: %s)'
                                % (name, ', '.join(self._name_parser_map)))
        # parsed into a namespace of its own, so that the subparser's
        # defaults win over the parent's, then copied over
        own, rest = chosen.parse_known_args(rest, None)
        for key, value in vars(own).items():
            setattr(namespace, key, value)
        if rest:
            vars(namespace).setdefault(_UNRECOGNIZED_ARGS_ATTR, [])
            getattr(namespace, _UNRECOGNIZED_ARGS_ATTR).extend(rest)


class FileType:
    """A type= that opens the named file ('-' is standard input or
    output) with the mode, buffering, encoding and errors given."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode, self._bufsize = mode, bufsize
        self._encoding, self._errors = encoding, errors

    def __call__(self, string):
        mode = self._mode
        if string == '-':
            if 'r' in mode:
                stream = _sys.stdin
            elif any(letter in mode for letter in 'wax'):
                stream = _sys.stdout
            else:
                raise ValueError('argument "-" with mode %r' % mode)
            return stream.buffer if 'b' in mode else stream
        try:
            return open(string, mode, self._bufsize, self._encoding, self._errors)
        except OSError as error:
            raise ArgumentTypeError("can't open '%s': %s" % (string, error))

    def __repr__(self):
        shown = [repr(value) for value in (self._mode, self._bufsize) if value != -1]
        for key in ('encoding', 'errors'):
            value = getattr(self, '_' + key)
            if value is not None:
                shown.append('%s=%r' % (key, value))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


_ACTION_CLASSES = {
    None: _StoreAction, 'store': _StoreAction, 'store_const': _StoreConstAction,
    'store_true': _StoreTrueAction, 'store_false': _StoreFalseAction,
    'append': _AppendAction, 'append_const': _AppendConstAction,
    'count': _CountAction, 'help': _HelpAction, 'version': _VersionAction,
    'parsers': _SubParsersAction, 'extend': _ExtendAction,
}


# ------------------------------------------------------------- formatters


class HelpFormatter:
    """Lays out usage and help.  Items are collected first (add_usage,
    add_text, add_argument, sections) and laid out by format_help, once
    the widest argument is known."""

    class _Section:
        def __init__(self, formatter, parent, heading=None):
            self.formatter, self.parent, self.heading = formatter, parent, heading
            self.items = []

        def format_help(self):
            return self.formatter._render_section(self)

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            from shutil import get_terminal_size
            width = get_terminal_size().columns - 2
        self._prog, self._width = prog, width
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position,
                                      max(width - 20, 2 * indent_increment))
        self._current_indent = self._level = self._action_max_length = 0
        self._root_section = self._current_section = self._Section(self, None)
        self._whitespace_matcher = _re.compile(r'\s+', _re.ASCII)
        self._long_break_matcher = _re.compile(r'\n\n\n+')

    # --- indentation
    def _indent(self):
        self._level += 1
        self._current_indent += self._indent_increment

    def _dedent(self):
        self._level -= 1
        self._current_indent -= self._indent_increment
        assert self._current_indent >= 0, 'Indent decreased below 0.'

    # --- collecting: each item is a function to call and its arguments
    def _add_item(self, func, args):
        self._current_section.items.append((func, args))

    def start_section(self, heading):
        self._indent()
        opened = self._Section(self, self._current_section, heading)
        self._current_section.items.append((opened.format_help, []))
        self._current_section = opened

    def end_section(self):
        self._dedent()
        self._current_section = self._current_section.parent

    def add_text(self, text):
        if text is None or text is SUPPRESS:
            return
        self._add_item(self._format_text, [text])

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is SUPPRESS:
            return
        self._add_item(self._format_usage, [usage, actions, groups, prefix])

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        widest = len(self._format_action_invocation(action))
        for sub in self._iter_indented_subactions(action):
            widest = max(widest, len(self._format_action_invocation(sub)))
        self._action_max_length = max(self._action_max_length,
                                      widest + self._current_indent)
        self._add_item(self._format_action, [action])

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    # --- laying out
    def format_help(self):
        text = self._root_section.format_help()
        if not text:
            return text
        return self._long_break_matcher.sub('\n\n', text).strip('\n') + '\n'

    def _render_section(self, section):
        nested = section.parent is not None
        if nested:
            self._indent()
        body = self._join_parts([func(*args) for func, args in section.items])
        if nested:
            self._dedent()
        if not body:
            return ''
        title = ''
        if section.heading is not None and section.heading is not SUPPRESS:
            title = ' ' * self._current_indent + '%s:\n' % (section.heading,)
        return self._join_parts(['\n', title, body, '\n'])

    def _join_parts(self, part_strings):
        return ''.join(part for part in part_strings if part and part is not SUPPRESS)

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            text = usage % {'prog': self._prog}
        elif not actions:
            text = '%s' % (self._prog,)
        else:
            prog = '%s' % (self._prog,)
            optionals = [action for action in actions if action.option_strings]
            positionals = [action for action in actions if not action.option_strings]
            listed = self._format_actions_usage(optionals + positionals, groups)
            text = ' '.join(piece for piece in (prog, listed) if piece)
            room = self._width - self._current_indent
            if len(prefix) + len(text) > room:
                text = self._wrap_usage(prefix, prog, optionals, positionals,
                                        groups, room)
        return '%s%s\n\n' % (prefix, text)

    def _wrap_usage(self, prefix, prog, optionals, positionals, groups, room):
        """A usage too long for one line: the options' pieces and the
        positionals' filled into lines after the program name (or under
        it when the name takes more than three quarters of the width)."""
        cut = []
        for chosen in (optionals, positionals):
            text = self._format_actions_usage(chosen, groups)
            pieces = _USAGE_PIECE.findall(text)
            # as in CPython: a usage that cannot be cut back into the
            # same text (say, a metavar with two spaces) is refused
            assert ' '.join(pieces) == text
            cut.append(pieces)
        opt_pieces, pos_pieces = cut

        def fill(pieces, indent, lead=None):
            rows = [[]]
            column = len(indent if lead is None else lead) - 1
            for piece in pieces:
                if rows[-1] and column + 1 + len(piece) > room:
                    rows.append([])
                    column = len(indent) - 1
                rows[-1].append(piece)
                column += 1 + len(piece)
            lines = [indent + ' '.join(row) for row in rows if row]
            if lead is not None:
                # the first line follows the lead ('usage: ') instead
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * room:
            indent = ' ' * (len(prefix) + len(prog) + 1)
            if opt_pieces:
                lines = fill([prog] + opt_pieces, indent, prefix) + fill(pos_pieces, indent)
            elif pos_pieces:
                lines = fill([prog] + pos_pieces, indent, prefix)
            else:
                lines = [prog]
        else:
            indent = ' ' * len(prefix)
            lines = fill(opt_pieces + pos_pieces, indent)
            if len(lines) > 1:
                lines = fill(opt_pieces, indent) + fill(pos_pieces, indent)
            lines.insert(0, prog)
        return '\n'.join(lines)

    def _format_actions_usage(self, actions, groups):
        grouped = set()
        marks = {}          # index in actions -> what goes before that action

        def mark(index, text):
            marks[index] = marks[index] + ' ' + text if index in marks else text

        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError(f'empty group {group}')
            if members[0] not in actions:
                continue
            first = actions.index(members[0])
            last = first + len(members)
            # only a group whose actions are listed together is shown as one
            if actions[first:last] != members:
                continue
            grouped.update(members)
            if not group.required:
                mark(first, '[')
                mark(last, ']')
            elif sum(action.help is not SUPPRESS for action in members) > 1:
                mark(first, '(')
                mark(last, ')')
            for index in range(first + 1, last):
                marks[index] = '|'

        pieces = []
        for index, action in enumerate(actions):
            if action.help is SUPPRESS:
                pieces.append(None)
                if marks.get(index) == '|':
                    del marks[index]
                elif marks.get(index + 1) == '|':
                    del marks[index + 1]
                continue
            if action.option_strings:
                if action.nargs == 0:
                    piece = action.format_usage()
                else:
                    metavar = self._get_default_metavar_for_optional(action)
                    piece = action.option_strings[0] + ' ' + self._format_args(action, metavar)
                if not action.required and action not in grouped:
                    piece = '[' + piece + ']'
            else:
                metavar = self._get_default_metavar_for_positional(action)
                piece = self._format_args(action, metavar)
                if action in grouped and piece[0] == '[' and piece[-1] == ']':
                    piece = piece[1:-1]
            pieces.append(piece)
        for index in sorted(marks, reverse=True):
            pieces.insert(index, marks[index])
        text = ' '.join(piece for piece in pieces if piece is not None)
        text = _AFTER_OPENING.sub(r'\1', text)
        text = _BEFORE_CLOSING.sub(r'\1', text)
        return _EMPTY_BRACKETS.sub('', text).strip()

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % {'prog': self._prog}
        room = max(self._width - self._current_indent, 11)
        return self._fill_text(text, room, ' ' * self._current_indent) + '\n\n'

    def _format_action(self, action):
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        room = help_position - self._current_indent - 2
        margin = ' ' * self._current_indent
        invocation = self._format_action_invocation(action)
        help_text = action.help
        if help_text and len(invocation) <= room:
            pieces = [margin + invocation.ljust(room) + '  ']
            first_indent = 0
        else:
            pieces = [margin + invocation + '\n']
            first_indent = help_position
        if help_text and help_text.strip():
            expanded = self._expand_help(action)
            if expanded:
                lines = self._split_lines(expanded, help_width)
                pieces.append(' ' * first_indent + lines[0] + '\n')
                pieces.extend(' ' * help_position + line + '\n' for line in lines[1:])
        elif not pieces[0].endswith('\n'):
            pieces.append('\n')
        pieces.extend(self._format_action(sub)
                      for sub in self._iter_indented_subactions(action))
        return self._join_parts(pieces)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            metavar = self._get_default_metavar_for_positional(action)
            only, = self._metavar_formatter(action, metavar)(1)
            return only
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        args = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ', '.join(option + ' ' + args for option in action.option_strings)

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            name = action.metavar
        elif action.choices is not None:
            name = '{%s}' % ','.join(str(choice) for choice in action.choices)
        else:
            name = default_metavar

        def names(count):
            return name if isinstance(name, tuple) else (name,) * count
        return names

    def _format_args(self, action, default_metavar):
        names = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % names(1)
        if nargs == OPTIONAL:
            return '[%s]' % names(1)
        if nargs == ZERO_OR_MORE:
            given = names(1)
            return ('[%s [%s ...]]' if len(given) == 2 else '[%s ...]') % given
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % names(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % names(1)
        if nargs == SUPPRESS:
            return ''
        try:
            slots = ['%s'] * len(range(nargs))
        except TypeError:
            raise ValueError('invalid nargs value') from None
        return ' '.join(slots) % names(nargs)

    def _get_default_metavar_for_positional(self, action):
        return action.dest

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_help_string(self, action):
        return action.help

    def _expand_help(self, action):
        params = {}
        for key, value in dict(vars(action), prog=self._prog).items():
            if value is not SUPPRESS:
                params[key] = value.__name__ if hasattr(value, '__name__') else value
        if params.get('choices') is not None:
            params['choices'] = ', '.join(str(choice) for choice in params['choices'])
        return self._get_help_string(action) % params

    def _iter_indented_subactions(self, action):
        subactions = getattr(action, '_get_subactions', None)
        if subactions is None:
            return
        self._indent()
        yield from subactions()
        self._dedent()

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(self._whitespace_matcher.sub(' ', text).strip(), width)

    def _fill_text(self, text, width, indent):
        import textwrap
        flat = self._whitespace_matcher.sub(' ', text).strip()
        return textwrap.fill(flat, width, initial_indent=indent, subsequent_indent=indent)



class RawDescriptionHelpFormatter(HelpFormatter):
    """Descriptions and epilogs keep their lines as written."""

    def _fill_text(self, text, width, indent):
        return ''.join([indent + line for line in text.splitlines(True)])


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Help texts keep their lines too."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Help texts end with ' (default: ...)' when they do not show it."""

    def _get_help_string(self, action):
        text = '' if action.help is None else action.help
        if '%(default)' in text or action.default is SUPPRESS:
            return text
        if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
            text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Metavars are the names of the argument types."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# -------------------------------------------------------------- containers


class _ActionsContainer:
    """What parsers and argument groups share: add_argument and the
    tables of actions, option strings and defaults."""

    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        super().__init__()
        self.description, self.prefix_chars = description, prefix_chars
        self.argument_default, self.conflict_handler = argument_default, conflict_handler
        self._registries = {'action': dict(_ACTION_CLASSES), 'type': {None: _identity}}
        self._get_handler()     # an unknown conflict_handler fails here
        self._actions, self._action_groups, self._mutually_exclusive_groups = [], [], []
        self._option_string_actions, self._defaults = {}, {}
        self._negative_number_matcher = _LOOKS_NEGATIVE
        # non-empty once an option string looks like a negative number
        self._has_negative_number_optionals = []

    # --- registries ('action' names and 'type' names)
    def register(self, registry_name, value, object):
        table = self._registries.setdefault(registry_name, {})
        table[value] = object

    def _registry_get(self, registry_name, value, default=None):
        table = self._registries[registry_name]
        return table.get(value, default)

    # --- defaults
    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in [action for action in self._actions if action.dest in kwargs]:
            action.default = kwargs[action.dest]

    def get_default(self, dest):
        found = [action.default for action in self._actions
                 if action.dest == dest and action.default is not None]
        return found[0] if found else self._defaults.get(dest)

    # --- adding arguments
    def add_argument(self, *args, **kwargs):
        """add_argument(dest, ...) or add_argument(option_string, ...)"""
        settings = self._argument_settings(args, kwargs)
        action_class = self._pop_action_class(settings)
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**settings)
        self._check_usable(action)
        return self._add_action(action)

    def _argument_settings(self, args, kwargs):
        """The keywords of the action class: dest and option_strings
        added, and the default the parser gives when none is."""
        if args and (len(args) > 1 or args[0][0] in self.prefix_chars):
            settings = self._get_optional_kwargs(*args, **kwargs)
        elif args and 'dest' in kwargs:
            raise ValueError('dest supplied twice for positional argument')
        else:
            settings = self._get_positional_kwargs(*args, **kwargs)
        dest = settings['dest']
        if 'default' not in settings and (dest in self._defaults
                                          or self.argument_default is not None):
            settings['default'] = self._defaults.get(dest, self.argument_default)
        return settings

    def _check_usable(self, action):
        converter = self._registry_get('type', action.type, action.type)
        problem = None
        if not callable(converter):
            problem = '%r is not callable'
        elif converter is FileType:
            problem = '%r is a FileType class object, instance of it must be passed'
        if problem is not None:
            raise ValueError(problem % (converter,))
        if not hasattr(self, '_get_formatter'):
            return              # groups leave this check to the parser
        # a metavar tuple of the wrong length fails to format
        try:
            self._get_formatter()._format_args(action, None)
        except TypeError:
            raise ValueError('length of metavar tuple does not match nargs')

    def add_argument_group(self, *args, **kwargs):
        self._action_groups.append(_ArgumentGroup(self, *args, **kwargs))
        return self._action_groups[-1]

    def add_mutually_exclusive_group(self, **kwargs):
        self._mutually_exclusive_groups.append(_MutuallyExclusiveGroup(self, **kwargs))
        return self._mutually_exclusive_groups[-1]

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        self._option_string_actions.update(dict.fromkeys(action.option_strings, action))
        negative = [option for option in action.option_strings if _LOOKS_NEGATIVE.match(option)]
        if negative and not self._has_negative_number_optionals:
            self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        """Takes in the arguments of a parent parser, group by group."""
        titles = [group.title for group in self._action_groups]
        for index, title in enumerate(titles):
            if title in titles[:index]:
                raise ValueError('cannot merge actions - two groups are named %r' % (title,))
        by_title = dict(zip(titles, self._action_groups))
        home = {}
        for group in container._action_groups:
            if group.title not in by_title:
                by_title[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            home.update((action, by_title[group.title]) for action in group._group_actions)
        for group in container._mutually_exclusive_groups:
            twin = self.add_mutually_exclusive_group(required=group.required)
            home.update((action, twin) for action in group._group_actions)
        for action in container._actions:
            home.get(action, self)._add_action(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = kwargs.get('nargs')
        if nargs not in [OPTIONAL, ZERO_OR_MORE] or (
                nargs == ZERO_OR_MORE and 'default' not in kwargs):
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        chars = self.prefix_chars
        for option in args:
            if not option[0] in chars:
                raise ValueError('invalid option string %r: must start with a character %r'
                                 % (option, chars))
        dest = kwargs.pop('dest', None)
        if dest is None:
            longs = [option for option in args if len(option) > 1 and option[1] in chars]
            dest = (longs or args)[0].lstrip(chars)
            if not dest:
                raise ValueError('dest= is required for options like %r' % (args[-1],))
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=list(args))

    def _pop_action_class(self, kwargs, default=None):
        name = kwargs.pop('action', default)
        return self._registry_get('action', name, name)

    # --- conflicting option strings
    def _get_handler(self):
        handler = getattr(self, '_handle_conflict_%s' % self.conflict_handler, None)
        if handler is None:
            raise ValueError('invalid conflict_resolution value: %r' % self.conflict_handler)
        return handler

    def _check_conflict(self, action):
        clashes = [(option, self._option_string_actions[option])
                   for option in action.option_strings
                   if option in self._option_string_actions]
        if clashes:
            self._get_handler()(action, clashes)

    def _handle_conflict_error(self, action, conflicting_actions):
        listed = ', '.join(option for option, _ in conflicting_actions)
        message = _plural(len(conflicting_actions), 'conflicting option string: %s',
                          'conflicting option strings: %s')
        raise ArgumentError(action, message % listed)

    def _handle_conflict_resolve(self, action, conflicting_actions):
        # the older argument loses the option strings; with none left, it goes
        for option, older in conflicting_actions:
            self._option_string_actions.pop(option, None)
            older.option_strings.remove(option)
            if older.option_strings:
                continue
            older.container._remove_action(older)


class _ArgumentGroup(_ActionsContainer):
    """A titled section of the help; its arguments belong to the parser."""

    def __init__(self, container, title=None, description=None, **kwargs):
        for key in ('conflict_handler', 'prefix_chars', 'argument_default'):
            kwargs.setdefault(key, getattr(container, key))
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        for shared in ('_registries', '_actions', '_option_string_actions', '_defaults',
                       '_has_negative_number_optionals', '_mutually_exclusive_groups'):
            setattr(self, shared, getattr(container, shared))

    def _add_action(self, action):
        added = super()._add_action(action)
        self._group_actions.append(added)
        return added

    def add_argument_group(self, *args, **kwargs):
        _deprecated('Nesting argument groups is deprecated.')
        return super().add_argument_group(*args, **kwargs)

    def _remove_action(self, action):
        self._group_actions.remove(action)
        super()._remove_action(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """Arguments of which a command line may give one only."""

    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        added = self._container._add_action(action)
        self._group_actions.append(added)
        return added

    def _remove_action(self, action):
        self._group_actions.remove(action)
        self._container._remove_action(action)

    def add_mutually_exclusive_group(self, *args, **kwargs):
        _deprecated('Nesting mutually exclusive groups is deprecated.')
        return super().add_mutually_exclusive_group(*args, **kwargs)


# ----------------------------------------------------------------- parsing


class _ParseRun:
    """One parse of a list of strings into a namespace: classifies the
    strings, then takes options and runs of positionals in turn."""

    def __init__(self, parser, strings, namespace):
        self.parser, self.strings, self.namespace = parser, strings, namespace
        self.seen = set()               # actions met on the command line
        self.given = set()              # ... whose value is not their default
        self.extras = []
        self.waiting = parser._get_positional_actions()
        self.rivals = {}                # action -> the others of its exclusive groups
        for group in parser._mutually_exclusive_groups:
            members = group._group_actions
            for index, member in enumerate(members):
                self.rivals.setdefault(member, []).extend(
                    members[:index] + members[index + 1:])
        self.options = {}               # index -> (action, option string, explicit value)
        classes = []
        after_marker = False            # everything after '--' is positional
        for index, string in enumerate(strings):
            if after_marker:
                classes.append('A')
            elif string == '--':
                classes.append('-')
                after_marker = True
            else:
                found = parser._parse_optional(string)
                if found is None:
                    classes.append('A')
                else:
                    self.options[index] = found
                    classes.append('O')
        self.classes = ''.join(classes)

    def run(self):
        at = 0
        last_option = max(self.options, default=-1)
        while at <= last_option:
            next_option = min(index for index in self.options if index >= at)
            if at != next_option:
                end = self.take_positionals(at)
                if end > at:
                    at = end
                    continue
            if at not in self.options:
                # strings no positional wanted, before the next option
                self.extras.extend(self.strings[at:next_option])
                at = next_option
            at = self.take_option(at)
        at = self.take_positionals(at)
        self.extras.extend(self.strings[at:])
        self.finish()

    def take_option(self, at):
        parser = self.parser
        action, option, explicit = self.options[at]
        if action is None:
            self.extras.append(self.strings[at])
            return at + 1
        taken = []
        while explicit is not None:
            count = parser._match_argument(action, 'A')
            if count == 0 and option[1] not in parser.prefix_chars and explicit != '':
                # -abc: -a takes nothing, so b is the next short option
                taken.append((action, [], option))
                option = option[0] + explicit[0]
                glued = parser._option_string_actions.get(option)
                if glued is None:
                    raise ArgumentError(action, 'ignored explicit argument %r' % explicit)
                action, explicit = glued, explicit[1:] or None
            elif count == 1:
                taken.append((action, [explicit], option))
                stop = at + 1
                break
            else:
                raise ArgumentError(action, 'ignored explicit argument %r' % explicit)
        else:
            count = parser._match_argument(action, self.classes[at + 1:])
            stop = at + 1 + count
            taken.append((action, self.strings[at + 1:stop], option))
        for action, values, option in taken:
            self.take(action, values, option)
        return stop

    def take_positionals(self, at):
        counts = self.parser._match_arguments_partial(self.waiting, self.classes[at:])
        for action, count in zip(self.waiting, counts):
            values = self.strings[at:at + count]
            at += count
            self.take(action, values)
        del self.waiting[:len(counts)]
        return at

    def take(self, action, strings, option=None):
        parser = self.parser
        self.seen.add(action)
        value = parser._get_values(action, strings)
        if value is not action.default:
            self.given.add(action)
            for rival in self.rivals.get(action, ()):
                if rival in self.given:
                    raise ArgumentError(action, 'not allowed with argument %s'
                                        % _name_of(rival))
        if value is not SUPPRESS:
            action(parser, self.namespace, value, option)

    def finish(self):
        parser, namespace = self.parser, self.namespace
        missing = []
        for action in parser._actions:
            if action in self.seen:
                continue
            if action.required:
                missing.append(_name_of(action))
                continue
            # a string default is converted by type= when it is used
            default = action.default
            if (default is not None and isinstance(default, str)
                    and hasattr(namespace, action.dest)
                    and default is getattr(namespace, action.dest)):
                setattr(namespace, action.dest, parser._get_value(action, default))
        if missing:
            parser.error('the following arguments are required: %s' % ', '.join(missing))
        for group in parser._mutually_exclusive_groups:
            if group.required and not any(action in self.given
                                          for action in group._group_actions):
                names = [_name_of(action) for action in group._group_actions
                         if action.help is not SUPPRESS]
                parser.error('one of the arguments %s is required' % ' '.join(names))


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """A command line's parser: parse_args(args) reads args (by default
    sys.argv[1:]) into a Namespace, or prints help or an error and exits."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=[], formatter_class=HelpFormatter, prefix_chars='-',
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        super().__init__(description=description, prefix_chars=prefix_chars,
                         argument_default=argument_default,
                         conflict_handler=conflict_handler)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0])
        self.prog, self.usage, self.epilog = prog, usage, epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help, self.allow_abbrev = add_help, allow_abbrev
        self.exit_on_error = exit_on_error
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None
        if add_help:
            char = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(char + 'h', 2 * char + 'help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            self._add_container_actions(parent)
            inherited = getattr(parent, '_defaults', None)
            if inherited is not None:
                self._defaults.update(inherited)

    def _get_kwargs(self):
        names = ('prog', 'usage', 'description', 'formatter_class',
                 'conflict_handler', 'add_help')
        return [(name, getattr(self, name)) for name in names]

    # --- subcommands
    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            self._subparsers = self.add_argument_group(
                kwargs.pop('title', 'subcommands'), kwargs.pop('description', None))
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            # the subcommands' programs are named after this parser's
            # usage up to here (its name and positionals)
            formatter = self._get_formatter()
            formatter.add_usage(self.usage, self._get_positional_actions(),
                                self._mutually_exclusive_groups, '')
            kwargs['prog'] = formatter.format_help().strip()
        action_class = self._pop_action_class(kwargs, 'parsers')
        made = action_class(option_strings=[], **kwargs)
        self._subparsers._add_action(made)
        return made

    def _add_action(self, action):
        (self._optionals if action.option_strings else self._positionals)._add_action(action)
        return action

    # --- parsing
    def parse_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_args(args, namespace)
        self._refuse_extras(extras)
        return namespace

    def _refuse_extras(self, extras):
        if extras:
            self.error('unrecognized arguments: %s' % ' '.join(extras))

    def parse_known_args(self, args=None, namespace=None):
        args = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest):
                if action.default is not SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        if not self.exit_on_error:
            namespace, extras = self._parse_known_args(args, namespace)
        else:
            try:
                namespace, extras = self._parse_known_args(args, namespace)
            except ArgumentError as error:
                self.error(str(error))
        if hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
            extras.extend(getattr(namespace, _UNRECOGNIZED_ARGS_ATTR))
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
        return namespace, extras

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)
        run = _ParseRun(self, arg_strings, namespace)
        run.run()
        return namespace, run.extras

    def _read_args_from_files(self, arg_strings):
        expanded = []
        for string in arg_strings:
            if not string or string[0] not in self.fromfile_prefix_chars:
                expanded.append(string)
                continue
            try:
                with open(string[1:]) as source:
                    lines = source.read().splitlines()
            except OSError as error:
                self.error(str(error))
            read = [arg for line in lines for arg in self.convert_arg_line_to_args(line)]
            expanded.extend(self._read_args_from_files(read))
        return expanded

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _match_argument(self, action, arg_strings_pattern):
        found = _re.match(self._get_nargs_pattern(action), arg_strings_pattern)
        if found is not None:
            return len(found.group(1))
        nargs = action.nargs
        if nargs is None:
            message = 'expected one argument'
        elif nargs == OPTIONAL:
            message = 'expected at most one argument'
        elif nargs == ONE_OR_MORE:
            message = 'expected at least one argument'
        else:
            message = _plural(nargs, 'expected %s argument',
                              'expected %s arguments') % nargs
        raise ArgumentError(action, message)

    def _match_arguments_partial(self, actions, arg_strings_pattern):
        # as many of the actions as can match, the most first
        for count in range(len(actions), 0, -1):
            pattern = ''.join(self._get_nargs_pattern(action) for action in actions[:count])
            found = _re.match(pattern, arg_strings_pattern)
            if found is not None:
                return [len(group) for group in found.groups()]
        return []

    def _get_nargs_pattern(self, action):
        nargs = action.nargs
        if nargs in _NARGS_PATTERNS:
            pattern = _NARGS_PATTERNS[nargs]
        else:
            pattern = '(-*%s-*)' % '-*'.join('A' * nargs)
        if action.option_strings:
            pattern = pattern.replace('-*', '').replace('-', '')
        return pattern

    def _parse_optional(self, arg_string):
        """(action, option string, explicit value) for a string that names
        an option, with action None for an unknown option; None for a
        positional."""
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        known = self._option_string_actions
        if arg_string in known:
            return known[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        if '=' in arg_string:
            option, _, value = arg_string.partition('=')
            if option in known:
                return known[option], option, value
        candidates = self._get_option_tuples(arg_string)
        if len(candidates) > 1:
            self.error('ambiguous option: %s could match %s'
                       % (arg_string, ', '.join(option for _, option, _ in candidates)))
        if candidates:
            return candidates[0]
        if _LOOKS_NEGATIVE.match(arg_string) and not self._has_negative_number_optionals:
            return None
        if ' ' in arg_string:
            return None
        return None, arg_string, None

    def _get_option_tuples(self, option_string):
        """The options a string may abbreviate: a long option's prefix
        (unless allow_abbrev is off), or a short option with its value
        glued on, or a prefix of a single-dash long option."""
        found = []
        known = self._option_string_actions
        if option_string[1] in self.prefix_chars:
            if self.allow_abbrev:
                start, equals, value = option_string.partition('=')
                explicit = value if equals else None
                for option, action in known.items():
                    if option.startswith(start):
                        found.append((action, option, explicit))
        else:
            short, glued = option_string[:2], option_string[2:]
            for option, action in known.items():
                if option == short:
                    found.append((action, option, glued))
                elif option.startswith(option_string):
                    found.append((action, option, None))
        return found

    def parse_intermixed_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_intermixed_args(args, namespace)
        self._refuse_extras(extras)
        return namespace

    def parse_known_intermixed_args(self, args=None, namespace=None):
        """Options and positionals in any order: the options are parsed
        first with the positionals left aside, then what is left is parsed
        for the positionals."""
        positionals = self._get_positional_actions()
        for action in positionals:
            if action.nargs in [PARSER, REMAINDER]:
                raise TypeError('parse_intermixed_args: positional arg with nargs=%s'
                                % action.nargs)
        for group in self._mutually_exclusive_groups:
            if any(action in positionals for action in group._group_actions):
                raise TypeError('parse_intermixed_args: positional in mutuallyExclusiveGroup')
        kept_usage = self.usage
        # What is changed for a pass is kept on the objects themselves
        # (save_nargs, save_default, save_required) and put back from there,
        # as CPython does: a failure before anything was kept shows as the
        # AttributeError of the putting back.
        try:
            try:
                if self.usage is None:
                    self.usage = self.format_usage()[len('usage: '):]
                for action in positionals:
                    action.save_nargs, action.nargs = action.nargs, SUPPRESS
                    action.save_default, action.default = action.default, SUPPRESS
                namespace, remaining = self.parse_known_args(args, namespace)
                for action in positionals:
                    if getattr(namespace, action.dest, None) == []:
                        from warnings import warn
                        warn('Do not expect %s in %s' % (action.dest, namespace))
                        delattr(namespace, action.dest)
            finally:
                for action in positionals:
                    action.nargs, action.default = action.save_nargs, action.save_default
            relaxed = self._get_optional_actions() + self._mutually_exclusive_groups
            try:
                for item in relaxed:
                    item.save_required, item.required = item.required, False
                namespace, extras = self.parse_known_args(remaining, namespace)
            finally:
                for item in relaxed:
                    item.required = item.save_required
        finally:
            self.usage = kept_usage
        return namespace, extras

    def _get_optional_actions(self):
        return [action for action in self._actions if action.option_strings]

    def _get_positional_actions(self):
        return [action for action in self._actions if not action.option_strings]

    # --- values
    def _get_values(self, action, arg_strings):
        nargs = action.nargs
        if nargs not in [PARSER, REMAINDER] and '--' in arg_strings:
            arg_strings.remove('--')
        if not arg_strings and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
            return value
        if not arg_strings and nargs == ZERO_OR_MORE and not action.option_strings:
            value = arg_strings if action.default is None else action.default
            self._check_value(action, value)
            return value
        if len(arg_strings) == 1 and nargs in [None, OPTIONAL]:
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
            return value
        if nargs == SUPPRESS:
            return SUPPRESS
        values = [self._get_value(action, string) for string in arg_strings]
        if nargs == PARSER:
            self._check_value(action, values[0])
        elif nargs != REMAINDER:
            for value in values:
                self._check_value(action, value)
        return values

    def _get_value(self, action, arg_string):
        converter = self._registry_get('type', action.type, action.type)
        if not callable(converter):
            raise ArgumentError(action, '%r is not callable' % (converter,))
        try:
            return converter(arg_string)
        except ArgumentTypeError as error:
            raise ArgumentError(action, str(error))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (name, arg_string))

    def _check_value(self, action, value):
        choices = action.choices
        if choices is not None and value not in choices:
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)'
                                % (value, ', '.join(repr(choice) for choice in choices)))

    # --- help and messages
    def _formatter_with_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter

    def format_usage(self):
        return self._formatter_with_usage().format_help()

    def format_help(self):
        """The usage, the description, a section per argument group (its
        title, description and arguments), the epilog."""
        formatter = self._formatter_with_usage()
        formatter.add_text(self.description)
        for group in self._action_groups:
            _add_group_section(formatter, group)
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(), _sys.stdout if file is None else file)

    def _print_message(self, message, file=None):
        if not message:
            return
        try:
            (file or _sys.stderr).write(message)
        except (AttributeError, OSError):
            pass                # no stream to write to: the message is lost

    def error(self, message):
        """Prints the usage and 'PROG: error: MESSAGE' to stderr and exits
        with status 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, f'{self.prog}: error: {message}\n')

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)


def _add_group_section(formatter, group):
    formatter.start_section(group.title)
    formatter.add_text(group.description)
    formatter.add_arguments(group._group_actions)
    formatter.end_section()
