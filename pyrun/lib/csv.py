"""Reading and writing comma-separated values, as CPython's csv module:
reader and writer (the reader is _csv's state machine, character by
character, with a shortcut for plain lines), DictReader and DictWriter,
the dialect registry, and Sniffer, which guesses a dialect by CPython's
heuristics.

A dialect says how fields are separated (delimiter), quoted (quotechar,
doublequote, escapechar, quoting) and rows ended (lineterminator, for
writing; any line end ends a row when reading)."""

import re as _re

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect",
           "excel", "excel_tab", "unix_dialect", "reader", "writer", "register_dialect",
           "get_dialect", "list_dialects", "unregister_dialect", "field_size_limit",
           "DictReader", "DictWriter", "Sniffer"]

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = 0, 1, 2, 3
__version__ = "1.0"
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
            if self._state == _RECORD_START:
                row = self._plain_row(line)
                if row is not None:
                    return row
            for char in line:
                self._feed(char)
            self._feed(_END_OF_LINE)
            if self._state == _RECORD_START:
                return self._row

    def _plain_row(self, line):
        """The row of a line that needs no state machine (no quote or
        escape character, no line break inside, no spaces to skip), by
        splitting it at the delimiters; None for any other line."""
        d = self.dialect
        body = line
        if body.endswith('\r\n'):
            body = body[:-2]
        elif body.endswith(('\n', '\r')):
            body = body[:-1]
        if '\n' in body or '\r' in body:
            return None
        if (d.quotechar is not None and d.quotechar in body) or \
                (d.escapechar is not None and d.escapechar in body) or \
                (d.skipinitialspace and ' ' in body):
            return None
        if not body:
            return []
        fields = body.split(d.delimiter)
        if any(len(field) > _field_limit for field in fields):
            return None
        if d.quoting == QUOTE_NONNUMERIC:
            fields = [float(field) if field else field for field in fields]
        return fields

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
                # (after an escaped line end the state stays as it is, so
                # the end of the next line does not end the row: CPython's)
                self._add(char)
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



# ---- guessing the dialect ------------------------------------------------

# Clues to the quote character and the delimiter: a quoted field ("...",
# '...'), with what stands before or after it.  A delimiter is anything but
# a word character, a newline or a quote; it may be followed by a space.
_DELIMITER = r'(?P<delim>[^\w\n"\'])(?P<space> ?)'
_QUOTED = r'(?P<quote>["\']).*?(?P=quote)'
_LINE_START, _LINE_END = r'(?:^|\n)', r'(?:$|\n)'
_QUOTED_FIELD_CLUES = [
    _re.compile(pattern, _re.DOTALL | _re.MULTILINE) for pattern in (
        _DELIMITER + _QUOTED + '(?P=delim)',    # ,"...",
        _LINE_START + _QUOTED + _DELIMITER,     # "...",  at a line start
        _DELIMITER + _QUOTED + _LINE_END,       # ,"..."  at a line end
        _LINE_START + _QUOTED + _LINE_END,      # "..."   a whole line
    )]


def _most_common(counts):
    # The key counted most (the first seen of those).
    return max(counts, key=counts.get)


def _clues_from_quotes(sample, delimiters):
    """(quotechar, doublequote, delimiter, skipinitialspace) as quoted
    fields show them; ('', False, None, 0) if there are none.  The clues of
    the first pattern that matches at all are counted."""
    for pattern in _QUOTED_FIELD_CLUES:
        found = list(pattern.finditer(sample))
        if found:
            break
    else:
        return '', False, None, 0
    quotes = {}
    delims = {}
    spaced = 0
    names = pattern.groupindex
    for match in found:
        quote = match['quote']
        if quote:
            quotes[quote] = quotes.get(quote, 0) + 1
        if 'delim' not in names:
            continue
        delim = match['delim']
        if delim and (delimiters is None or delim in delimiters):
            delims[delim] = delims.get(delim, 0) + 1
        if match['space']:
            spaced += 1
    quotechar = _most_common(quotes)
    if delims:
        delim = _most_common(delims)
        skipinitialspace = delims[delim] == spaced
        if delim == '\n':
            delim = ''          # a single column, most likely
    else:
        delim = ''              # a single column of quoted fields
        skipinitialspace = 0
    # A quote between two quotes inside one field means doubled quotes.
    doubled = _re.compile(
        r'(({d})|^)\W*{q}[^{d}\n]*{q}[^{d}\n]*{q}\W*(({d})|$)'.format(
            d=_re.escape(delim), q=quotechar), _re.MULTILINE)
    return quotechar, bool(doubled.search(sample)), delim, skipinitialspace


def _skips_space(line, delim):
    # Whether every delimiter on the line is followed by a space.
    return line.count(delim) == line.count(delim + ' ')


def _frequency_modes(frequencies, modes):
    """For each character: how many times it is on most lines, and on how
    many lines more than not (its mode, as (count, lines))."""
    for char, lines_by_count in frequencies.items():
        counts = list(lines_by_count.items())
        if len(counts) == 1 and counts[0][0] == 0:
            continue                # never there
        mode = max(counts, key=lambda item: item[1])
        others = sum(lines for count, lines in counts) - mode[1]
        modes[char] = (mode[0], mode[1] - others)


def _sniffed(delimiter_found, quotechar_found, doublequote_found,
             skipinitialspace_found):
    """The dialect class Sniffer.sniff() returns."""
    class dialect(Dialect):
        _name = "sniffed"
        delimiter = delimiter_found
        quotechar = quotechar_found     # never '' (_csv refuses it)
        doublequote = doublequote_found
        skipinitialspace = skipinitialspace_found
        lineterminator = '\r\n'
        quoting = QUOTE_MINIMAL
    dialect.__qualname__ = 'Sniffer.sniff.<locals>.dialect'
    return dialect


class Sniffer:
    """Guesses the dialect of a sample of CSV (sniff) and whether its
    first row is a header (has_header), by CPython's heuristics."""

    def __init__(self):
        # The delimiters to prefer when the sample does not choose.
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        """A Dialect subclass for sample; delimiters: the characters the
        delimiter may be (any by default)."""
        quotechar, doublequote, delimiter, skipinitialspace = \
            _clues_from_quotes(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample,
                                                                delimiters)
            if not delimiter:
                raise Error("Could not determine delimiter")
        return _sniffed(delimiter, quotechar or '"', doublequote,
                        skipinitialspace)

    def _guess_delimiter(self, sample, delimiters):
        """(delimiter, skipinitialspace) from how often each ASCII
        character is on each line: a delimiter is on (nearly) every line
        the same number of times.  Lines are read ten at a time until one
        character stands out; ('', 0) if none does."""
        lines = [line for line in sample.split('\n') if line]
        chunk = min(10, len(lines))
        frequencies = {}            # char -> {count on a line: lines}
        modes = {}
        candidates = {}
        done = 0
        while done < len(lines):
            for line in lines[done:done + chunk]:
                for code in range(127):
                    char = chr(code)
                    by_count = frequencies.setdefault(char, {})
                    count = line.count(char)
                    by_count[count] = by_count.get(count, 0) + 1
            done += chunk
            _frequency_modes(frequencies, modes)
            lines_seen = float(min(done, len(lines)))
            # Ask for a mode on all the lines, then on 99%, ... down to
            # 90%, until some character has one.
            consistency = 1.0
            while not candidates and consistency >= 0.9:
                for char, (count, lines_with) in modes.items():
                    if count > 0 and lines_with > 0 and \
                            lines_with / lines_seen >= consistency and \
                            (delimiters is None or char in delimiters):
                        candidates[char] = (count, lines_with)
                consistency -= 0.01
            if len(candidates) == 1:
                delim = next(iter(candidates))
                return delim, _skips_space(lines[0], delim)
        if not candidates:
            return '', 0
        for delim in self.preferred:
            if delim in candidates:
                return delim, _skips_space(lines[0], delim)
        delim = max((mode, char) for char, mode in candidates.items())[1]
        return delim, _skips_space(lines[0], delim)

    def has_header(self, sample):
        """Whether the first row of sample looks like a header: for the
        columns whose values (in the next 20 rows) are all numbers, or all
        of one length, the first row votes header if it differs."""
        import io
        rows = reader(io.StringIO(sample), self.sniff(sample))
        header = next(rows)
        kinds = dict.fromkeys(range(len(header)))
        for checked, row in enumerate(rows):
            if checked > 20:
                break
            if len(row) != len(header):
                continue            # an irregular row says nothing
            for column in list(kinds):
                try:
                    complex(row[column])
                    kind = complex
                except (ValueError, OverflowError):
                    kind = len(row[column])
                if kinds[column] is None:
                    kinds[column] = kind
                elif kinds[column] != kind:
                    del kinds[column]   # no single kind: no vote
        votes = 0
        for column, kind in kinds.items():
            if isinstance(kind, int):
                differs = len(header[column]) != kind
            else:
                try:
                    kind(header[column])
                    differs = False
                except (ValueError, TypeError):
                    differs = True
            votes += 1 if differs else -1
        return votes > 0


from _pyedu import set_type_name as _set_type_name

# The reader, the writer and the checked dialect stand for the types of
# CPython's _csv module: they carry those names, in reprs and in messages.
for _kind, _name in ((_Reader, 'reader'), (_Writer, 'writer'),
                     (_Params, 'Dialect')):
    _kind.__module__ = '_csv'
    _kind.__qualname__ = _name
    _set_type_name(_kind, '_csv.' + _name)
del _kind, _name, _set_type_name
