"""JSON encoding and decoding, as CPython's json: dumps/dump produce the
same text (separators, indent, sort_keys, ensure_ascii, float reprs), and
loads/load accept the same input and report the same errors."""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecodeError', 'JSONEncoder', 'JSONDecoder']


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the error's position (msg, doc, pos, lineno, colno)."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


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
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        return ''.join(self.iterencode(o))

    def _float(self, o):
        if o != o:
            text = 'NaN'
        elif o == float('inf'):
            text = 'Infinity'
        elif o == float('-inf'):
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant')
        return text

    def iterencode(self, o, _one_shot=False):
        markers = {} if self.check_circular else None
        encode_str = _encode_basestring_ascii if self.ensure_ascii else _encode_basestring
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        chunks = []
        self._encode(o, chunks, markers, encode_str, indent, 0)
        return chunks

    def _encode(self, o, out, markers, encode_str, indent, level):
        if isinstance(o, str):
            out.append(encode_str(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self._float(o))
        elif isinstance(o, (list, tuple)):
            self._encode_list(o, out, markers, encode_str, indent, level)
        elif isinstance(o, dict):
            self._encode_dict(o, out, markers, encode_str, indent, level)
        else:
            if markers is not None:
                if id(o) in markers:
                    raise ValueError('Circular reference detected')
                markers[id(o)] = o
            self._encode(self.default(o), out, markers, encode_str, indent, level)
            if markers is not None:
                del markers[id(o)]

    def _encode_list(self, lst, out, markers, encode_str, indent, level):
        if not lst:
            out.append('[]')
            return
        if markers is not None:
            if id(lst) in markers:
                raise ValueError('Circular reference detected')
            markers[id(lst)] = lst
        out.append('[')
        if indent is not None:
            level += 1
            newline_indent = '\n' + indent * level
            separator = self.item_separator + newline_indent
            out.append(newline_indent)
        else:
            newline_indent = None
            separator = self.item_separator
        first = True
        for value in lst:
            if not first:
                out.append(separator)
            first = False
            self._encode(value, out, markers, encode_str, indent, level)
        if newline_indent is not None:
            level -= 1
            out.append('\n' + indent * level)
        out.append(']')
        if markers is not None:
            del markers[id(lst)]

    def _encode_dict(self, dct, out, markers, encode_str, indent, level):
        if not dct:
            out.append('{}')
            return
        if markers is not None:
            if id(dct) in markers:
                raise ValueError('Circular reference detected')
            markers[id(dct)] = dct
        out.append('{')
        if indent is not None:
            level += 1
            newline_indent = '\n' + indent * level
            item_separator = self.item_separator + newline_indent
            out.append(newline_indent)
        else:
            newline_indent = None
            item_separator = self.item_separator
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self._float(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if not first:
                out.append(item_separator)
            first = False
            out.append(encode_str(key))
            out.append(self.key_separator)
            self._encode(value, out, markers, encode_str, indent, level)
        if newline_indent is not None:
            level -= 1
            out.append('\n' + indent * level)
        out.append('}')
        if markers is not None:
            del markers[id(dct)]


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    """Serialize obj as a JSON formatted stream to fp (a .write()-supporting file)."""
    fp.write(dumps(obj, **kw))


# ---- decoding -----------------------------------------------------------------------------

_WS = ' \t\n\r'
_BACKSLASH = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
              't': '\t'}
_NUMBER_CHARS = '0123456789'


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
        try:
            return self._value(s, idx)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None

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
            i = end
            while i < n and s[i] != '"' and s[i] != '\\' and (s[i] >= ' ' or not self.strict):
                i += 1
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
            uni = self._hex4(s, i + 2, i)
            end = i + 6
            if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == '\\u':
                uni2 = self._hex4(s, end + 2, end)
                if 0xdc00 <= uni2 <= 0xdfff:
                    uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                    end += 6
            chunks.append(chr(uni))

    @staticmethod
    def _hex4(s, pos, at):
        esc = s[pos:pos + 4]
        if len(esc) == 4 and esc[1] not in 'xX':
            try:
                return int(esc, 16)
            except ValueError:
                pass
        raise JSONDecodeError('Invalid \\uXXXX escape', s, at)

    def _object(self, s, i):
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
