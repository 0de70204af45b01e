"""Reading and writing comma-separated values, as CPython's csv module.

A dialect says how fields are separated (delimiter), quoted (quotechar,
doublequote, escapechar, quoting) and rows ended (lineterminator, for
writing; any line end ends a row when reading)."""

import re as _re

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect",
           "excel", "excel_tab", "unix_dialect", "reader", "writer", "register_dialect",
           "get_dialect", "list_dialects", "unregister_dialect", "field_size_limit",
           "DictReader", "DictWriter"]

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = 0, 1, 2, 3
_field_limit = 128 * 1024


class Error(Exception):
    __module__ = '_csv'


class Dialect:
    """The formatting parameters of a kind of CSV: subclass it and set the
    attributes (those left None take the defaults of excel's, but
    quotechar)."""
    _name = ""
    _valid = False
    delimiter = quotechar = escapechar = None
    doublequote = skipinitialspace = lineterminator = quoting = None

    def __init__(self):
        # An instance of a subclass is a checked, complete dialect.
        if type(self) is not Dialect:
            self._valid = True
        try:
            _Params(self)
        except TypeError as error:
            raise Error(str(error))


def _dialect(name, base, delimiter=',', lineterminator='\r\n',
             quoting=QUOTE_MINIMAL):
    """One of the predefined dialects: a subclass of base, double quotes
    doubled inside quoted fields, no space skipping."""
    return type(name, (base,), {
        '__module__': __name__, '__qualname__': name,
        'delimiter': delimiter, 'quotechar': '"', 'doublequote': True,
        'skipinitialspace': False, 'lineterminator': lineterminator,
        'quoting': quoting,
        '__doc__': 'The %s dialect of CSV.' % name,
    })


excel = _dialect('excel', Dialect)
excel_tab = _dialect('excel_tab', excel, delimiter='\t')
unix_dialect = _dialect('unix_dialect', Dialect, lineterminator='\n',
                        quoting=QUOTE_ALL)


# The registered dialects, by name (checked _Params objects).
_dialects = {}


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _Params(dialect, **fmtparams)


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


_NOT_GIVEN = object()


def _one_character(name, value, default, may_be_none):
    if value is _NOT_GIVEN:
        return default
    if value is None and may_be_none:
        return None
    if not isinstance(value, str):
        raise TypeError('"%s" must be string, not %s'
                        % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


def _flag(value, default):
    return default if value is _NOT_GIVEN else bool(value)


class _Params:
    """A dialect checked and completed: the parameters of a base dialect
    (a name, a class or an instance) overridden by keyword arguments."""

    def __init__(self, dialect=None, **overrides):
        # Without a base dialect (None), what is not overridden takes the
        # defaults, which are excel's.
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)

        def given(name):
            if name in overrides:
                return overrides.pop(name)
            return getattr(dialect, name, _NOT_GIVEN)

        self.delimiter = _one_character('delimiter', given('delimiter'),
                                        ',', False)
        self.doublequote = _flag(given('doublequote'), True)
        self.escapechar = _one_character('escapechar', given('escapechar'),
                                         None, True)
        terminator = given('lineterminator')
        if terminator is _NOT_GIVEN:
            terminator = '\r\n'
        elif terminator is not None and not isinstance(terminator, str):
            raise TypeError('"lineterminator" must be a string')
        self.lineterminator = terminator
        quotechar = given('quotechar')
        self.quotechar = _one_character('quotechar', quotechar, '"', True)
        quoting = given('quoting')
        if quoting is _NOT_GIVEN:
            # Quoting is off when there is no quote character.
            quoting = QUOTE_NONE if quotechar is None else QUOTE_MINIMAL
        elif not isinstance(quoting, int):
            raise TypeError('"quoting" must be an integer')
        self.quoting = quoting
        self.skipinitialspace = _flag(given('skipinitialspace'), False)
        self.strict = _flag(given('strict'), False)
        if overrides:
            raise TypeError("'%s' is an invalid keyword argument for this "
                            "function" % next(iter(overrides)))
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC,
                           QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        if quoting != QUOTE_NONE and self.quotechar is None:
            raise TypeError('quotechar must be set if quoting enabled')
        if terminator is None:
            raise TypeError('lineterminator must be set')


for _name, _kind in (("excel", excel), ("excel-tab", excel_tab),
                     ("unix", unix_dialect)):
    _dialects[_name] = _Params(_kind)
del _name, _kind


# ---- reading --------------------------------------------------------------------------

# The states of the reader, between two characters.
_RECORD_START = 'record start'           # nothing of the row read yet
_FIELD_START = 'field start'             # after a delimiter
_UNQUOTED = 'unquoted'                   # inside a field without quotes
_ESCAPED = 'escaped'                     # after the escapechar, unquoted
_AFTER_ESCAPED_LINE_END = 'after escaped line end'
_QUOTED = 'quoted'                       # inside a quoted field
_ESCAPED_IN_QUOTES = 'escaped in quotes'
_QUOTE_IN_QUOTES = 'quote in quotes'     # a quote seen inside quotes
_LINE_END = 'line end'                   # after the \r or \n ending a row

# Marks the end of each line handed to the reader, after its characters.
_END_OF_LINE = None


class _Reader:
    """The reader state machine: characters are fed one at a time; a row
    is done when the end of a line leaves it between records."""

    def __init__(self, f, dialect=None, **fmtparams):
        self._lines = iter(f)
        self.dialect = _Params(dialect, **fmtparams)
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        self._row = []
        self._field = []
        self._numeric = False
        self._state = _RECORD_START
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if self._field or self._state == _QUOTED:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._end_field()
                    return self._row
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s (the "
                            "file should be opened in text mode)"
                            % type(line).__name__)
            self.line_num += 1
            for char in line:
                self._feed(char)
            self._feed(_END_OF_LINE)
            if self._state == _RECORD_START:
                return self._row

    def _add(self, char):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(char)

    def _end_field(self):
        text = ''.join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            self._row.append(float(text))
        else:
            self._row.append(text)

    def _end_field_at(self, char):
        # A line end (or the end of the line) ends the field and the row.
        self._end_field()
        self._state = _RECORD_START if char is _END_OF_LINE else _LINE_END

    def _feed(self, char):
        d = self.dialect
        state = self._state
        at_line_end = char is _END_OF_LINE or char in '\r\n'
        if state == _RECORD_START:
            if char is _END_OF_LINE:
                return
            if at_line_end:
                self._state = _LINE_END
                return
            state = _FIELD_START
        if state == _FIELD_START:
            if at_line_end:
                self._end_field_at(char)
            elif char == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTED
            elif char == d.escapechar:
                self._state = _ESCAPED
            elif char == ' ' and d.skipinitialspace:
                self._state = _FIELD_START
            elif char == d.delimiter:
                self._end_field()
                self._state = _FIELD_START
            else:
                self._numeric = d.quoting == QUOTE_NONNUMERIC
                self._add(char)
                self._state = _UNQUOTED
        elif state == _ESCAPED:
            if char is not _END_OF_LINE and char in '\r\n':
                self._add(char)
                self._state = _AFTER_ESCAPED_LINE_END
            else:
                self._add('\n' if char is _END_OF_LINE else char)
                self._state = _UNQUOTED
        elif state in (_UNQUOTED, _AFTER_ESCAPED_LINE_END):
            if state == _AFTER_ESCAPED_LINE_END and char is _END_OF_LINE:
                return
            if at_line_end:
                self._end_field_at(char)
            elif char == d.escapechar:
                self._state = _ESCAPED
            elif char == d.delimiter:
                self._end_field()
                self._state = _FIELD_START
            else:
                self._add(char)
                self._state = _UNQUOTED
        elif state == _QUOTED:
            if char is _END_OF_LINE:
                pass
            elif char == d.escapechar:
                self._state = _ESCAPED_IN_QUOTES
            elif char == d.quotechar:
                self._state = _QUOTE_IN_QUOTES if d.doublequote else _UNQUOTED
            else:
                self._add(char)
        elif state == _ESCAPED_IN_QUOTES:
            self._add('\n' if char is _END_OF_LINE else char)
            self._state = _QUOTED
        elif state == _QUOTE_IN_QUOTES:
            if d.quoting != QUOTE_NONE and char == d.quotechar:
                self._add(char)
                self._state = _QUOTED
            elif char == d.delimiter:
                self._end_field()
                self._state = _FIELD_START
            elif at_line_end:
                self._end_field_at(char)
            elif not d.strict:
                self._add(char)
                self._state = _UNQUOTED
            else:
                raise Error("'%s' expected after '%s'"
                            % (d.delimiter, d.quotechar))
        elif state == _LINE_END:
            if char is _END_OF_LINE:
                self._state = _RECORD_START
            elif char not in '\r\n':
                raise Error("new-line character seen in unquoted field - do "
                            "you need to open the file in universal-newline "
                            "mode?")


def reader(csvfile, dialect=None, **fmtparams):
    """The rows of csvfile (an iterable of lines), each a list of strings."""
    return _Reader(csvfile, dialect, **fmtparams)


# ---- writing --------------------------------------------------------------------------

def _is_number(value):
    # What CPython's QUOTE_NONNUMERIC counts as a number: anything that
    # converts to int or float, and complex numbers.
    kind = type(value)
    return (hasattr(kind, '__index__') or hasattr(kind, '__int__')
            or hasattr(kind, '__float__') or isinstance(value, complex))


class _Writer:
    def __init__(self, f, dialect=None, **fmtparams):
        write = getattr(f, 'write', None)
        if write is None or not callable(write):
            raise TypeError('argument 1 must have a "write" method')
        self._write = write
        self.dialect = _Params(dialect, **fmtparams)

    def _field(self, value):
        """The text of one field, escaped and quoted as the dialect says."""
        d = self.dialect
        if d.quoting == QUOTE_ALL:
            quote = True
        elif d.quoting == QUOTE_NONNUMERIC:
            quote = not _is_number(value)
        else:
            quote = False
        text = '' if value is None else str(value)
        special = {d.delimiter, d.escapechar, d.quotechar}
        special.update(d.lineterminator)
        pieces = []
        for char in text:
            if char in special and char is not None:
                escape = d.quoting == QUOTE_NONE
                if not escape:
                    if char == d.quotechar:
                        if d.doublequote:
                            pieces.append(char)
                        else:
                            escape = True
                    elif char == d.escapechar:
                        escape = True
                    if not escape:
                        quote = True
                if escape:
                    if d.escapechar is None:
                        raise Error('need to escape, but no escapechar set')
                    pieces.append(d.escapechar)
            pieces.append(char)
        text = ''.join(pieces)
        return d.quotechar + text + d.quotechar if quote else text

    def writerow(self, row):
        """Writes one row (an iterable of values); returns what write()
        returned."""
        try:
            values = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s"
                        % type(row).__name__) from None
        fields = [self._field(value) for value in values]
        d = self.dialect
        if fields == ['']:
            # A lone empty field would read back as an empty row.
            if d.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            fields = [d.quotechar * 2]
        return self._write(d.delimiter.join(fields) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect=None, **fmtparams):
    """Writes rows to csvfile (anything with write())."""
    return _Writer(csvfile, dialect, **fmtparams)


# ---- rows as dicts --------------------------------------------------------------------

class DictReader:
    """Reads rows as dicts keyed by field names: those given, else the
    first row.  Fields beyond the names go in a list under restkey; names
    beyond the fields get restval.  Empty rows are skipped."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.restkey, self.restval = restkey, restval
        self._fieldnames = fieldnames
        self.line_num = 0

    def __iter__(self):
        return self

    def _get_fieldnames(self):
        if self._fieldnames is None:
            # The header row (None for an empty file).
            self._fieldnames = next(self.reader, None)
        self.line_num = self.reader.line_num
        return self._fieldnames

    def _set_fieldnames(self, names):
        self._fieldnames = names

    fieldnames = property(_get_fieldnames, _set_fieldnames,
                          doc="The field names (read from the first row "
                              "when not given).")

    def __next__(self):
        if not self.line_num:
            self._get_fieldnames()
        row = next(self.reader)
        # line_num stays that of the first row read, even when empty rows
        # are skipped after it (as in CPython).
        self.line_num = self.reader.line_num
        while not row:
            row = next(self.reader)
        return self._record(row)

    def _record(self, row):
        names = self.fieldnames
        record = dict(zip(names, row))
        if len(row) > len(names):
            record[self.restkey] = row[len(names):]
        for name in names[len(row):]:
            record[name] = self.restval
        return record

    __class_getitem__ = classmethod(type(list[int]))


class DictWriter:
    """Writes dicts as rows, the values in the order of fieldnames (restval
    for those missing).  A key not in fieldnames is a ValueError, unless
    extrasaction is 'ignore'."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % extrasaction)
        self.writer = writer(f, dialect, *args, **kwds)
        self.fieldnames, self.restval = fieldnames, restval
        self.extrasaction = extrasaction

    def writeheader(self):
        """Writes the field names as a row."""
        return self.writerow({name: name for name in self.fieldnames})

    def _values(self, record):
        if self.extrasaction == "raise":
            unknown = record.keys() - self.fieldnames
            if unknown:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join(map(repr, unknown)))
        return [record.get(name, self.restval) for name in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._values(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(self._values(record)
                                     for record in rowdicts)

    __class_getitem__ = classmethod(type(list[int]))


from _pyedu import set_type_name as _set_type_name

# The reader, the writer and the checked dialect stand for the types of
# CPython's _csv module: they carry those names, in reprs and in messages.
for _kind, _name in ((_Reader, 'reader'), (_Writer, 'writer'),
                     (_Params, 'Dialect')):
    _kind.__module__ = '_csv'
    _kind.__qualname__ = _name
    _set_type_name(_kind, '_csv.' + _name)
del _kind, _name, _set_type_name
