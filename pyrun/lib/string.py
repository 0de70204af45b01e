"""String constants, capwords, Template and Formatter, as CPython's string
module."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s into words, capitalize each, and join them with sep (or a space)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


# ---- Template ------------------------------------------------------------------------

class Template:
    """$-substitution: Template('$who owes ${amount}').substitute(who='Bob',
    amount=5).  $$ is a dollar sign.  A subclass may change `delimiter`
    (the identifiers are [_a-zA-Z][_a-zA-Z0-9]*)."""
    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _pieces(self):
        """(literal, name, start) for each placeholder; name None for the
        escaped delimiter, '' for an invalid placeholder."""
        t, d = self.template, self.delimiter
        i = 0
        while True:
            j = t.find(d, i)
            if j < 0:
                return
            k = j + len(d)
            if t.startswith(d, k):
                yield j, k + len(d), None
            elif t.startswith('{', k):
                end = t.find('}', k)
                name = t[k + 1:end] if end >= 0 else ''
                if end >= 0 and _is_identifier(name):
                    yield j, end + 1, name
                else:
                    yield j, k, ''
                    k = j + len(d)
                    end = k - 1
                k = end + 1
                i = k
                continue
            else:
                m = k
                while m < len(t) and (t[m] == '_' or t[m].isascii() and t[m].isalnum()) \
                        and not (m == k and t[m].isdigit()):
                    m += 1
                if m > k:
                    yield j, m, t[k:m]
                    i = m
                    continue
                yield j, k, ''
                i = k
                continue
            i = k + len(d)

    def _invalid(self, start):
        lines = self.template[:start].splitlines(keepends=True)
        if not lines:
            colno, lineno = 1, 1
        else:
            colno = start - len(''.join(lines[:-1])) + 1
            lineno = len(lines)
        raise ValueError(f'Invalid placeholder in string: line {lineno}, col {colno}')

    def _substitute(self, mapping, safe):
        out = []
        last = 0
        for start, end, name in self._pieces():
            out.append(self.template[last:start])
            last = end
            if name is None:
                out.append(self.delimiter)
            elif name == '':
                if not safe:
                    self._invalid(start)
                out.append(self.template[start:end])
            elif safe:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(self.template[start:end])
            else:
                out.append(str(mapping[name]))
        out.append(self.template[last:])
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        """The text with each placeholder replaced; a KeyError for a name
        that is missing, a ValueError for an invalid placeholder."""
        return self._substitute(_merge(mapping, kws), False)

    def safe_substitute(self, mapping=None, /, **kws):
        """Like substitute(), leaving missing and invalid placeholders as they are."""
        return self._substitute(_merge(mapping, kws), True)

    def is_valid(self):
        return all(name != '' for _, _, name in self._pieces())

    def get_identifiers(self):
        ids = []
        for _, _, name in self._pieces():
            if name and name not in ids:
                ids.append(name)
        return ids


def _is_identifier(name):
    return bool(name) and name.isascii() and (name[0] == '_' or name[0].isalpha()) and \
        all(c == '_' or c.isalnum() for c in name)


def _merge(mapping, kws):
    if mapping is None:
        return kws
    if kws:
        merged = dict(mapping)
        merged.update(kws)
        return merged
    return mapping


# ---- Formatter -----------------------------------------------------------------------

class Formatter:
    """str.format() in pieces that a subclass can change: parse, get_field,
    get_value, convert_field, format_field."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field specification to '
                                         'automatic field numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field specification to '
                                         'automatic field numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError(f"Unknown conversion specifier {conversion}")

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) for each
        piece, as str.format reads them."""
        s = format_string
        i = 0
        literal = []
        while i < len(s):
            c = s[i]
            if c == '{':
                if s.startswith('{{', i):
                    yield ''.join(literal) + '{', None, None, None
                    literal = []
                    i += 2
                    continue
                depth = 1
                j = i + 1
                while j < len(s) and depth:
                    if s[j] == '{':
                        depth += 1
                    elif s[j] == '}':
                        depth -= 1
                    j += 1
                if depth:
                    raise ValueError("expected '}' before end of string")
                field = s[i + 1:j - 1]
                name, conversion, spec = field, None, ''
                bracket = 0
                for k, ch in enumerate(field):
                    if ch == '[':
                        bracket += 1
                    elif ch == ']':
                        bracket -= 1
                    elif not bracket and ch in '!:':
                        name = field[:k]
                        rest = field[k:]
                        if ch == '!':
                            if len(rest) < 2:
                                raise ValueError("end of string while looking for conversion "
                                                 "specifier")
                            conversion = rest[1]
                            rest = rest[2:]
                            if rest and rest[0] != ':':
                                raise ValueError("expected ':' after conversion specifier")
                        spec = rest[1:] if rest else ''
                        break
                yield ''.join(literal), name, spec, conversion
                literal = []
                i = j
            elif c == '}':
                if s.startswith('}}', i):
                    yield ''.join(literal) + '}', None, None, None
                    literal = []
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            else:
                literal.append(c)
                i += 1
        if literal:
            yield ''.join(literal), None, None, None

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            obj = getattr(obj, i) if is_attr else obj[i]
        return obj, first


def _split_field_name(name):
    """'a.b[0]' -> ('a', [(True, 'b'), (False, 0)])"""
    i = 0
    while i < len(name) and name[i] not in '.[':
        i += 1
    first = name[:i]
    first = int(first) if first.isdigit() else first
    rest = []
    while i < len(name):
        if name[i] == '.':
            j = i + 1
            while j < len(name) and name[j] not in '.[':
                j += 1
            rest.append((True, name[i + 1:j]))
            i = j
        else:
            j = name.index(']', i)
            key = name[i + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
    return first, rest
