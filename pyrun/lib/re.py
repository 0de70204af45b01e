"""Regular expressions, as CPython's re (written in Python here): a
backtracking matcher for the usual syntax - literals, ., classes, \\d \\w \\s
and their negations, anchors, \\b, groups (capturing, non-capturing, named),
alternation, greedy, lazy and possessive repetition, atomic groups,
backreferences, conditional groups, lookahead and lookbehind, \\N{name} -
with the flags I, M, S, X, A and L, and the functions and the Pattern and
Match objects of CPython's module.

Patterns are str or bytes.  A bytes pattern searches bytes, bytearray or
memoryview: it is parsed and matched as the str of the code points of its
bytes (0-255), with ASCII rules for classes and case (L reads bytes with
this machine's locale, which is ASCII for them too), and what it gives
back (groups, split and sub results) is bytes."""

import enum as _enum
import sys as _sys

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer',
           'compile', 'purge', 'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M',
           'S', 'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE',
           'UNICODE', 'NOFLAG', 'RegexFlag']


class RegexFlag(_enum.IntFlag):
    """The flags, defined in CPython's order: a combination's repr names
    its flags in it (re.ASCII|re.IGNORECASE)."""
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128

    def __repr__(self):
        value = self._value_
        names = ['re.' + flag._name_ for flag in self.__class__ if flag._value_ & value]
        unknown = value & ~self._flag_mask_
        if unknown and not names:
            return 're.RegexFlag(%d)' % value
        if unknown:
            names.append(hex(unknown))
        return '|'.join(names) or 're.NOFLAG'

    __str__ = __repr__

    def __format__(self, format_spec):
        # (a format spec formats the number)
        return int.__format__(int(self), format_spec) if format_spec else str(self)


# Each flag, under each of its names, is a name of the module too (re.I).
globals().update(RegexFlag.__members__)

# The flags as plain ints, for the engine's own tests (quicker than a
# flag's operators).
_IGNORECASE, _LOCALE, _MULTILINE, _DOTALL = 2, 4, 8, 16
_UNICODE, _VERBOSE, _ASCII = 32, 64, 256


def _flags_by_value(flags):
    """How a pattern's repr shows its flags: in the order of their values
    (re.IGNORECASE|re.ASCII), with bits no flag has in hex."""
    names = ['re.' + flag._name_ for flag in sorted(RegexFlag, key=int) if flags & flag._value_]
    unknown = flags & ~RegexFlag._flag_mask_
    if unknown:
        names.append(hex(unknown))
    return '|'.join(names)


class error(Exception):
    """A pattern that is not a valid regular expression: msg says why, pos
    where in pattern (with lineno and colno, counted from 1)."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg, self.pattern, self.pos = msg, pattern, pos
        self.lineno = self.colno = None
        text = msg
        if pattern is not None and pos is not None:
            text = '%s at position %d' % (msg, pos)
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                # In a pattern of several lines, say which line.
                text += ' (line %d, column %d)' % (self.lineno, self.colno)
        super().__init__(text)


# ---- parsing ----------------------------------------------------------------------------

_SPECIAL_CLASSES = 'dDwWsS'
_REPEAT_CHARS = '*+?{'
# (only these: '\xb2'.isdigit() is true, but it is no digit of a pattern)
_DIGITS = '0123456789'
_OCTAL_DIGITS = '01234567'
# What matches a place, not characters, and cannot be repeated.
_ANCHORS = ('start', 'end', 'bos', 'eos', 'wordb', 'nwordb')
# The group numbers CPython can hold: a condition on one beyond is an
# error at once, not when the pattern is read.
_MAX_GROUPS = 2 ** 30 - 1

# A flag of our own, never shown: the pattern is bytes, whose classes and
# case follow ASCII rules whatever its flags.
_BYTES = 1 << 30


class _Parser:
    """Parses pattern, a str; source is what the user gave: the same str,
    or the bytes that pattern decodes (each byte the code point of its
    value), for the errors."""

    def __init__(self, pattern, flags, source):
        self.p = pattern
        self.source = source
        self.is_bytes = not isinstance(source, str)
        self.i = 0
        self.flags = flags
        self.ngroups = 0
        self.names = {}
        self.open_groups = set()    # groups begun and not yet closed
        self.group_widths = {}      # closed group -> (least, most) it matches
        # Inside a lookbehind: how many groups began before the outermost
        # one (a reference there must be to one of them).
        self.lookbehind_groups = None
        # Conditions on groups not defined yet: group -> where first named
        # (checked once the whole pattern is read).
        self.condition_refs = {}
        # A lookbehind whose width varies: an error once the pattern is read.
        self.variable_lookbehind = False

    def error(self, msg, pos=None):
        if self.is_bytes:
            msg = _ascii_message(msg)
        raise error(msg, self.source, self.i if pos is None else pos)

    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else ''

    def next(self):
        c = self.peek()
        self.i += 1
        return c

    def skip_verbose(self):
        if not self.flags & _VERBOSE:
            return
        while self.i < len(self.p):
            c = self.p[self.i]
            if c in ' \t\n\r\f\v':
                self.i += 1
            elif c == '#':
                while self.i < len(self.p) and self.p[self.i] != '\n':
                    self.i += 1
            else:
                break

    def parse(self):
        # Global flags must come before anything else of the pattern.
        self.at_start = True
        node = self.alternation(top=True)
        if self.i < len(self.p):
            if self.p[self.i] == ')':
                self.error('unbalanced parenthesis')
            self.error('unexpected end of pattern')
        for index, position in self.condition_refs.items():
            if index > self.ngroups:
                self.error('invalid group reference %d' % index, position)
        if self.variable_lookbehind:
            # (CPython gives no position for this one)
            raise error('look-behind requires fixed-width pattern')
        return node

    def alternation(self, top=False):
        if not top:
            self.at_start = False
        branches = [self.sequence()]
        while self.peek() == '|':
            self.at_start = False
            self.i += 1
            branches.append(self.sequence())
        return branches[0] if len(branches) == 1 else ('alt', branches)

    def sequence(self):
        items = []
        while True:
            self.skip_verbose()
            c = self.peek()
            if c == '' or c in '|)':
                break
            start = self.i
            atom = self.atom()
            if atom is None:
                continue
            self.at_start = False
            self.skip_verbose()
            repeated = False
            while self.peek() and self.peek() in _REPEAT_CHARS:
                repeat_start = self.i
                rep = self.repeat_spec()
                if rep is None:
                    break
                if repeated:
                    self.error('multiple repeat', repeat_start)
                if atom[0] in _ANCHORS:
                    self.error('nothing to repeat', repeat_start)
                repeated = True
                mn, mx, greedy, possessive = rep
                if possessive:
                    atom = ('possessive', atom, mn, mx)
                else:
                    atom = ('repeat', atom, mn, mx, greedy)
                self.skip_verbose()
            items.append(atom)
        return items[0] if len(items) == 1 else ('seq', items)

    def repeat_spec(self):
        """(min, max, greedy, possessive) or None for a '{' that is a literal."""
        c = self.peek()
        save = self.i
        if c == '{':
            self.i += 1
            lo = self.digits()
            hi = lo
            if self.peek() == ',':
                self.i += 1
                hi = self.digits()
            if self.peek() != '}':
                self.i = save
                return None
            self.i += 1
            mn = int(lo) if lo else 0
            mx = int(hi) if hi else None
            if lo == '' and hi == '' and ',' not in self.p[save:self.i]:
                self.i = save
                return None
            if mx is not None and mx < mn:
                self.error('min repeat greater than max repeat', save + 1)
        else:
            self.i += 1
            mn, mx = {'*': (0, None), '+': (1, None), '?': (0, 1)}[c]
        greedy, possessive = True, False
        if self.peek() == '?':
            self.i += 1
            greedy = False
        elif self.peek() == '+':
            self.i += 1
            possessive = True
        return mn, mx, greedy, possessive

    def digits(self):
        return self.take(_DIGITS)

    def take(self, allowed, most=None):
        """The characters of allowed that follow (at most most of them)."""
        start = self.i
        while self.peek() and self.peek() in allowed and (most is None or
                                                          self.i - start < most):
            self.i += 1
        return self.p[start:self.i]

    def atom(self):
        c = self.next()
        if c == '.':
            return ('any',)
        if c == '^':
            return ('start',)
        if c == '$':
            return ('end',)
        if c == '(':
            return self.group()
        if c == '[':
            return self.char_class()
        if c == '\\':
            return self.escape(in_class=False)
        if c in '*+?':
            self.error('nothing to repeat', self.i - 1)
        if c == '{':
            save = self.i - 1
            self.i -= 1
            if self.repeat_spec() is not None:
                self.error('nothing to repeat', save)
            self.i = save + 1
        return ('lit', c)

    def group(self):
        start = self.i - 1
        if self.peek() == '?':
            self.i += 1
            c = self.next()
            if not c:
                self.error('unexpected end of pattern', start + 2)
            if c == ':':
                node = self.alternation()
                self.close_group(start)
                return ('group', None, node)
            if c == 'P':
                c2 = self.next()
                if c2 == '<':
                    name_start = self.i
                    name = self.group_name('>')
                    self.ngroups += 1
                    index = self.ngroups
                    if name in self.names:
                        self.error(f"redefinition of group name {name!r} as group {index}; "
                                   f"was group {self.names[name]}", name_start)
                    self.names[name] = index
                    return self.group_body(index, start)
                if c2 == '=':
                    name_start = self.i
                    name = self.group_name(')')
                    if name not in self.names:
                        self.error(f'unknown group name {name!r}', name_start)
                    self.check_reference(self.names[name], name_start)
                    self.check_lookbehind_reference(self.names[name])
                    return ('backref', self.names[name])
                self.error('unknown extension ?P' + c2, start + 1)
            if c in '=!':
                node = self.alternation()
                self.close_group(start)
                return ('look', node, True, c == '!')
            if c == '<':
                c2 = self.next()
                if c2 in '=!':
                    return self.lookbehind(start, c2 == '!')
                self.error('unknown extension ?<' + c2, start + 1)
            if c == '>':
                node = self.alternation()
                self.close_group(start)
                return ('atomic', node)
            if c == '(':
                return self.conditional(start)
            if c == '#':
                while self.peek() and self.peek() != ')':
                    self.i += 1
                if not self.peek():
                    self.error('missing ), unterminated comment', start)
                self.i += 1
                return None
            if c and c in 'aiLmsux-':
                self.i -= 1
                return self.inline_flags(start)
            self.error('unknown extension ?' + c, start + 1)
        self.ngroups += 1
        return self.group_body(self.ngroups, start)

    def group_body(self, index, start):
        """The rest of capturing group index, which began at start."""
        self.open_groups.add(index)
        node = self.alternation()
        self.close_group(start)
        self.open_groups.discard(index)
        self.group_widths[index] = _width(node, self.group_widths)
        return ('group', index, node)

    def lookbehind(self, start, negate):
        """The rest of (?<=...) or (?<!...): what it holds must always match
        the same number of characters, which it looks that far back for."""
        outermost = self.lookbehind_groups is None
        if outermost:
            self.lookbehind_groups = self.ngroups
        node = self.alternation()
        self.close_group(start)
        if outermost:
            self.lookbehind_groups = None
        least, most = _width(node, self.group_widths)
        if least != most:
            self.variable_lookbehind = True
        return ('lookbehind', node, least, negate)

    def conditional(self, start):
        """(?(group)yes|no): yes if the group has matched so far, else no
        (or nothing).  The group is a name defined before, or a number of
        a group that may come later."""
        name_start = self.i
        name = self.name_until(')')
        if name.isidentifier():
            if name not in self.names:
                self.error(f'unknown group name {name!r}', name_start)
            index = self.names[name]
        else:
            index = _group_number(name)
            if index is None:
                self.error(f'bad character in group name {name!r}', name_start)
            if index == 0:
                self.error('bad group number', name_start)
            if index >= _MAX_GROUPS:
                self.error('invalid group reference %d' % index, name_start)
            self.condition_refs.setdefault(index, name_start)
            if not (name.isascii() and name.isdecimal()):
                _warn_group_name(repr(name) if not self.is_bytes else ascii(name),
                                 name_start)
        self.check_lookbehind_reference(index)
        yes = self.sequence()
        no = None
        if self.peek() == '|':
            self.i += 1
            no = self.sequence()
            if self.peek() == '|':
                self.error('conditional backref with more than two branches')
        self.close_group(start)
        return ('cond', index, yes, no)

    def check_reference(self, index, position):
        # A group cannot refer to itself from inside.
        if index in self.open_groups:
            self.error('cannot refer to an open group', position)

    def check_lookbehind_reference(self, index):
        """In a lookbehind, a reference needs the width of its group: one
        closed before the lookbehind began (the error points after the
        reference)."""
        if self.lookbehind_groups is None:
            return
        if index > self.ngroups or index in self.open_groups:
            self.error('cannot refer to an open group')
        if index > self.lookbehind_groups:
            self.error('cannot refer to group defined in the same lookbehind subpattern')

    _FLAG_LETTERS = {'a': _ASCII, 'i': _IGNORECASE, 'L': _LOCALE, 'm': _MULTILINE, 's': _DOTALL,
                     'u': _UNICODE, 'x': _VERBOSE}
    _CHARSET_FLAGS = _ASCII | _UNICODE | _LOCALE

    def flag_letters(self, turning_on):
        """The flags of the letters that follow, each checked as it comes
        (an error points just after its letter); the first letter that is
        no flag is an error."""
        flags = 0
        while self.peek() in self._FLAG_LETTERS:
            letter = self.next()
            flag = self._FLAG_LETTERS[letter]
            if not turning_on:
                if flag & self._CHARSET_FLAGS:
                    self.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
            elif letter == 'L' and not self.is_bytes:
                self.error("bad inline flags: cannot use 'L' flag with a str pattern")
            elif letter == 'u' and self.is_bytes:
                self.error("bad inline flags: cannot use 'u' flag with a bytes pattern")
            elif flag & self._CHARSET_FLAGS and flags & self._CHARSET_FLAGS & ~flag:
                self.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
            flags |= flag
        if self.peek().isalpha():
            self.error('unknown flag')
        return flags

    def inline_flags(self, start):
        """(?aiLmsux) for the whole pattern, or (?aiLmsux-imsx:...) for a
        group; the errors are CPython's, at the same positions."""
        add = self.flag_letters(True)
        remove = 0
        if self.peek() == '-':
            self.i += 1
            if self.peek() not in self._FLAG_LETTERS:
                self.error('unknown flag' if self.peek().isalpha() else 'missing flag')
            remove = self.flag_letters(False)
            if self.peek() != ':':
                self.error('missing :')
            if add & remove:
                self.error('bad inline flags: flag turned on and off')
        elif self.peek() not in (')', ':'):
            self.error('missing -, : or )')
        c = self.next()
        if c == ')':
            if not self.at_start:
                self.error('global flags not at the start of the expression', start)
            self.flags |= add
            return None
        if c == ':':
            old = self.flags
            self.flags = (self.flags | add) & ~remove
            node = self.alternation()
            self.close_group(start)
            scoped = self.flags
            self.flags = old
            return ('flags', scoped, node)

    def group_name(self, terminator):
        start = self.i
        name = self.name_until(terminator)
        if not name.isidentifier():
            self.error(f'bad character in group name {name!r}', start)
        if self.is_bytes and not name.isascii():
            _warn_group_name(ascii(name), start)
        return name

    def name_until(self, terminator):
        """The name before terminator (read past it), not empty."""
        start = self.i
        while self.peek() and self.peek() != terminator:
            self.i += 1
        if not self.peek() and self.i > start:
            self.error('missing ' + terminator + ', unterminated name', start)
        name = self.p[start:self.i]
        self.i += 1
        if not name:
            self.error('missing group name', start)
        return name

    def close_group(self, start):
        if self.peek() != ')':
            self.error('missing ), unterminated subpattern', start)
        self.i += 1

    def char_class(self):
        start = self.i - 1
        negated = False
        if self.peek() == '^':
            negated = True
            self.i += 1
        items = []
        first = True
        while True:
            c = self.next()
            if c == '':
                self.error('unterminated character set', start)
            if c == ']' and not first:
                break
            first = False
            item_start = self.i - 1     # where this item's text begins
            lo_category = None
            if c == '\\':
                esc = self.escape(in_class=True)
                if esc[0] == 'cat':
                    lo_category = esc
                else:
                    lo = esc[1]
            else:
                lo = c
            # (CPython's message shows the first two characters of each end)
            lo_text = self.p[item_start:self.i][:2]
            if self.peek() == '-' and self.i + 1 < len(self.p) and self.p[self.i + 1] != ']':
                self.i += 1
                hi_start = self.i
                c2 = self.next()
                hi_category = False
                if c2 == '\\':
                    esc = self.escape(in_class=True)
                    hi_category = esc[0] == 'cat'
                    hi = None if hi_category else esc[1]
                else:
                    hi = c2
                hi_text = self.p[hi_start:self.i][:2]
                # A range needs a character at each end, the first not
                # above the last.
                if lo_category or hi_category or ord(hi) < ord(lo):
                    self.error('bad character range %s-%s' % (lo_text, hi_text),
                               self.i - len(lo_text) - 1 - len(hi_text))
                items.append(('range', lo, hi))
            elif lo_category:
                items.append(lo_category)
            else:
                items.append(('range', lo, lo))
        return ('class', items, negated)

    def escape(self, in_class):
        start = self.i - 1
        c = self.next()
        if c == '':
            self.error('bad escape (end of pattern)', start)
        if c in _SPECIAL_CLASSES:
            return ('cat', c)
        simple = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', 'a': '\a', '\\': '\\'}
        if c in simple:
            return ('lit', simple[c])
        if c == 'b':
            return ('lit', '\b') if in_class else ('wordb',)
        if not in_class:
            if c == 'B':
                return ('nwordb',)
            if c == 'A':
                return ('bos',)
            if c == 'Z':
                return ('eos',)
        if c == 'N' and not self.is_bytes:
            return ('lit', self.named_character(start))
        if c == 'x' or (c in 'uU' and not self.is_bytes):
            n = {'x': 2, 'u': 4, 'U': 8}[c]
            h = self.take('0123456789abcdefABCDEF', n)
            if len(h) < n:
                self.error('incomplete escape \\%s%s' % (c, h), start)
            return ('lit', chr(int(h, 16)))
        if c in _DIGITS:
            return self.digit_escape(c, start, in_class)
        if c.isascii() and c.isalnum():
            self.error('bad escape \\' + c, start)
        return ('lit', c)

    def digit_escape(self, c, start, in_class):
        """\\0 and \\ooo are octal (in a class \\o and \\oo too), \\n and
        \\nn group references (none in a class)."""
        if c == '0' or (in_class and c in _OCTAL_DIGITS):
            return self.octal(c + self.take(_OCTAL_DIGITS, 2), start)
        if in_class:
            self.error('bad escape \\' + c, start)
        digits = c + self.take(_DIGITS, 1)
        if (len(digits) == 2 and digits[1] in _OCTAL_DIGITS and c in _OCTAL_DIGITS and
                self.peek() and self.peek() in _OCTAL_DIGITS):
            return self.octal(digits + self.next(), start)
        index = int(digits)
        if index > self.ngroups:
            self.error('invalid group reference %d' % index, start + 1)
        self.check_reference(index, start)
        self.check_lookbehind_reference(index)
        return ('backref', index)

    def named_character(self, start):
        """The character of \\N{name} (the pattern is at the '{'), named as
        in unicodedata.lookup(): no named sequence."""
        if self.peek() != '{':
            self.error('missing {')
        self.i += 1
        name_start = self.i
        close = self.p.find('}', name_start)
        if close == name_start or (close < 0 and name_start == len(self.p)):
            self.error('missing character name')
        if close < 0:
            self.error('missing }, unterminated name')
        name = self.p[name_start:close]
        self.i = close + 1
        import unicodedata
        try:
            character = unicodedata.lookup(name)
        except KeyError:
            character = ''
        if len(character) != 1:
            self.error(f'undefined character name {name!r}', start)
        return character

    def octal(self, digits, start):
        value = int(digits, 8)
        if value > 0o377:
            self.error('octal escape value \\%s outside of range 0-0o377' % digits, start)
        return ('lit', chr(value))


def _warn_group_name(shown, pos):
    """The names CPython 3.11 still takes with a DeprecationWarning: one not
    ASCII in a bytes pattern, a number with signs or spaces in a template.
    The warning points at the caller of re, as CPython's does."""
    import warnings
    level = 1
    frame = _sys._getframe(0)
    while frame is not None and frame.f_globals.get('__name__') == __name__:
        frame = frame.f_back
        level += 1
    warnings.warn('bad character in group name %s at position %d' % (shown, pos),
                  DeprecationWarning, stacklevel=level)


def _ascii_message(msg):
    # About a bytes pattern, CPython's messages show the bytes of 0x80 and
    # above (code points of the decoded text) as \\x escapes.
    return msg.encode('ascii', 'backslashreplace').decode('ascii')


def _width(node, group_widths):
    """(least, most) characters node matches, most None for no limit;
    group_widths gives those of the groups a backreference may name."""
    kind = node[0]
    if kind in ('lit', 'any', 'class', 'cat'):
        return 1, 1
    if kind in ('start', 'end', 'bos', 'eos', 'wordb', 'nwordb', 'look', 'lookbehind'):
        return 0, 0
    if kind == 'backref':
        return group_widths[node[1]]
    if kind == 'seq':
        least, most = 0, 0
        for item in node[1]:
            lo, hi = _width(item, group_widths)
            least += lo
            most = None if most is None or hi is None else most + hi
        return least, most
    if kind in ('alt', 'cond'):
        branches = node[1] if kind == 'alt' else [node[2], node[3] or ('seq', [])]
        widths = [_width(branch, group_widths) for branch in branches]
        his = [hi for lo, hi in widths]
        return min(lo for lo, hi in widths), None if None in his else max(his)
    if kind in ('group', 'flags'):
        return _width(node[2], group_widths)
    if kind == 'atomic':
        return _width(node[1], group_widths)
    if kind in ('repeat', 'possessive'):
        lo, hi = _width(node[1], group_widths)
        mn, mx = node[2], node[3]
        if hi == 0:
            return 0, 0         # (repeating what matches nothing)
        return lo * mn, None if hi is None or mx is None else hi * mx
    raise error('internal error: unknown node ' + repr(kind))


# ---- matching -----------------------------------------------------------------------------

def _is_word(ch, ascii_only):
    if ascii_only:
        return ch.isascii() and (ch.isalnum() or ch == '_')
    return ch.isalnum() or ch == '_'


def _category(code, ascii_only):
    if code in 'dD':
        test = (lambda ch: '0' <= ch <= '9') if ascii_only else (lambda ch: ch.isdecimal())
    elif code in 'wW':
        test = lambda ch: _is_word(ch, ascii_only)
    else:
        if ascii_only:
            test = lambda ch: ch in ' \t\n\r\f\v'
        else:
            test = lambda ch: ch.isspace() or ch in '\x1c\x1d\x1e\x1f'
    if code.isupper():
        return lambda ch: not test(ch)
    return test


def _ascii_rules(flags):
    # LOCALE is for bytes only, which this machine's locale reads as ASCII.
    return bool(flags & (_ASCII | _BYTES))


def _ascii_lower(ch):
    return ch.lower() if 'A' <= ch <= 'Z' else ch


def _ascii_upper(ch):
    return ch.upper() if 'a' <= ch <= 'z' else ch


_ASCII_LOWERING = {code: code + 32 for code in range(ord('A'), ord('Z') + 1)}


def _char_predicate(node, flags):
    """A test of one character for a one-character node, or None."""
    kind = node[0]
    ignore = flags & _IGNORECASE
    ascii_only = _ascii_rules(flags)
    if kind == 'lit':
        c = node[1]
        if ignore and ascii_only:
            # only the ASCII letters have another case
            other = _ascii_upper(c) if c != _ascii_upper(c) else _ascii_lower(c)
            return lambda ch: ch == c or ch == other
        if ignore and c.lower() != c.upper():
            variants = {c, c.lower(), c.upper()}
            return lambda ch: ch in variants or ch.lower() in variants
        return lambda ch: ch == c
    if kind == 'any':
        if flags & _DOTALL:
            return lambda ch: True
        return lambda ch: ch != '\n'
    if kind == 'cat':
        return _category(node[1], ascii_only)
    if kind == 'class':
        tests = []
        for item in node[1]:
            if item[0] == 'cat':
                tests.append(_category(item[1], ascii_only))
            else:
                lo, hi = item[1], item[2]
                if lo == hi:
                    tests.append(lambda ch, lo=lo: ch == lo)
                else:
                    tests.append(lambda ch, lo=lo, hi=hi: lo <= ch <= hi)
        negated = node[2]

        def test(ch):
            for t in tests:
                if t(ch):
                    return True
            return False
        items = node[1]
        one_char = len(items) == 1 and items[0][0] == 'range' and items[0][1] == items[0][2]
        if ignore and negated and flags & _LOCALE and not one_char:
            # CPython's LOCALE case-insensitive set (of more than one
            # character) is negated for each case: it matches a character
            # one of whose cases is not in it ([^ab] matches 'a', since 'A'
            # is not in it).
            plain = test
            return lambda ch: not (plain(ch) and plain(_ascii_lower(ch)) and
                                   plain(_ascii_upper(ch)))
        if ignore and ascii_only:
            plain = test

            def test(ch):
                return plain(ch) or plain(_ascii_lower(ch)) or plain(_ascii_upper(ch))
        elif ignore:
            plain = test

            def test(ch):
                return plain(ch) or plain(ch.lower()) or plain(ch.upper())
        if negated:
            inner = test
            return lambda ch: not inner(ch)
        return test
    return None


class _State:
    __slots__ = ('s', 'begin', 'end', 'marks', 'lastindex')

    def __init__(self, s, begin, end, ngroups):
        self.s = s
        self.begin = begin
        self.end = end
        self.marks = [None] * (2 * ngroups + 2)
        self.lastindex = None


# Nodes that match without consuming a character.
_ZERO_WIDTH = ('start', 'end', 'bos', 'eos', 'wordb', 'nwordb', 'look',
               'lookbehind')


def _first_char_test(node, flags):
    """A test the first character of any match must pass, or None when
    a match may be empty or start in too many ways: search() skips the
    places where it fails without trying the whole pattern there."""
    kind = node[0]
    pred = _char_predicate(node, flags)
    if pred is not None:
        return pred
    if kind == 'flags':
        return _first_char_test(node[2], node[1])
    if kind == 'group':
        return _first_char_test(node[2], flags)
    if kind == 'atomic':
        return _first_char_test(node[1], flags)
    if kind in ('repeat', 'possessive'):
        return _first_char_test(node[1], flags) if node[2] >= 1 else None
    if kind == 'seq':
        for item in node[1]:
            if item[0] not in _ZERO_WIDTH:
                return _first_char_test(item, flags)
        return None
    if kind == 'alt':
        tests = [_first_char_test(branch, flags) for branch in node[1]]
        if not tests or None in tests:
            return None
        return lambda ch: any(test(ch) for test in tests)
    return None


def _compile(node, flags):
    """A matcher: m(st, i, k) -> the end of the whole match, or -1; k(st, j)
    continues with the rest of the pattern from j."""
    kind = node[0]
    pred = _char_predicate(node, flags)
    if pred is not None:
        def m(st, i, k):
            if i < st.end and pred(st.s[i]):
                return k(st, i + 1)
            return -1
        m.pred = pred
        return m
    if kind == 'seq':
        matchers = [_compile(item, flags) for item in node[1]]
        return _sequence(matchers)
    if kind == 'alt':
        branches = [_compile(b, flags) for b in node[1]]

        def m(st, i, k):
            for b in branches:
                r = b(st, i, k)
                if r >= 0:
                    return r
            return -1
        return m
    if kind == 'flags':
        return _compile(node[2], node[1])
    if kind == 'atomic':
        return _atomic(_compile(node[1], flags))
    if kind == 'cond':
        return _conditional(node, flags)
    if kind == 'group':
        index, inner = node[1], _compile(node[2], flags)
        if index is None:
            return inner

        def m(st, i, k):
            marks = st.marks
            old_start, old_end, old_last = marks[2 * index], marks[2 * index + 1], st.lastindex
            # The start is marked on entry, as CPython's engine does: a
            # condition inside on this group sees it unmatched (its end
            # before its start) until it closes.
            marks[2 * index] = i

            def close(st, j):
                saved = marks[2 * index], marks[2 * index + 1], st.lastindex
                marks[2 * index] = i
                marks[2 * index + 1] = j
                st.lastindex = index
                r = k(st, j)
                if r < 0:
                    marks[2 * index], marks[2 * index + 1], st.lastindex = saved
                return r
            r = inner(st, i, close)
            if r < 0:
                marks[2 * index], marks[2 * index + 1], st.lastindex = old_start, old_end, old_last
            return r
        return m
    if kind == 'repeat':
        return _repeat(node, flags)
    if kind == 'possessive':
        return _possessive(node, flags)
    if kind == 'start':
        if flags & _MULTILINE:
            return lambda st, i, k: k(st, i) if i == 0 or st.s[i - 1] == '\n' else -1
        return lambda st, i, k: k(st, i) if i == 0 else -1
    # The end is endpos (st.end), not the end of the string.
    if kind == 'end':
        if flags & _MULTILINE:
            return lambda st, i, k: k(st, i) if i == st.end or st.s[i] == '\n' else -1
        return lambda st, i, k: (k(st, i) if i == st.end or (i == st.end - 1 and
                                                             st.s[i] == '\n') else -1)
    if kind == 'bos':
        return lambda st, i, k: k(st, i) if i == 0 else -1
    if kind == 'eos':
        return lambda st, i, k: k(st, i) if i == st.end else -1
    if kind in ('wordb', 'nwordb'):
        ascii_only = _ascii_rules(flags)
        want = kind == 'wordb'

        def m(st, i, k):
            if st.end == 0:
                return -1       # CPython: neither matches in an empty string
            s = st.s
            before = i > 0 and _is_word(s[i - 1], ascii_only)
            after = i < st.end and _is_word(s[i], ascii_only)
            if (before != after) == want:
                return k(st, i)
            return -1
        return m
    if kind == 'backref':
        index = node[1]
        ignore = flags & _IGNORECASE
        if _ascii_rules(flags):
            lower = lambda text: text.translate(_ASCII_LOWERING)
        else:
            lower = str.lower

        def m(st, i, k):
            a, b = st.marks[2 * index], st.marks[2 * index + 1]
            if a is None or b is None:
                return -1
            text = st.s[a:b]
            piece = st.s[i:i + len(text)]
            if piece == text or (ignore and lower(piece) == lower(text)):
                if i + len(text) <= st.end:
                    return k(st, i + len(text))
            return -1
        return m
    if kind == 'look':
        return _lookaround(_compile(node[1], flags), 0, node[3])
    if kind == 'lookbehind':
        return _lookaround(_compile(node[1], flags), node[2], node[3])
    raise error('internal error: unknown node ' + repr(kind))


def _matched(st, j):
    # The continuation of what is matched alone (an atomic group, a
    # lookaround): success, at j.
    return j


def _lookaround(inner, width, negate):
    """A lookahead (width 0) or lookbehind: whether inner matches from
    width characters back (to here: its width is fixed), the groups it
    sets kept while the rest matches, unless negated."""
    def m(st, i, k):
        saved, last = list(st.marks), st.lastindex
        found = i >= width and inner(st, i - width, _matched) >= 0
        if negate:
            st.marks[:] = saved
            st.lastindex = last
            return -1 if found else k(st, i)
        if not found:
            return -1
        r = k(st, i)
        if r < 0:
            st.marks[:] = saved
            st.lastindex = last
        return r
    return m


def _atomic(inner):
    """(?>...): inner's first match, never backtracked into."""
    def m(st, i, k):
        saved, last = list(st.marks), st.lastindex
        j = inner(st, i, _matched)
        if j < 0:
            return -1
        r = k(st, j)
        if r < 0:
            st.marks[:] = saved
            st.lastindex = last
        return r
    return m


def _conditional(node, flags):
    """(?(group)yes|no): the group has matched so far when both its marks
    are set, its end not before its start."""
    index, yes = node[1], _compile(node[2], flags)
    no = _compile(node[3], flags) if node[3] is not None else lambda st, i, k: k(st, i)

    def m(st, i, k):
        start, end = st.marks[2 * index], st.marks[2 * index + 1]
        if start is not None and end is not None and end >= start:
            return yes(st, i, k)
        return no(st, i, k)
    return m


def _sequence(matchers):
    if not matchers:
        return lambda st, i, k: k(st, i)
    if len(matchers) == 1:
        return matchers[0]
    first = matchers[0]
    rest = _sequence(matchers[1:])
    first_pred = getattr(first, 'pred', None)
    if first_pred is not None:
        def m(st, i, k):
            if i < st.end and first_pred(st.s[i]):
                return rest(st, i + 1, k)
            return -1
        return m

    def m(st, i, k):
        return first(st, i, lambda st, j: rest(st, j, k))
    return m


def _repeat(node, flags):
    body_node, mn, mx, greedy = node[1], node[2], node[3], node[4]
    pred = _char_predicate(body_node, flags)
    if pred is not None:
        # one character at a time: a loop, not a recursion
        def m(st, i, k):
            s, end = st.s, st.end
            limit = end if mx is None else min(end, i + mx)
            if greedy:
                j = i
                while j < limit and pred(s[j]):
                    j += 1
                while j >= i + mn:
                    r = k(st, j)
                    if r >= 0:
                        return r
                    j -= 1
                return -1
            j = i
            while j < i + mn:
                if j >= limit or not pred(s[j]):
                    return -1
                j += 1
            while True:
                r = k(st, j)
                if r >= 0:
                    return r
                if j >= limit or not pred(s[j]):
                    return -1
                j += 1
        return m
    body = _compile(body_node, flags)

    def m(st, i, k):
        def attempt(st, j, count):
            def after_body(st, j2):
                if j2 == j and count >= mn:
                    # An empty iteration past the minimum counts (its
                    # groups keep what they matched) but ends the
                    # repetition, as in CPython's engine.
                    return k(st, j2)
                return attempt(st, j2, count + 1)
            if count < mn:
                return body(st, j, after_body)
            if greedy:
                if mx is None or count < mx:
                    r = body(st, j, after_body)
                    if r >= 0:
                        return r
                return k(st, j)
            r = k(st, j)
            if r >= 0:
                return r
            if mx is None or count < mx:
                return body(st, j, after_body)
            return -1
        return attempt(st, i, 0)
    return m


def _possessive(node, flags):
    """X*+, X{m,n}+ ...: as many X as there are, each the first match of X
    (no iteration is backtracked into, nor the count lowered); an empty
    one past the minimum ends the repetition."""
    body_node, mn, mx = node[1], node[2], node[3]
    pred = _char_predicate(body_node, flags)
    if pred is not None:
        def m(st, i, k):
            s, end = st.s, st.end
            limit = end if mx is None else min(end, i + mx)
            j = i
            while j < limit and pred(s[j]):
                j += 1
            return k(st, j) if j >= i + mn else -1
        return m
    body = _compile(body_node, flags)

    def m(st, i, k):
        saved, last = list(st.marks), st.lastindex
        count, j = 0, i
        while mx is None or count < mx:
            after = body(st, j, _matched)
            if after < 0:
                break
            count += 1
            if after == j and count > mn:
                break           # (one that reaches the minimum does not)
            j = after
        r = k(st, j) if count >= mn else -1
        if r < 0:
            st.marks[:] = saved
            st.lastindex = last
        return r
    return m


# ---- Pattern and Match ----------------------------------------------------------------------

_BYTES_LIKE = (bytes, bytearray, memoryview)
_MappingProxy = type(type.__dict__)


def _check_text(string):
    # What a str pattern searches.
    if not isinstance(string, str):
        if isinstance(string, _BYTES_LIKE):
            raise TypeError('cannot use a string pattern on a bytes-like object')
        raise TypeError('expected string or bytes-like object, got %r'
                        % type(string).__name__)


def _bytes_subject(string):
    """What a bytes pattern searches, as two views of its bytes: the str
    the matchers read (each byte the code point of its value) and the
    bytes the groups are cut from."""
    if isinstance(string, _BYTES_LIKE):
        data = string if isinstance(string, bytes) else bytes(string)
        return str(data, 'latin-1'), data
    if isinstance(string, str):
        raise TypeError('cannot use a bytes pattern on a string-like object')
    raise TypeError('expected string or bytes-like object, got %r' % type(string).__name__)


def _check_flag_kinds(flags, is_bytes):
    # A str pattern is Unicode unless ASCII, a bytes pattern ASCII or LOCALE.
    if is_bytes:
        if flags & _UNICODE:
            raise ValueError('cannot use UNICODE flag with a bytes pattern')
        if flags & _ASCII and flags & _LOCALE:
            raise ValueError('ASCII and LOCALE flags are incompatible')
    elif flags & _LOCALE:
        raise ValueError('cannot use LOCALE flag with a str pattern')
    elif flags & _ASCII and flags & _UNICODE:
        raise ValueError('ASCII and UNICODE flags are incompatible')


# Frames of recursion the matchers may need per character of the text,
# and the most the recursion limit is raised to while matching.
_FRAMES_PER_CHAR = 25
_MAX_FRAMES = 1000000


class Pattern:
    """Compiled regular expression object."""

    def __init__(self, pattern, flags):
        # A bytes pattern is parsed and matched as the str of the code
        # points of its bytes; what it returns is made bytes again.
        self._is_bytes = isinstance(pattern, bytes)
        self._empty = b'' if self._is_bytes else ''
        if self._is_bytes:
            parser = _Parser(str(pattern, 'latin-1'), int(flags) | _BYTES, pattern)
        else:
            parser = _Parser(pattern, int(flags), pattern)
        tree = parser.parse()
        flags = parser.flags & ~_BYTES
        _check_flag_kinds(flags, self._is_bytes)
        self.pattern = pattern
        # (a plain int, as CPython's: only re.compile()'s repr shows the names)
        if not (self._is_bytes or flags & _ASCII):
            flags |= _UNICODE
        self.flags = int(flags)
        self.groups = parser.ngroups
        self.groupindex = _MappingProxy(dict(parser.names))
        self._matcher = _compile(tree, parser.flags)
        self._first_char = _first_char_test(tree, parser.flags)

    def __repr__(self):
        flags = self.flags & ~_UNICODE
        if flags:
            return 're.compile(%r, %s)' % (self.pattern, _flags_by_value(flags))
        return 're.compile(%r)' % (self.pattern,)

    def __eq__(self, other):
        return (isinstance(other, Pattern) and self.pattern == other.pattern and
                self.flags == other.flags)

    def __hash__(self):
        return hash((self.pattern, int(self.flags)))

    # A compiled pattern is immutable: copying gives the same object.
    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    __class_getitem__ = classmethod(type(list[int]))

    def _subject(self, string):
        """(the str the matchers read, the sequence groups are cut from)"""
        if self._is_bytes:
            return _bytes_subject(string)
        _check_text(string)
        return string, string

    def _run(self, string, pos, endpos, anchored, full, must_advance=-1, text=None,
             subject=None):
        """The first match at or after pos (at pos if anchored; spanning to
        endpos if full), or None.  text and subject are string's
        _subject(), when the caller has them already.

        The matchers call each other once per character or iteration, so
        a long text needs deep recursion: the recursion limit is raised
        for the search (to a ceiling that keeps the memory reasonable;
        beyond it a RecursionError says so)."""
        if text is None:
            if self._is_bytes:
                text, subject = _bytes_subject(string)
            else:
                _check_text(string)
                text = subject = string
        limit = _sys.getrecursionlimit()
        wanted = min(limit + _FRAMES_PER_CHAR * (len(text) + 1), _MAX_FRAMES)
        if wanted <= limit:
            return self._search(text, subject, string, pos, endpos, anchored, full,
                                must_advance)
        _sys.setrecursionlimit(wanted)
        try:
            return self._search(text, subject, string, pos, endpos, anchored, full,
                                must_advance)
        finally:
            _sys.setrecursionlimit(limit)

    def _search(self, string, subject, original, pos, endpos, anchored, full, must_advance):
        n = len(string)
        # Both bounds are clamped to the string, as CPython does.
        pos = min(max(pos, 0), n)
        endpos = n if endpos is None else min(max(endpos, 0), n)
        st = _State(string, pos, endpos, self.groups)
        if full:
            k = lambda st, j: j if j == st.end else -1
        else:
            k = lambda st, j: j
        start = pos
        first = None if anchored else self._first_char
        # (match() tries even when pos is past endpos, as CPython's does)
        while start <= endpos or (anchored and start == pos):
            if first is not None:
                # Skip the places where no match can start.
                while start < endpos and not first(string[start]):
                    start += 1
                if start >= endpos:
                    return None
            st.marks = [None] * (2 * self.groups + 2)
            st.lastindex = None
            if start == must_advance:
                end = self._matcher(st, start, lambda st, j: k(st, j) if j > start else -1)
            else:
                end = self._matcher(st, start, k)
            if end >= 0:
                return Match(self, original, subject, pos, endpos, start, end, st.marks,
                             st.lastindex)
            if anchored:
                return None
            start += 1
        return None

    def match(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, True, False)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, True, True)

    def search(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, False, False)

    def finditer(self, string, pos=0, endpos=None):
        text, subject = self._subject(string)
        return self._iterate(text, subject, string, pos, endpos)

    def _iterate(self, text, subject, string, pos=0, endpos=None):
        n = len(text)
        first = pos = min(max(pos, 0), n)
        endpos = n if endpos is None else min(max(endpos, 0), n)
        must_advance = -1
        while pos <= endpos:
            m = self._run(string, pos, endpos, False, False, must_advance, text, subject)
            if m is None:
                return
            m.pos = first        # every match reports the search's pos
            yield m
            pos = m.end()
            must_advance = pos if m.end() == m.start() else -1

    def findall(self, string, pos=0, endpos=None):
        result = []
        empty = self._empty
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                result.append(m.group())
            elif self.groups == 1:
                result.append(m.group(1) or empty)
            else:
                result.append(tuple(g or empty for g in m.groups()))
        return result

    def split(self, string, maxsplit=0):
        text, subject = self._subject(string)
        parts = []
        last = 0
        count = 0
        for m in self._iterate(text, subject, string):
            if maxsplit and count >= maxsplit:
                break
            parts.append(subject[last:m.start()])
            parts.extend(m.groups())
            last = m.end()
            count += 1
        parts.append(subject[last:])
        return parts

    def subn(self, repl, string, count=0):
        text, subject = self._subject(string)
        if callable(repl):
            expand = repl
        else:
            expand = self._template_expander(repl)
        # The pieces are joined as CPython joins them, so that a piece of
        # the wrong type (str for bytes) fails with the same message: the
        # text between matches when there is some, what repl gives unless
        # None.
        pieces = []
        last = 0
        n = 0
        for m in self._iterate(text, subject, string):
            if count and n >= count:
                break
            if m.start() > last:
                pieces.append(subject[last:m.start()])
            piece = expand(m)
            if piece is not None:
                pieces.append(piece)
            last = m.end()
            n += 1
        if last < len(subject):
            pieces.append(subject[last:])
        return self._empty.join(pieces), n

    def _template_expander(self, repl):
        """What sub() puts for a match: repl itself when it has no
        backslash, else repl expanded (parsed once per pattern and repl,
        so repl must be hashable: a bytearray with a backslash is not)."""
        if isinstance(repl, str):
            literal = '\\' not in repl
        else:
            literal = isinstance(repl, _BYTES_LIKE) and '\\' not in str(repl, 'latin-1')
        if literal:
            return lambda m: repl
        key = (self, repl)
        template = _templates.get(key)
        if template is None:
            template = _parse_template(repl, self)
            if len(_templates) >= _MAXCACHE:
                _templates.clear()
            _templates[key] = template
        if len(template) == 1 and type(template[0]) is not int:
            # Text alone (its escapes made characters) is put as it is,
            # as CPython does: a str one is no item of a bytes expansion.
            text = template[0]
            return lambda m: text
        return lambda m: _expand(template, m)

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError('pyrun: Pattern.scanner is not supported')


_templates = {}


def _template_error(msg, template, pos):
    if not isinstance(template, str):
        msg = _ascii_message(msg)
    return error(msg, template, pos)


def _parse_template(template, pattern):
    """The pieces of a replacement template: its text (of the template's
    type, str or bytes; none empty) and group numbers."""
    repl = template if isinstance(template, str) else str(template, 'latin-1')
    pieces = []
    literal = []

    def end_literal():
        if literal:
            text = ''.join(literal)
            pieces.append(text if repl is template else text.encode('latin-1'))
            literal.clear()

    def add_group(index):
        end_literal()
        pieces.append(index)
    i = 0
    n = len(repl)
    while i < n:
        c = repl[i]
        if c != '\\':
            literal.append(c)
            i += 1
            continue
        i += 1
        if i >= n:
            raise _template_error('bad escape (end of pattern)', template, i - 1)
        c = repl[i]
        i += 1
        if c == 'g':
            if i >= n or repl[i] != '<':
                raise _template_error('missing <', template, i)
            close = repl.find('>', i)
            if close < 0 and i + 1 < n:
                raise _template_error('missing >, unterminated name', template, i + 1)
            if close < 0:
                close = n   # (nothing after '<': the name is missing)
            name_start = i + 1          # errors point at the name
            name = repl[name_start:close]
            i = close + 1
            if not name:
                raise _template_error('missing group name', template, name_start)
            if name.isidentifier():
                if repl is not template and not name.isascii():
                    _warn_group_name(ascii(name), name_start)
                if name not in pattern.groupindex:
                    raise IndexError(f'unknown group name {name!r}')
                index = pattern.groupindex[name]
            else:
                index = _group_number(name)
                if index is None:
                    raise _template_error(f'bad character in group name {name!r}',
                                          template, name_start)
                if not (name.isascii() and name.isdecimal()):
                    _warn_group_name(repr(name) if repl is template else ascii(name),
                                     name_start)
            if index > pattern.groups:
                raise _template_error('invalid group reference %d' % index, template,
                                      name_start)
            add_group(index)
        elif c == '0':
            # \0, \0o, \0oo: octal, as in patterns
            digits = c
            while len(digits) < 3 and i < n and repl[i] in _OCTAL_DIGITS:
                digits += repl[i]
                i += 1
            literal.append(chr(int(digits, 8)))
        elif c in _DIGITS:
            # \n and \nn are groups, \ooo octal
            digits = c
            if i < n and repl[i] in _DIGITS:
                digits += repl[i]
                i += 1
                if (c in _OCTAL_DIGITS and digits[1] in _OCTAL_DIGITS and i < n and
                        repl[i] in _OCTAL_DIGITS):
                    digits += repl[i]
                    i += 1
                    value = int(digits, 8)
                    if value > 0o377:
                        raise _template_error('octal escape value \\%s outside of range '
                                              '0-0o377' % digits, template, i - 4)
                    literal.append(chr(value))
                    continue
            index = int(digits)
            if index > pattern.groups:
                raise _template_error('invalid group reference %d' % index, template,
                                      i - len(digits))
            add_group(index)
        else:
            simple = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', 'a': '\a',
                      'b': '\b', '\\': '\\'}
            if c in simple:
                literal.append(simple[c])
            elif c.isascii() and c.isalpha():
                raise _template_error('bad escape \\' + c, template, i - 2)
            else:
                literal.append('\\' + c)
    end_literal()
    return pieces


def _group_number(name):
    # What int() makes of name, if a number not below 0 (' 1' and '+1' too).
    try:
        index = int(name)
    except ValueError:
        return None
    return index if index >= 0 else None


def _expand(template, m):
    # Joined as CPython joins them: by the empty slice of the subject (so
    # a bytearray's expansion is a bytearray), a str piece of a bytes
    # expansion failing with its message.
    empty = m.string[:0]
    return empty.join([piece if type(piece) is not int else m.group(piece) or empty
                       for piece in template])


class Match:
    """The result of a successful match."""

    def __init__(self, pattern, string, subject, pos, endpos, start, end, marks, lastindex):
        self.re = pattern
        self.string = string
        self._subject = subject     # what groups are cut from: str, or bytes
        self.pos = pos
        self.endpos = endpos
        self._spans = [(start, end)]
        for g in range(1, pattern.groups + 1):
            a, b = marks[2 * g], marks[2 * g + 1]
            self._spans.append((a, b) if a is not None and b is not None else (-1, -1))
        self.lastindex = lastindex
        self.lastgroup = None
        if lastindex is not None:
            for name, index in pattern.groupindex.items():
                if index == lastindex:
                    self.lastgroup = name

    def _index(self, g):
        if isinstance(g, str):
            if g in self.re.groupindex:
                return self.re.groupindex[g]
            raise IndexError('no such group')
        try:
            g = g.__index__()
        except AttributeError:
            raise IndexError('no such group') from None
        if not 0 <= g <= self.re.groups:
            raise IndexError('no such group')
        return g

    def group(self, *groups):
        if not groups:
            groups = (0,)
        values = []
        for g in groups:
            a, b = self._spans[self._index(g)]
            values.append(None if a < 0 else self._subject[a:b])
        return values[0] if len(values) == 1 else tuple(values)

    def __getitem__(self, g):
        return self.group(g)

    def groups(self, default=None):
        return tuple(default if a < 0 else self._subject[a:b] for a, b in self._spans[1:])

    def groupdict(self, default=None):
        result = {}
        for name, index in self.re.groupindex.items():
            a, b = self._spans[index]
            result[name] = default if a < 0 else self._subject[a:b]
        return result

    def start(self, group=0):
        return self._spans[self._index(group)][0]

    def end(self, group=0):
        return self._spans[self._index(group)][1]

    def span(self, group=0):
        return self._spans[self._index(group)]

    @property
    def regs(self):
        """The spans of all the groups, the whole match first."""
        return tuple(self._spans)

    # A match is immutable: copying gives the same object.
    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    __class_getitem__ = classmethod(type(list[int]))

    def expand(self, template):
        return _expand(_parse_template(template, self.re), self)

    def __bool__(self):
        return True

    def __repr__(self):
        return '<re.Match object; span=%r, match=%r>' % (self.span(), self.group())


# ---- the functions ----------------------------------------------------------------------------

_cache = {}
_MAXCACHE = 512


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    key = (type(pattern), pattern, int(flags))
    p = _cache.get(key)
    if p is None:
        if not isinstance(pattern, (str, bytes)):
            raise TypeError('first argument must be string or compiled pattern')
        p = Pattern(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[key] = p
    return p


def purge():
    _cache.clear()


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


_special_chars = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars)
    return str(pattern, 'latin1').translate(_special_chars).encode('latin1')


# the names CPython's C types have in messages ('re.Pattern')
from _pyedu import set_type_name as _set_type_name
_set_type_name(Pattern, 're.Pattern')
_set_type_name(Match, 're.Match')
del _set_type_name
