"""string: string constants, capwords(), Template and Formatter, as
documented for CPython's string module."""

import re as _re

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

# -- the character classes of ASCII

digits = '0123456789'
octdigits = digits[:8]
hexdigits = digits + 'abcdefABCDEF'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ascii_lowercase + ascii_uppercase
punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'
whitespace = ' \t\n\r\x0b\x0c'
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """s split into words (by sep, or by runs of whitespace), each word
    capitalized, the words joined by sep (or one space)."""
    capitalized = [word.capitalize() for word in s.split(sep)]
    return (' ' if sep is None else sep).join(capitalized)


# -- Template: $-substitutions

class _Lookup:
    """The keyword arguments first, then the mapping."""

    def __init__(self, mapping, keywords):
        self.mapping = mapping
        self.keywords = keywords

    def __getitem__(self, name):
        if name in self.keywords:
            return self.keywords[name]
        if self.mapping is None:
            raise KeyError(name)
        return self.mapping[name]


class Template:
    """A string with $-placeholders: $name or ${name}; $$ is a dollar.

        Template('$who owes ${amount}$$').substitute(who='Bob', amount=5)

    A subclass may change delimiter, idpattern (what a name is),
    braceidpattern (what a name in braces is, if different) and flags, or
    give the whole pattern: a regular expression with the groups
    'escaped', 'named', 'braced' and 'invalid'."""

    delimiter = '$'
    # a name: ASCII letters, digits and '_', not starting with a digit
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init__(self, template):
        self.template = template

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._compile_pattern()

    @classmethod
    def _compile_pattern(cls):
        """Sets cls.pattern: the one the class gives, or the default one
        built from its delimiter and name patterns."""
        given = cls.__dict__.get('pattern')
        if given is None:
            start = _re.escape(cls.delimiter)
            name = cls.idpattern
            braced = cls.braceidpattern or name
            # the delimiter twice, a name, a name in braces, or else invalid
            given = (start + r'(?: (?P<escaped>' + start + r')'
                     r' | (?P<named>' + name + r')'
                     r' | \{(?P<braced>' + braced + r')\}'
                     r' | (?P<invalid>) )')
        cls.pattern = _re.compile(given, cls.flags | _re.VERBOSE)

    def _where(self, match):
        """(line, column) of an invalid placeholder, counted as CPython
        does: the column is the length of its line up to and including
        the delimiter."""
        before = self.template[:match.start('invalid')]
        lines = before.splitlines(keepends=True)
        if not lines:
            return 1, 1
        return len(lines), len(lines[-1])

    def _replace(self, mapping, keywords, safe):
        lookup = _Lookup(mapping, keywords)

        def replacement(match):
            name = match.group('named') or match.group('braced')
            if name is not None:
                if not safe:
                    return str(lookup[name])
                try:
                    return str(lookup[name])
                except KeyError:
                    return match.group()
            if match.group('escaped') is not None:
                return self.delimiter
            if match.group('invalid') is not None:
                if safe:
                    return match.group()
                line, column = self._where(match)
                raise ValueError('Invalid placeholder in string: '
                                 'line %d, col %d' % (line, column))
            raise ValueError('Unrecognized named group in pattern',
                             self.pattern)

        return self.pattern.sub(replacement, self.template)

    def substitute(self, mapping=None, /, **kws):
        """The template with its placeholders replaced by the values of the
        keyword arguments or else of mapping: KeyError for a name neither
        has, ValueError for a delimiter not followed by a placeholder."""
        return self._replace(mapping, kws, False)

    def safe_substitute(self, mapping=None, /, **kws):
        """As substitute(), but a placeholder without a value, or invalid,
        is left as it is."""
        return self._replace(mapping, kws, True)

    def _matches(self):
        for match in self.pattern.finditer(self.template):
            groups = match.groupdict()
            if all(groups.get(group) is None for group in
                   ('named', 'braced', 'escaped', 'invalid')):
                raise ValueError('Unrecognized named group in pattern',
                                 self.pattern)
            yield groups

    def is_valid(self):
        """Whether the template has no invalid placeholder."""
        return all(groups['invalid'] is None for groups in self._matches())

    def get_identifiers(self):
        """The names of the valid placeholders, each once, in order."""
        names = []
        for groups in self._matches():
            name = groups['named'] or groups['braced']
            if name is not None and name not in names:
                names.append(name)
        return names


Template._compile_pattern()          # Template's own pattern


# -- Formatter: str.format in parts a subclass can replace

_MIXED_NUMBERING = ('cannot switch from manual field specification to '
                    'automatic field numbering')


def _index_or_name(text):
    return int(text) if text.isdecimal() else text


def _split_field_name(name):
    """'a.b[0]' -> ('a', iterator of (True, 'b'), (False, 0)): the first
    name (an int if it is a number), then the attributes (True) and keys
    (False) to apply.  The rest is read lazily, as CPython's is: a bad
    attribute is only reported once the first name has been found."""
    first_end = len(name)
    for position, char in enumerate(name):
        if char in '.[':
            first_end = position
            break
    return _index_or_name(name[:first_end]), _field_accesses(name, first_end)


def _field_accesses(name, position):
    while position < len(name):
        if name[position] == '.':
            end = position + 1
            while end < len(name) and name[end] not in '.[':
                end += 1
            attribute = name[position + 1:end]
            if not attribute:
                raise ValueError('Empty attribute in format string')
            yield True, attribute
            position = end
        else:
            close = name.find(']', position)
            if close < 0:
                raise ValueError("Missing ']' in format string")
            key = name[position + 1:close]
            if not key:
                raise ValueError('Empty attribute in format string')
            position = close + 1
            if position < len(name) and name[position] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format "
                                 "field specifier")
            yield False, _index_or_name(key)


def _read_field(text, start):
    """Reads the replacement field that starts after the '{' at text[start-1]:
    (field name, conversion or None, format spec, where the field ends)."""
    position = start
    stop = None
    while position < len(text):
        char = text[position]
        position += 1
        if char == '{':
            raise ValueError("unexpected '{' in field name")
        if char == '[':
            # an index may hold any character but ']'
            close = text.find(']', position)
            position = len(text) if close < 0 else close
            continue
        if char in '}:!':
            stop = char
            break
    if stop is None:
        raise ValueError("expected '}' before end of string")
    name = text[start:position - 1]
    if stop == '}':
        return name, None, '', position
    conversion = None
    if stop == '!':
        if position >= len(text):
            raise ValueError('end of string while looking for conversion '
                             'specifier')
        conversion = text[position]
        position += 1
        if position < len(text):
            after = text[position]
            position += 1
            if after == '}':
                return name, conversion, '', position
            if after != ':':
                raise ValueError("expected ':' after conversion specifier")
    # the format spec runs to the '}' that balances the field's '{'
    spec_start = position
    depth = 1
    while position < len(text):
        char = text[position]
        position += 1
        if char == '{':
            depth += 1
        elif char == '}':
            depth -= 1
            if depth == 0:
                return name, conversion, text[spec_start:position - 1], position
    raise ValueError("unmatched '{' in format spec")


class Formatter:
    """str.format() in parts a subclass can change: parse() reads the
    format string, get_field() / get_value() find each value,
    convert_field() applies !r/!s/!a, format_field() formats, and
    check_unused_args() may object to arguments not used."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        numbering = _Numbering()
        result = self._expand(format_string, args, kwargs, used_args, 2,
                              numbering)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _expand(self, format_string, args, kwargs, used_args, depth,
                numbering):
        # a format spec may hold fields, to one level of nesting
        if depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal, name, spec, conversion in self.parse(format_string):
            if literal:
                pieces.append(literal)
            if name is None:
                continue
            name = numbering.resolve(name)
            value, used = self.get_field(name, args, kwargs)
            used_args.add(used)
            value = self.convert_field(value, conversion)
            spec = self._expand(spec, args, kwargs, used_args, depth - 1,
                                numbering)
            pieces.append(self.format_field(value, spec))
        return ''.join(pieces)

    def parse(self, format_string):
        """(literal text, field name, format spec, conversion) for each
        part of format_string; the last three are None after literal text
        that no field follows ('{{' and '}}' end a part as one brace)."""
        text = format_string
        start = 0
        while start < len(text):
            brace = start
            while brace < len(text) and text[brace] not in '{}':
                brace += 1
            if brace == len(text):
                yield text[start:], None, None, None
                return
            char = text[brace]
            doubled = text.startswith(char, brace + 1)
            if char == '}' and not doubled:
                raise ValueError("Single '}' encountered in format string")
            if char == '{' and brace + 1 == len(text):
                raise ValueError("Single '{' encountered in format string")
            if doubled:
                yield text[start:brace + 1], None, None, None
                start = brace + 2
                continue
            literal = text[start:brace]
            name, conversion, spec, start = _read_field(text, brace + 1)
            yield literal, name, spec, conversion

    def get_field(self, field_name, args, kwargs):
        """(the value field_name stands for, its first part)."""
        first, rest = _split_field_name(field_name)
        value = self.get_value(first, args, kwargs)
        for is_attribute, key in rest:
            value = getattr(value, key) if is_attribute else value[key]
        return value, first

    def get_value(self, key, args, kwargs):
        """args[key] for a number, kwargs[key] for a name."""
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        """Does nothing; a subclass may raise for unused arguments."""

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        convert = {'s': str, 'r': repr, 'a': ascii}.get(conversion)
        if convert is None:
            raise ValueError('Unknown conversion specifier %s' % conversion)
        return convert(value)


class _Numbering:
    """Gives '{}' fields their numbers, refusing a mix of '{}' with '{0}'."""

    def __init__(self):
        self.next = 0
        self.mode = None            # 'automatic' or 'manual' once known

    def resolve(self, name):
        if name == '':
            if self.mode == 'manual':
                raise ValueError(_MIXED_NUMBERING)
            self.mode = 'automatic'
            self.next += 1
            return str(self.next - 1)
        if name.isdigit():
            if self.mode == 'automatic':
                raise ValueError(_MIXED_NUMBERING)
            self.mode = 'manual'
        return name
