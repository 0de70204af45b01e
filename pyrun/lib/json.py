"""JSON encoding and decoding, as CPython's json: dumps/dump produce the
same text (separators, indent, sort_keys, ensure_ascii, float reprs), and
loads/load accept the same input and report the same errors."""

import sys as _sys

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecodeError', 'JSONEncoder', 'JSONDecoder']


def _frame_depth():
    # How many Python frames are running (the caller's included).
    depth = 0
    frame = _sys._getframe(1)
    while frame is not None:
        depth += 1
        frame = frame.f_back
    return depth


class _deep_recursion:
    """A with block in which the recursion limit is raised: the decoder
    and encoder call themselves a few times per level of nesting, where
    CPython's C code counts one."""

    def __enter__(self):
        self.limit = _sys.getrecursionlimit()
        _sys.setrecursionlimit(self.limit * 4 + 100)

    def __exit__(self, *exception):
        _sys.setrecursionlimit(self.limit)


def _line_and_column(doc, pos):
    """The 1-based line and column of position pos of doc."""
    line_start = doc.rfind('\n', 0, pos) + 1
    return doc.count('\n', 0, pos) + 1, pos - line_start + 1


class JSONDecodeError(ValueError):
    """The error for text that is not valid JSON: a ValueError that knows
    where (msg, doc, pos, lineno, colno)."""

    def __init__(self, msg, doc, pos):
        lineno, colno = _line_and_column(doc, pos)
        super().__init__('%s: line %d column %d (char %d)'
                         % (msg, lineno, colno, pos))
        self.msg, self.doc, self.pos = msg, doc, pos
        self.lineno, self.colno = lineno, colno

    def __reduce__(self):
        return type(self), (self.msg, self.doc, self.pos)


# ---- encoding -----------------------------------------------------------------------------

_ESCAPE = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r',
           '\t': '\\t'}


def _encode_basestring(s):
    out = []
    for c in s:
        e = _ESCAPE.get(c)
        if e is not None:
            out.append(e)
        elif c < ' ':
            out.append('\\u%04x' % ord(c))
        else:
            out.append(c)
    return '"' + ''.join(out) + '"'


def _encode_basestring_ascii(s):
    out = []
    for c in s:
        e = _ESCAPE.get(c)
        if e is not None:
            out.append(e)
        elif ' ' <= c < '\x7f':
            out.append(c)
        else:
            n = ord(c)
            if n < 0x10000:
                out.append('\\u%04x' % n)
            else:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
    return '"' + ''.join(out) + '"'


class JSONEncoder:
    """Turns Python values into JSON text: dicts into objects, lists and
    tuples into arrays, str, int, float, True, False and None into their
    JSON forms; anything else is handed to default(), which by default
    refuses it."""
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        vars(self).update(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                          check_circular=check_circular, allow_nan=allow_nan,
                          sort_keys=sort_keys, indent=indent)
        if default is not None:
            self.default = default
        if separators is None and indent is not None:
            # Newlines follow the commas: no space before them.
            separators = (',', self.key_separator)
        if separators is not None:
            self.item_separator, self.key_separator = separators

    def default(self, o):
        """What to write for o, which JSON has no form for; subclasses
        override it (or pass default=)."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        pieces = []
        # CPython writes a whole value without indent with its C encoder,
        # whose message for an out-of-range float does not show it, and
        # which counts each level of nesting against the recursion limit.
        c_encoder = _one_shot and self.indent is None
        writing = _Writing(self, pieces, not c_encoder)
        if c_encoder:
            writing.max_depth = _sys.getrecursionlimit() - _frame_depth() - 2
        with _deep_recursion():
            writing.value(o, 0)
        return pieces


class _Writing:
    """One encoding: the encoder's settings, the text so far, and the
    containers being written (to catch a value that contains itself)."""

    def __init__(self, encoder, pieces, shows_value):
        self.encoder = encoder
        self.shows_value = shows_value
        self.max_depth = None           # levels of nesting allowed
        self.out = pieces.append
        self.open_containers = {} if encoder.check_circular else None
        self.string = (_encode_basestring_ascii if encoder.ensure_ascii
                       else _encode_basestring)
        indent = encoder.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent

    def float_text(self, number):
        if number != number:
            text = 'NaN'
        elif number in (_INFINITY, -_INFINITY):
            text = 'Infinity' if number > 0 else '-Infinity'
        else:
            return float.__repr__(number)
        if not self.encoder.allow_nan:
            message = 'Out of range float values are not JSON compliant'
            if self.shows_value:
                message += ': ' + repr(number)
            raise ValueError(message)
        return text

    def scalar_text(self, o):
        """The text of a string, number, bool or None; None for others."""
        if isinstance(o, str):
            return self.string(o)
        if o is None or o is True or o is False:
            return _CONSTANTS[o]
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.float_text(o)
        return None

    def value(self, o, depth, prefix=''):
        """Writes o, after prefix (what comes before it in an array).  The
        pieces are CPython's (iterencode() shows them): a plain value is
        one piece with its prefix, a container's pieces follow the prefix."""
        text = self.scalar_text(o)
        if text is not None:
            self.out(prefix + text)
            return
        if prefix:
            self.out(prefix)
        if isinstance(o, (list, tuple)):
            self.array(o, depth)
        elif isinstance(o, dict):
            self.object(o, depth)
        else:
            self.enter(o)
            self.value(self.encoder.default(o), depth)
            self.leave(o)

    def enter(self, o):
        if self.open_containers is not None:
            if id(o) in self.open_containers:
                raise ValueError('Circular reference detected')
            self.open_containers[id(o)] = o

    def leave(self, o):
        if self.open_containers is not None:
            del self.open_containers[id(o)]

    def open(self, o, depth):
        """Starts an array or object; returns what follows its bracket
        (with an indent, a new line; else nothing) and the separator to
        write between its elements (with an indent, it ends the line)."""
        if self.max_depth is not None and depth >= self.max_depth:
            raise RecursionError('maximum recursion depth exceeded while '
                                 'encoding a JSON object')
        self.enter(o)
        line_start = ''
        if self.indent is not None:
            line_start = '\n' + self.indent * (depth + 1)
        return line_start, self.encoder.item_separator + line_start

    def close(self, o, bracket, depth):
        if self.indent is not None:
            self.out('\n' + self.indent * depth)
        self.out(bracket)
        self.leave(o)

    def array(self, items, depth):
        if not items:
            self.out('[]')
            return
        line_start, separator = self.open(items, depth)
        prefix = '[' + line_start
        for item in items:
            self.value(item, depth + 1, prefix)
            prefix = separator
        self.close(items, ']', depth)

    def object(self, mapping, depth):
        if not mapping:
            self.out('{}')
            return
        line_start, separator = self.open(mapping, depth)
        self.out('{')
        if line_start:
            self.out(line_start)
        pairs = mapping.items()
        if self.encoder.sort_keys:
            pairs = sorted(pairs)
        before = None       # (the separator, once a pair is written)
        for key, item in pairs:
            key = self.key_text(key)
            if key is None:
                continue
            if before is not None:
                self.out(before)
            before = separator
            self.out(self.string(key))
            self.out(self.encoder.key_separator)
            self.value(item, depth + 1)
        self.close(mapping, '}', depth)

    def key_text(self, key):
        """The text of an object key; None for a key skipped (skipkeys)."""
        if isinstance(key, str):
            return key
        if key is None or key is True or key is False:
            return _CONSTANTS[key]
        if isinstance(key, float):
            return self.float_text(key)
        if isinstance(key, int):
            return int.__repr__(key)
        if self.encoder.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {key.__class__.__name__}')


_INFINITY = float('inf')
_CONSTANTS = {None: 'null', True: 'true', False: 'false'}


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, *, cls=None, **kw):
    """Serialize obj as a JSON formatted stream to fp (a .write()-supporting
    file), piece by piece, as CPython does."""
    encoder = (JSONEncoder if cls is None else cls)(**kw)
    for piece in encoder.iterencode(obj):
        fp.write(piece)


# ---- decoding -----------------------------------------------------------------------------

_WS = ' \t\n\r'
_BACKSLASH = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
              't': '\t'}
_NUMBER_CHARS = '0123456789'
_HEX_DIGITS = frozenset('0123456789abcdefABCDEF')


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or {'-Infinity': float('-inf'),
                                                 'Infinity': float('inf'),
                                                 'NaN': float('nan')}.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        obj, end = self.raw_decode(s, self._skip(s, 0))
        end = self._skip(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        # Each level of nesting counts against the recursion limit, as in
        # CPython's C scanner.
        self._levels_left = _sys.getrecursionlimit() - _frame_depth() - 1
        try:
            with _deep_recursion():
                return self._value(s, idx)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None

    def _nest(self, kind):
        self._levels_left -= 1
        if self._levels_left < 0:
            raise RecursionError('maximum recursion depth exceeded while '
                                 'decoding a JSON %s from a unicode string'
                                 % kind)

    @staticmethod
    def _skip(s, i):
        n = len(s)
        while i < n and s[i] in _WS:
            i += 1
        return i

    def _value(self, s, i):
        if i >= len(s):
            raise StopIteration(i)
        c = s[i]
        if c == '"':
            return self._string(s, i + 1)
        if c == '{':
            return self._object(s, i + 1)
        if c == '[':
            return self._array(s, i + 1)
        if c == 'n' and s[i:i + 4] == 'null':
            return None, i + 4
        if c == 't' and s[i:i + 4] == 'true':
            return True, i + 4
        if c == 'f' and s[i:i + 5] == 'false':
            return False, i + 5
        if c == 'N' and s[i:i + 3] == 'NaN':
            return self.parse_constant('NaN'), i + 3
        if c == 'I' and s[i:i + 8] == 'Infinity':
            return self.parse_constant('Infinity'), i + 8
        if c == '-' and s[i:i + 9] == '-Infinity':
            return self.parse_constant('-Infinity'), i + 9
        return self._number(s, i)

    def _number(self, s, i):
        n = len(s)
        start = i
        if i < n and s[i] == '-':
            i += 1
        if i < n and s[i] == '0':
            i += 1
        elif i < n and s[i] in '123456789':
            i += 1
            while i < n and s[i] in _NUMBER_CHARS:
                i += 1
        else:
            raise StopIteration(start)
        is_float = False
        if i + 1 < n and s[i] == '.' and s[i + 1] in _NUMBER_CHARS:
            is_float = True
            i += 2
            while i < n and s[i] in _NUMBER_CHARS:
                i += 1
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '+-':
                j += 1
            if j < n and s[j] in _NUMBER_CHARS:
                is_float = True
                i = j + 1
                while i < n and s[i] in _NUMBER_CHARS:
                    i += 1
        text = s[start:i]
        return (self.parse_float(text) if is_float else self.parse_int(text)), i

    def _string(self, s, end):
        chunks = []
        begin = end - 1
        n = len(s)
        while True:
            i = self._plain_run_end(s, end)
            if i >= n:
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            chunks.append(s[end:i])
            c = s[i]
            if c == '"':
                return ''.join(chunks), i + 1
            if c != '\\':
                raise JSONDecodeError('Invalid control character at', s, i)
            if i + 1 >= n:
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            esc = s[i + 1]
            if esc != 'u':
                if esc not in _BACKSLASH:
                    raise JSONDecodeError('Invalid \\escape', s, i)
                chunks.append(_BACKSLASH[esc])
                end = i + 2
                continue
            uni = self._hex4(s, i + 2, i + 1)
            end = i + 6
            if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == '\\u':
                uni2 = self._hex4(s, end + 2, end + 1)
                if 0xdc00 <= uni2 <= 0xdfff:
                    uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                    end += 6
            chunks.append(chr(uni))

    def _plain_run_end(self, s, start):
        """Where the run of ordinary characters of a string from start
        ends: at a quote, a backslash, a control character (when strict)
        or the end.  (str.find does the scanning.)"""
        n = len(s)
        quote = s.find('"', start)
        stop = n if quote < 0 else quote
        backslash = s.find('\\', start, stop)
        if backslash >= 0:
            stop = backslash
        if self.strict and stop > start and min(s[start:stop]) < ' ':
            stop = start
            while s[stop] >= ' ':
                stop += 1
        return stop

    @staticmethod
    def _hex4(s, pos, at):
        """The value of the four hex digits at pos (of an escape whose 'u'
        is at at)."""
        digits = s[pos:pos + 4]
        if len(digits) == 4 and all(c in _HEX_DIGITS for c in digits):
            return int(digits, 16)
        raise JSONDecodeError('Invalid \\uXXXX escape', s, at)

    def _object(self, s, i):
        self._nest('object')
        try:
            return self._object_members(s, i)
        finally:
            self._levels_left += 1

    def _object_members(self, s, i):
        pairs = []
        i = self._skip(s, i)
        if i < len(s) and s[i] == '}':
            return self._make_object(pairs), i + 1
        while True:
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError('Expecting property name enclosed in double quotes', s, i)
            key, i = self._string(s, i + 1)
            i = self._skip(s, i)
            if i >= len(s) or s[i] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = self._skip(s, i + 1)
            try:
                value, i = self._value(s, i)
            except StopIteration as err:
                raise JSONDecodeError('Expecting value', s, err.value) from None
            pairs.append((key, value))
            i = self._skip(s, i)
            if i < len(s) and s[i] == '}':
                return self._make_object(pairs), i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self._skip(s, i + 1)

    def _make_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(obj)
        return obj

    def _array(self, s, i):
        self._nest('array')
        try:
            return self._array_items(s, i)
        finally:
            self._levels_left += 1

    def _array_items(self, s, i):
        values = []
        i = self._skip(s, i)
        if i < len(s) and s[i] == ']':
            return values, i + 1
        while True:
            try:
                value, i = self._value(s, i)
            except StopIteration as err:
                raise JSONDecodeError('Expecting value', s, err.value) from None
            values.append(value)
            i = self._skip(s, i)
            if i < len(s) and s[i] == ']':
                return values, i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self._skip(s, i + 1)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize s (a str, bytes or bytearray holding a JSON document) to a Python object."""
    if isinstance(s, (bytes, bytearray)):
        s = s.decode('utf-8')
    elif not isinstance(s, str):
        raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                        f'not {s.__class__.__name__}')
    if s.startswith('\ufeff'):
        raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    if cls is None:
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
               parse_constant=parse_constant, object_pairs_hook=object_pairs_hook,
               **kw).decode(s)


def load(fp, **kw):
    """Deserialize fp (a .read()-supporting file holding a JSON document)."""
    return loads(fp.read(), **kw)


# CPython's json is a package: its classes live in json.decoder and
# json.encoder (names that show in tracebacks), which programs import.
def _submodule(name, **members):
    import sys
    import types
    module = types.ModuleType('json.' + name)
    for member_name, member in members.items():
        member.__module__ = module.__name__
        setattr(module, member_name, member)
    sys.modules[module.__name__] = module
    return module


decoder = _submodule('decoder', JSONDecoder=JSONDecoder,
                     JSONDecodeError=JSONDecodeError)
encoder = _submodule('encoder', JSONEncoder=JSONEncoder)
del _submodule

