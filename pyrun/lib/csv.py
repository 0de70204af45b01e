"""Reading and writing comma-separated values, as CPython's csv module.

A dialect says how fields are separated (delimiter), quoted (quotechar,
doublequote, escapechar, quoting) and rows ended (lineterminator, for
writing; any line end ends a row when reading)."""

import re as _re

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect",
           "excel", "excel_tab", "unix_dialect", "reader", "writer", "register_dialect",
           "get_dialect", "list_dialects", "unregister_dialect", "field_size_limit",
           "DictReader", "DictWriter", "Sniffer"]

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = 0, 1, 2, 3
_field_limit = 128 * 1024


class Error(Exception):
    __module__ = '_csv'


class Dialect:
    """The formatting parameters; subclass it and set the attributes."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = False

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        _Params(self)


class excel(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = '\t'


class unix_dialect(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {"excel": excel, "excel-tab": excel_tab, "unix": unix_dialect}


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _Params(dialect if dialect is not None else excel, **fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    global _field_limit
    old = _field_limit
    if args:
        _field_limit = args[0]
    return old


class _Params:
    """A dialect with the keyword arguments applied, checked."""

    def __init__(self, dialect='excel', **kw):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        for name in ('delimiter', 'quotechar', 'escapechar', 'doublequote', 'skipinitialspace',
                     'lineterminator', 'quoting', 'strict'):
            value = kw.pop(name) if name in kw else getattr(dialect, name, None)
            setattr(self, name, value)
        if kw:
            name = next(iter(kw))
            raise TypeError(f"'{name}' is an invalid keyword argument for this function")
        if self.delimiter is None:
            self.delimiter = ','
        if self.doublequote is None:
            self.doublequote = True
        if self.skipinitialspace is None:
            self.skipinitialspace = False
        if self.lineterminator is None:
            self.lineterminator = '\r\n'
        if self.quoting is None:
            self.quoting = QUOTE_MINIMAL
        if self.strict is None:
            self.strict = False
        if not isinstance(self.delimiter, str) or len(self.delimiter) != 1:
            raise TypeError('"delimiter" must be a 1-character string')
        if self.quotechar == '' or (self.quotechar is not None and len(self.quotechar) != 1):
            raise TypeError('"quotechar" must be a 1-character string')
        if self.quotechar is None and self.quoting != QUOTE_NONE:
            if 'quotechar' in kw or self.quoting is None:
                raise TypeError('quotechar must be set if quoting enabled')
            self.quotechar = '"' if getattr(dialect, 'quotechar', None) is None else self.quotechar
        if self.quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')


# ---- reading --------------------------------------------------------------------------

class _Reader:
    def __init__(self, f, dialect='excel', **fmtparams):
        self._lines = iter(f)
        self.dialect = _Params(dialect, **fmtparams)
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        d = self.dialect
        fields = []
        field = []
        state = 'start'         # start, field, quoted, quote_in_quoted, escape, escape_quoted
        quoted_field = False
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if state in ('quoted', 'escape_quoted') and d.strict:
                    raise Error("unexpected end of data")
                if state == 'start' and not fields:
                    raise
                if state in ('quoted', 'escape_quoted'):
                    if d.strict:
                        raise Error("unexpected end of data")
                fields.append(self._value(''.join(field), quoted_field))
                return fields
            if not isinstance(line, str):
                raise Error(f"iterator should return strings, not {type(line).__name__} (the "
                            f"file should be opened in text mode)")
            self.line_num += 1
            i = 0
            n = len(line)
            while i < n:
                c = line[i]
                if state == 'start':
                    if c in '\r\n':
                        if c == '\r' and i + 1 < n and line[i + 1] == '\n':
                            i += 1
                        if not fields and not field:
                            i += 1
                            state = 'line_empty'
                            break
                        fields.append(self._value(''.join(field), quoted_field))
                        return self._finish(fields, line, i + 1)
                    quoted_field = False
                    if c == d.quotechar and d.quoting != QUOTE_NONE:
                        state = 'quoted'
                        quoted_field = True
                    elif c == d.escapechar:
                        state = 'escape'
                    elif c == ' ' and d.skipinitialspace:
                        pass
                    elif c == d.delimiter:
                        fields.append(self._value('', False))
                    else:
                        field.append(c)
                        state = 'field'
                elif state == 'field':
                    if c in '\r\n':
                        fields.append(self._value(''.join(field), quoted_field))
                        return fields
                    if c == d.escapechar:
                        state = 'escape'
                    elif c == d.delimiter:
                        fields.append(self._value(''.join(field), quoted_field))
                        field = []
                        state = 'start'
                    else:
                        field.append(c)
                elif state == 'escape':
                    field.append(c)
                    state = 'field'
                elif state == 'quoted':
                    if c == d.escapechar:
                        state = 'escape_quoted'
                    elif c == d.quotechar:
                        state = 'quote_in_quoted' if d.doublequote else 'field'
                    else:
                        field.append(c)
                elif state == 'escape_quoted':
                    field.append(c)
                    state = 'quoted'
                elif state == 'quote_in_quoted':
                    if c == d.quotechar:
                        field.append(c)
                        state = 'quoted'
                    elif c == d.delimiter:
                        fields.append(self._value(''.join(field), quoted_field))
                        field = []
                        state = 'start'
                    elif c in '\r\n':
                        fields.append(self._value(''.join(field), quoted_field))
                        return fields
                    elif d.strict:
                        raise Error(f"'{d.delimiter}' expected after '{d.quotechar}'")
                    else:
                        field.append(c)
                        state = 'field'
                i += 1
            if state == 'line_empty':
                return []
            if state in ('field', 'quote_in_quoted', 'escape'):
                fields.append(self._value(''.join(field), quoted_field))
                return fields
            if state == 'start':
                if fields or field:
                    fields.append(self._value(''.join(field), quoted_field))
                    return fields
                return []
            # inside quotes: the field goes on over the next line

    def _finish(self, fields, line, i):
        return fields

    def _value(self, text, quoted):
        if len(text) > _field_limit:
            raise Error(f"field larger than field limit ({_field_limit})")
        if self.dialect.quoting == QUOTE_NONNUMERIC and not quoted and text:
            return float(text)
        return text


def reader(csvfile, dialect='excel', **fmtparams):
    """The rows of csvfile (an iterable of lines), each a list of strings."""
    return _Reader(csvfile, dialect, **fmtparams)


# ---- writing --------------------------------------------------------------------------

class _Writer:
    def __init__(self, f, dialect='excel', **fmtparams):
        if not hasattr(f, 'write'):
            raise TypeError('argument 1 must have a "write" method')
        self._file = f
        self.dialect = _Params(dialect, **fmtparams)

    def _field(self, value, only_field):
        d = self.dialect
        if value is None:
            text = ''
        elif isinstance(value, float):
            text = repr(value)
        else:
            text = str(value)
        if d.quoting == QUOTE_NONE:
            quote = False
        elif d.quoting == QUOTE_ALL:
            quote = True
        elif d.quoting == QUOTE_NONNUMERIC:
            quote = not isinstance(value, (int, float)) or isinstance(value, bool) and False
            if value is None:
                quote = True
        else:
            quote = (text == '' and only_field) or any(
                c in text for c in (d.delimiter, d.quotechar or '', '\r', '\n')
                if c) or (text[:1] == ' ' and d.skipinitialspace)
        out = []
        for c in text:
            if c == d.quotechar and d.quotechar:
                if d.doublequote and quote:
                    out.append(c + c)
                    continue
                if d.escapechar:
                    out.append(d.escapechar + c)
                    continue
                if d.quoting == QUOTE_NONE or not d.doublequote:
                    raise Error('need to escape, but no escapechar set')
            if d.quoting == QUOTE_NONE and (c == d.delimiter or c in '\r\n'):
                if not d.escapechar:
                    raise Error('need to escape, but no escapechar set')
                out.append(d.escapechar + c)
                continue
            if c == d.escapechar and d.escapechar:
                out.append(c + c)
                continue
            out.append(c)
        text = ''.join(out)
        if quote:
            text = d.quotechar + text + d.quotechar
        return text

    def writerow(self, row):
        """Writes one row (an iterable of values); returns what write() returned."""
        try:
            values = list(row)
        except TypeError:
            raise Error(f"iterable expected, not {type(row).__name__}") from None
        line = self.dialect.delimiter.join(self._field(v, len(values) == 1) for v in values)
        return self._file.write(line + self.dialect.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect='excel', **fmtparams):
    """Writes rows to csvfile (anything with write())."""
    return _Writer(csvfile, dialect, **fmtparams)


# ---- rows as dicts --------------------------------------------------------------------

class DictReader:
    """Rows as dicts, by the field names (the first row unless given)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel",
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    """Writes dicts as rows, in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel",
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: " +
                                 ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


class Sniffer:
    """Guesses a dialect from a sample (the delimiter among , ; tab | :)."""

    def sniff(self, sample, delimiters=None):
        candidates = delimiters or ',;\t|:'
        lines = [line for line in sample.splitlines() if line]
        best = None
        for c in candidates:
            counts = [line.count(c) for line in lines]
            if counts and counts[0] and all(n == counts[0] for n in counts):
                best = c
                break
        if best is None:
            raise Error("Could not determine delimiter")

        class sniffed(Dialect):
            delimiter = best
            quotechar = '"'
            doublequote = True
            skipinitialspace = False
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL
        return sniffed

    def has_header(self, sample):
        rows = list(reader(sample.splitlines(), self.sniff(sample)))
        if len(rows) < 2:
            return False
        header, data = rows[0], rows[1:]

        def numeric(s):
            try:
                float(s)
                return True
            except ValueError:
                return False
        return any(not numeric(h) and all(numeric(r[i]) for r in data if i < len(r))
                   for i, h in enumerate(header))


from _pyedu import set_type_name as _set_type_name
_set_type_name(_Reader, '_csv.reader')
_set_type_name(_Writer, '_csv.writer')
del _set_type_name
