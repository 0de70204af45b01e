"""Streams, as CPython's io module: the in-memory streams StringIO and
BytesIO, TextIOWrapper (text over a binary stream), the abstract classes
IOBase, RawIOBase, BufferedIOBase and TextIOBase (to subclass, and to test
what a stream is), and open() (the built-in one).  Not provided:
BufferedReader and the other buffered wrappers, FileIO, open_code,
TextIOWrapper.reconfigure().

The file objects of open() are one C type for text and binary files here
(CPython has several); the abstract classes tell them apart by their mode.
"""

import abc
import sys
import builtins as _builtins

__all__ = ['BlockingIOError', 'open', 'IOBase', 'RawIOBase', 'BufferedIOBase',
           'TextIOBase', 'StringIO', 'BytesIO', 'TextIOWrapper', 'UnsupportedOperation',
           'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192
open = _builtins.open
BlockingIOError = _builtins.BlockingIOError


class UnsupportedOperation(OSError, ValueError):
    """Raised by a stream asked to do what it cannot (read a write-only
    stream, give the file descriptor of an in-memory one, ...)."""


_FILE_TYPE = type(sys.__stdout__)

_CLOSED = 'I/O operation on closed file.'


# ---- the abstract classes ------------------------------------------------------------------

def _not_supported(operation):
    """The method of a stream for what it cannot do: it raises UnsupportedOperation."""
    def method(self, *args):
        raise UnsupportedOperation(operation)
    method.__name__ = operation
    return method


class _StreamClass(abc.ABCMeta):
    """The metaclass of the abstract stream classes.  A file object of
    open() is an IOBase; it is a TextIOBase or a BufferedIOBase according
    to its mode."""

    def __instancecheck__(cls, obj):
        if type(obj) is _FILE_TYPE:
            return cls._takes_file(getattr(obj, 'mode', 'r'))
        return super().__instancecheck__(obj)


class IOBase(metaclass=_StreamClass):
    """The base of all streams.  Its methods are those every stream has;
    the ones a stream cannot do raise UnsupportedOperation."""

    @staticmethod
    def _takes_file(mode):
        return True

    # -- being open or closed

    __closed = False

    @property
    def closed(self):
        return self.__closed

    def close(self):
        """Flushes and closes the stream (closing twice does nothing)."""
        if not self.closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    def _checkClosed(self, message=None):
        if self.closed:
            raise ValueError(_CLOSED if message is None else message)

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *exc_info):
        self.close()

    # -- what a stream can do

    fileno = _not_supported('fileno')
    seek = _not_supported('seek')
    truncate = _not_supported('truncate')

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._checkClosed()
        return False

    def tell(self):
        return self.seek(0, SEEK_CUR)

    def flush(self):
        self._checkClosed()

    def writelines(self, lines):
        """Writes each string (or bytes) of lines: no newline is added."""
        self._checkClosed()
        for piece in lines:
            self.write(piece)

    # -- lines, made of read() when a stream has no better way

    def readline(self, size=-1):
        """Reads up to and including a newline (or size characters or bytes)."""
        pieces = []
        count = 0
        while size is None or size < 0 or count < size:
            piece = self.read(1)
            if not piece:
                break
            pieces.append(piece)
            count += 1
            if piece in (b'\n', '\n'):
                break
        return (b'' if not pieces or isinstance(pieces[0], bytes) else '').join(pieces)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def readlines(self, hint=None):
        """The remaining lines, as a list; with a positive hint, no more
        lines once their total length exceeds it."""
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        left = hint
        for line in self:
            lines.append(line)
            left -= len(line)
            if left < 0:
                break
        return lines


IOBase.register(_FILE_TYPE)


class RawIOBase(IOBase):
    """A stream of bytes without a buffer: subclasses define readinto()
    (and write()); read() and readall() are made of readinto()."""

    @staticmethod
    def _takes_file(mode):
        return False

    def read(self, size=-1):
        if size is None or size < 0:
            return self.readall()
        buffer = bytearray(size)
        count = self.readinto(buffer)
        return None if count is None else bytes(buffer[:count])

    def readall(self):
        chunks = []
        while True:
            chunk = self.read(DEFAULT_BUFFER_SIZE)
            if not chunk:
                break
            chunks.append(chunk)
        return b''.join(chunks)

    def readinto(self, buffer):
        raise NotImplementedError

    def write(self, data):
        raise NotImplementedError


class BufferedIOBase(IOBase):
    """A stream of bytes with a buffer (BytesIO, a file opened in binary mode)."""

    @staticmethod
    def _takes_file(mode):
        return 'b' in mode

    read = _not_supported('read')
    read1 = _not_supported('read1')
    write = _not_supported('write')
    detach = _not_supported('detach')

    def readinto(self, buffer):
        return self._read_into(buffer, self.read)

    def readinto1(self, buffer):
        return self._read_into(buffer, self.read1)

    @staticmethod
    def _read_into(buffer, read):
        view = memoryview(buffer).cast('B')
        data = read(len(view))
        view[:len(data)] = data
        return len(data)


class TextIOBase(IOBase):
    """A stream of text (StringIO, a file opened in text mode)."""

    @staticmethod
    def _takes_file(mode):
        return 'b' not in mode

    read = _not_supported('read')
    readline = _not_supported('readline')
    write = _not_supported('write')
    detach = _not_supported('detach')

    encoding = None
    errors = None
    newlines = None


# ---- positions ------------------------------------------------------------------------------

def _size_argument(size):
    """The size argument of read() and readline(): None and negatives mean all."""
    if size is None:
        return -1
    if type(size) is int:
        return size
    try:
        return size.__index__()
    except AttributeError:
        raise TypeError('argument should be integer or None, not %r'
                        % type(size).__name__) from None


def _integer(value):
    try:
        return value.__index__()
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None


# ---- newlines, for StringIO and TextIOWrapper -------------------------------------------------
#
# newline=None: '\r\n' and '\r' are read as '\n'; '': lines end at any of
# '\r', '\n', '\r\n', kept as they are; '\n', '\r', '\r\n': lines end at that
# one, and a '\n' written becomes it.  With None and '', the kinds met are
# reported by the newlines attribute.

_NEWLINE_KINDS = ('\r', '\n', '\r\n')


def _newline_kinds_in(text):
    kinds = set()
    if '\r\n' in text:
        kinds.add('\r\n')
        text = text.replace('\r\n', '')
    kinds.update(kind for kind in ('\r', '\n') if kind in text)
    return kinds


def _newlines_attribute(seen):
    """None, the one kind of newline seen, or a tuple of them."""
    if not seen:
        return None
    kinds = tuple(kind for kind in _NEWLINE_KINDS if kind in seen)
    return kinds[0] if len(kinds) == 1 else kinds


def _as_newlines(text):
    return text.replace('\r\n', '\n').replace('\r', '\n')


# ---- reading in order ---------------------------------------------------------------------
#
# A str that is not all ASCII is indexed here by walking it from its start
# (it is kept as UTF-8), so a stream that found each line by its position
# in one long text would take time in the square of the text's length.
# The text a stream reads is therefore cut into its lines once, and read
# from that list.

def _split_lines(text, newline):
    """text cut after each of its newlines (as the newline setting reads them)."""
    if newline == '':
        lines, line_start = [], ''
        for piece in text.splitlines(True):
            if piece.endswith(('\n', '\r')):
                lines.append(line_start + piece)
                line_start = ''
            else:
                line_start += piece     # (splitlines also cuts at '\v', '\x1c', ...)
        if line_start:
            lines.append(line_start)
        return lines
    separator = newline or '\n'
    parts = text.split(separator)
    lines = [part + separator for part in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines


class _Lines:
    """The lines of a text, read in order.  With translate, a line that
    ends with '\r\n' or '\r' is given ending with '\n' (consumed counts the
    characters of the text itself)."""

    def __init__(self, text, newline, translate=False):
        self._lines = _split_lines(text, newline)
        self._newline = newline
        self._next = 0
        self._translate = translate
        self.consumed = 0

    def _given(self, line):
        if self._translate and line.endswith('\r'):
            return line[:-1] + '\n'
        if self._translate and line.endswith('\r\n'):
            return line[:-2] + '\n'
        return line

    def peek(self):
        """The next line (None at the end)."""
        return self._given(self._lines[self._next]) if self._next < len(self._lines) else None

    def at_last(self):
        return self._next >= len(self._lines) - 1

    def readline(self, size=-1):
        """The next line, or its first size characters."""
        if self._next >= len(self._lines):
            return ''
        line = self._lines[self._next]
        given = self._given(line)
        if 0 <= size < len(given):
            # (cut before its newline, which is all that translation changes)
            rest = line[size:]
            self._lines[self._next] = rest
            if rest == '\n' and self._newline == '\r\n' and self._next + 1 < len(self._lines):
                # a '\n' cut from its '\r' ends no line: it starts the next one
                self._next += 1
                self._lines[self._next] = rest + self._lines[self._next]
            self.consumed += size
            return given[:size]
        self._next += 1
        self.consumed += len(line)
        return given

    def read(self, size):
        """The next size characters (all that are left when size < 0)."""
        if size < 0:
            rest = ''.join(self._given(line) for line in self._lines[self._next:])
            self.consumed += sum(len(line) for line in self._lines[self._next:])
            self._next = len(self._lines)
            return rest
        pieces = []
        while size > 0 and self._next < len(self._lines):
            piece = self.readline(size)
            pieces.append(piece)
            size -= len(piece)
        return ''.join(pieces)


# ---- StringIO -------------------------------------------------------------------------------


class _InMemory:
    """What StringIO and BytesIO share: they are open until closed, can
    read, write and seek, and have a position."""
    _closed = False
    _closed_message = _CLOSED

    def _check_open(self):
        if self._closed:
            raise ValueError(self._closed_message)

    @property
    def closed(self):
        return self._closed

    def tell(self):
        self._check_open()
        return self._position

    def _can(self):
        self._check_open()
        return True

    readable = writable = seekable = _can

    def __getstate__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' object")


class StringIO(_InMemory, TextIOBase):
    """A text stream in memory.  newline works as for files: None
    translates '\\r\\n' and '\\r' to '\\n' as text is written, '' keeps them
    but ends lines at any of the three, '\\r' and '\\r\\n' replace the
    '\\n' written, '\\n' (the default) leaves text alone."""
    __module__ = '_io'        # (CPython's are C types of _io)
    _closed_message = _CLOSED[:-1]      # (StringIO's has no full stop)

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError('newline must be str or None, not %s' % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s'
                            % type(initial_value).__name__)
        self._newline = newline
        self._seen_newlines = set() if newline in (None, '') else None
        # the text is self._text followed by the pieces written at its end
        # since (joined when something needs the whole)
        self._text = ''
        self._appended = []
        self._length = 0
        self._position = 0
        self._closed = False
        self._lines = None          # the text after the position, when read in order
        if initial_value:
            self.write(initial_value)
            self._position = 0

    def close(self):
        self._closed = True
        self._text, self._appended, self._lines = '', [], None

    def _whole(self):
        if self._appended:
            self._text += ''.join(self._appended)
            self._appended = []
        return self._text

    def getvalue(self):
        self._check_open()
        return self._whole()

    # -- writing

    def _as_stored(self, text):
        """text as the newline setting stores it."""
        if self._seen_newlines is not None:
            self._seen_newlines |= _newline_kinds_in(text)
            if self._newline is None:
                return _as_newlines(text)
        elif self._newline in ('\r', '\r\n'):
            return text.replace('\n', self._newline)
        return text

    def write(self, s):
        if self._closed:
            raise ValueError(self._closed_message)
        if not isinstance(s, str):
            raise TypeError('string argument expected, got %r' % type(s).__name__)
        stored = s if self._newline == '\n' else self._as_stored(s)
        self._lines = None
        position = self._position
        if position == self._length:
            # (the common case, kept cheap: appending)
            self._appended.append(stored)
            self._position = self._length = position + len(stored)
            return len(s)
        text = self._whole()
        if position > self._length:
            text += '\0' * (position - self._length)
        self._text = text[:position] + stored + text[position + len(stored):]
        self._position = position + len(stored)
        self._length = max(self._length, self._position)
        return len(s)

    def truncate(self, size=None):
        self._check_open()
        size = self._position if size is None else _integer(size)
        if size < 0:
            raise ValueError('Negative size value %d' % size)
        if size < self._length:
            self._text = self._whole()[:size]
            self._length = size
            self._lines = None
        return size

    # -- reading

    def _reading(self):
        """The lines after the position."""
        if self._lines is None:
            # (newline=None stored its newlines as '\n')
            self._lines = _Lines(self._whole()[self._position:],
                                 '\n' if self._newline is None else self._newline)
        return self._lines

    def read(self, size=-1):
        self._check_open()
        size = _size_argument(size)
        if self._position >= self._length:
            return ''
        data = self._reading().read(size)
        self._position += len(data)
        return data

    def readline(self, size=-1):
        self._check_open()
        size = _size_argument(size)
        if self._position >= self._length:
            return ''
        line = self._reading().readline(size)
        self._position += len(line)
        return line

    # -- positions

    def seek(self, pos, whence=SEEK_SET):
        self._check_open()
        pos = _integer(pos)
        if whence not in (SEEK_SET, SEEK_CUR, SEEK_END):
            raise ValueError('Invalid whence (%r, should be 0, 1 or 2)' % (whence,))
        if whence == SEEK_SET:
            if pos < 0:
                raise ValueError('Negative seek position %d' % pos)
            self._position = pos
            self._lines = None
        elif pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == SEEK_END:
            self._position = self._length
            self._lines = None
        return self._position

    # -- what it is

    def flush(self):
        """(Nothing to flush.)"""

    @property
    def line_buffering(self):
        self._check_open()
        return False

    @property
    def newlines(self):
        """The kinds of newline read so far (None, one, or a tuple of them),
        when newline is None or ''."""
        self._check_open()
        return _newlines_attribute(self._seen_newlines)



# ---- BytesIO --------------------------------------------------------------------------------

class BytesIO(_InMemory, BufferedIOBase):
    """A binary stream in memory."""
    __module__ = '_io'        # (CPython's are C types of _io)

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        elif isinstance(initial_bytes, str) or not _is_bytes_like(initial_bytes):
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(initial_bytes).__name__)
        self._data = bytearray(initial_bytes)
        self._position = 0
        self._closed = False

    def close(self):
        self._closed = True
        self._data = bytearray()

    def getvalue(self):
        self._check_open()
        return bytes(self._data)

    def getbuffer(self):
        """A memoryview of the contents: writing into it changes them."""
        self._check_open()
        return memoryview(self._data)

    # -- writing

    def write(self, b):
        self._check_open()
        if type(b) is not bytes and type(b) is not bytearray:
            if isinstance(b, str) or not _is_bytes_like(b):
                raise TypeError("a bytes-like object is required, not '%s'"
                                % type(b).__name__)
            b = memoryview(b).cast('B')
        data, position = self._data, self._position
        end = position + len(b)
        if position == len(data):
            data += b                           # (the common case, kept cheap)
        else:
            if position > len(data):
                data.extend(bytes(position - len(data)))
            data[position:end] = b
        self._position = end
        return len(b)

    def truncate(self, size=None):
        self._check_open()
        size = self._position if size is None else _integer(size)
        if size < 0:
            raise ValueError('negative size value %d' % size)
        del self._data[size:]
        return size

    # -- reading

    def read(self, size=-1):
        self._check_open()
        size = _size_argument(size)
        length = len(self._data)
        end = length if size < 0 else min(length, self._position + size)
        data = bytes(self._data[self._position:end])
        self._position = max(self._position, end)
        return data

    read1 = read

    def readinto(self, buffer):
        self._check_open()
        return self._read_into(buffer, self.read)

    readinto1 = readinto

    def readline(self, size=-1):
        self._check_open()
        size = _size_argument(size)
        start = self._position
        if start >= len(self._data):
            return b''
        found = self._data.find(b'\n', start)
        end = len(self._data) if found < 0 else found + 1
        if size >= 0:
            end = min(end, start + size)
        self._position = end
        return bytes(self._data[start:end])

    # -- positions

    def seek(self, pos, whence=SEEK_SET):
        self._check_open()
        pos = _integer(pos)
        if whence == SEEK_SET:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
            self._position = pos
        elif whence == SEEK_CUR:
            self._position = max(0, self._position + pos)
        elif whence == SEEK_END:
            self._position = max(0, len(self._data) + pos)
        else:
            raise ValueError('invalid whence (%r, should be 0, 1 or 2)' % (whence,))
        return self._position

    # -- what it is

    def flush(self):
        self._check_open()



# ---- TextIOWrapper -------------------------------------------------------------------------

# Written text waits until this many bytes of it are pending (or a flush);
# reading decodes this many bytes at a time.
_WRITE_CHUNK = 8192
_READ_CHUNK = 8192

# Encodings whose byte positions can be handed out as tell()'s positions:
# a character never depends on what came before it.
_STATELESS_ENCODINGS = {'utf8', 'latin1', 'iso88591', 'l1', 'ascii', 'usascii'}

# Encodings that start with a byte order mark: written once, at the start
# (in this machine's order); read, it tells the order of what follows.
_WITHOUT_MARK = {'utf16': 'utf-16-le', 'utf32': 'utf-32-le'}
_MARKED_ORDERS = {'utf16': (b'\xfe\xff', 'utf-16-be', 'utf-16-le'),
                  'utf32': (b'\x00\x00\xfe\xff', 'utf-32-be', 'utf-32-le')}


def _incomplete_tail(data, key):
    """How many bytes at the end of data begin a character that the next
    bytes finish (in the encoding named by key)."""
    if key == 'utf8':
        for back in range(1, min(3, len(data)) + 1):
            byte = data[-back]
            if byte & 0xC0 == 0x80:
                continue                    # (a continuation byte: look further back)
            length = 1 if byte < 0xC0 else 2 if byte < 0xE0 else 3 if byte < 0xF0 else 4
            return back if length > back else 0
        return 0
    if key.startswith('utf16'):
        odd = len(data) % 2
        whole = len(data) - odd
        if whole >= 2:
            unit = data[whole - 2:whole]
            high = unit[0] if key == 'utf16be' else unit[1]
            if 0xD8 <= high <= 0xDB:
                return odd + 2              # (the first half of a surrogate pair)
        return odd
    if key.startswith('utf32'):
        return len(data) % 4
    return 0


def _encoding_key(encoding):
    return encoding.lower().replace('-', '').replace('_', '')


def _str_or_none(value, argument, default):
    if value is None:
        return default
    if not isinstance(value, str):
        raise TypeError("TextIOWrapper() argument '%s' must be str or None, not %s"
                        % (argument, type(value).__name__))
    return value


class TextIOWrapper(TextIOBase):
    """A text stream over a binary one (a BytesIO, a file opened in binary
    mode): it decodes what it reads and encodes what it writes.

    Reading decodes 8192 bytes of the binary stream at a time; writing
    collects the encoded text until 8192 bytes are pending, a newline comes
    with line_buffering, or flush() (at once with write_through).  tell()
    and seek() work with byte positions, for UTF-8, Latin-1 and ASCII: the
    positions CPython gives, except right after a '\r' read with newline
    None or '' (where CPython's decoder waits to see whether a '\n' follows,
    and its tell() gives an opaque number)."""
    __module__ = '_io'

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        newline = _str_or_none(newline, 'newline', None)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %s' % newline)
        # (None and 'locale' mean the locale's encoding: UTF-8 here, as in
        # CPython, which makes a C locale a UTF-8 one)
        self._encoding = _str_or_none(encoding, 'encoding', 'UTF-8')
        if self._encoding == 'locale':
            self._encoding = 'UTF-8'
        self._errors = _str_or_none(errors, 'errors', 'strict')
        ''.encode(self._encoding)           # (an unknown encoding is a LookupError now)
        self._buffer = buffer
        self._newline = newline
        self.line_buffering = bool(line_buffering)
        self.write_through = bool(write_through)
        self._seen_newlines = set() if newline in (None, '') else None
        self._pending, self._pending_size = [], 0
        # text decoded (as it is in the stream: its newlines not translated),
        # of which self._raw_read characters were read; it starts at byte
        # self._text_start of the binary stream
        self._raw = ''
        self._raw_read = 0
        self._text_start = 0
        key = _encoding_key(self._encoding)
        self._key = key
        self._stateless = key in _STATELESS_ENCODINGS
        self._mark_encoding = _WITHOUT_MARK.get(key)
        self._mark_written = self._mark_encoding is not None and self._at_nonzero_position()
        # bytes read that end in the middle of a character, and the codec
        # that decodes the next bytes (the order a byte order mark told)
        self._undecoded = b''
        self._decoding = self._encoding
        # with newline=None or '', a '\r' at the end of a chunk waits: a '\n'
        # may start the next one ('\r\n' is one newline)
        self._held = ''
        # the text not read yet, as lines (made from self._raw[self._lines_start:])
        self._lines = None
        self._lines_start = 0

    def _at_nonzero_position(self):
        try:
            return self._buffer.seekable() and self._buffer.tell() != 0
        except (OSError, ValueError, AttributeError):
            return False

    # -- the buffer

    def _live_buffer(self):
        if self._buffer is None:
            raise ValueError('underlying buffer has been detached')
        return self._buffer

    # (read-only: these are set when the wrapper is made)
    buffer = property(lambda self: self._buffer)
    encoding = property(lambda self: self._encoding)
    errors = property(lambda self: self._errors)

    @property
    def newlines(self):
        self._live_buffer()
        return _newlines_attribute(self._seen_newlines)

    # what the binary stream answers
    closed = property(lambda self: self._live_buffer().closed)
    name = property(lambda self: self._live_buffer().name)

    def _check_usable(self):
        if self._live_buffer().closed:
            raise ValueError(_CLOSED)

    def flush(self):
        self._check_usable()
        self._write_pending()
        self._buffer.flush()

    def close(self):
        buffer = self._live_buffer()
        if not buffer.closed:
            try:
                self.flush()
            finally:
                buffer.close()

    def detach(self):
        """Flushes, and gives up the binary stream (which stays open)."""
        self._live_buffer()
        self.flush()
        buffer, self._buffer = self._buffer, None
        return buffer

    def __repr__(self):
        shown = []
        for attribute in ('name', 'mode'):
            try:
                shown.append('%s=%r' % (attribute, getattr(self, attribute)))
            except (AttributeError, ValueError):
                pass
        shown.append('encoding=%r' % (self._encoding,))
        return '<_io.TextIOWrapper %s>' % ' '.join(shown)

    # -- writing

    def write(self, s):
        self._check_usable()
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not %s' % type(s).__name__)
        text = s.replace('\n', self._newline) if self._newline in ('\r', '\r\n') else s
        encoding = self._encoding
        if self._mark_encoding is not None:
            if self._mark_written:
                encoding = self._mark_encoding
            self._mark_written = self._mark_written or bool(text)
        data = text.encode(encoding, self._errors)
        self._forget_unread()
        if self._pending_size + len(data) > _WRITE_CHUNK:
            self._write_pending()           # (pending pieces never add up past a chunk)
        self._pending.append(data)
        self._pending_size += len(data)
        line_ended = self.line_buffering and ('\n' in s or '\r' in s)
        if self.write_through or line_ended or self._pending_size >= _WRITE_CHUNK:
            self._write_pending()
        if line_ended:
            self._buffer.flush()
        return len(s)

    def _write_pending(self):
        if self._pending:
            data = b''.join(self._pending)
            self._pending, self._pending_size = [], 0
            self._buffer.write(data)

    def _forget_unread(self):
        """Drops the text decoded but not read: the binary stream stays
        where decoding left it (as CPython's does)."""
        if self._raw or self._undecoded or self._held:
            self._text_start = self._buffer.tell() if self._buffer.seekable() else 0
        self._raw = self._held = ''
        self._raw_read = 0
        self._undecoded = b''
        self._lines = None

    # -- reading

    def _decode_more(self):
        """Decodes the next bytes of the binary stream (a chunk of them);
        False at its end."""
        self._write_pending()
        self._note_text_start()
        while True:
            chunk = self._buffer.read(_READ_CHUNK)
            data = self._undecoded + chunk
            if not data:
                # (the end: a '\r' held back is a newline of its own)
                return self._take_text(b'', final=True)
            # a character cut at the end of the chunk waits for its next
            # bytes; at the end of the stream it is decoded as it is (an
            # error, or replaced, by the errors setting)
            cut = len(data) - (_incomplete_tail(data, _encoding_key(self._decoding))
                               if chunk else 0)
            self._undecoded = data[cut:]
            if self._take_text(data[:cut], final=not chunk) or not chunk:
                return bool(chunk) or cut > 0

    def _decode_rest(self):
        """Decodes all that is left in the binary stream, at once (as
        read() does: a decoding error is placed in all of it)."""
        self._write_pending()
        self._note_text_start()
        data = self._undecoded + self._buffer.read()
        self._undecoded = b''
        self._take_text(data, final=True)

    def _note_text_start(self):
        """With no text left to read, the next text starts where the binary
        stream is (less what was read of it and not made text yet)."""
        if not self._raw and self._buffer.seekable():
            self._text_start = (self._buffer.tell() - len(self._undecoded)
                                - len(self._held.encode(self._encoding, self._errors)))

    def _take_text(self, data, final):
        """Adds the text of data (decoded) to the text to read; True if
        there was some."""
        raw = self._held + data.decode(self._decoding, self._errors)
        self._note_byte_order(data)
        self._held = ''
        if self._seen_newlines is not None and not final and raw.endswith('\r'):
            raw, self._held = raw[:-1], '\r'
        if not raw:
            return False
        self._drop_read_text()
        if self._seen_newlines is not None:
            self._seen_newlines |= _newline_kinds_in(raw)
        self._raw += raw
        self._lines = None
        return True

    def _drop_read_text(self):
        """Forgets the text already read (what is left starts further on in
        the binary stream)."""
        if self._raw_read:
            self._text_start += len(self._raw[:self._raw_read].encode(self._encoding,
                                                                      self._errors))
            self._raw = self._raw[self._raw_read:]
            self._raw_read = 0
            self._lines = None

    def _note_byte_order(self, decoded_bytes):
        """After the first bytes of a UTF-16 or UTF-32 text, the rest is
        decoded in the order its byte order mark gave (or this machine's)."""
        orders = _MARKED_ORDERS.get(self._key)
        if orders is not None and self._decoding == self._encoding and decoded_bytes:
            mark, marked_order, plain_order = orders
            self._decoding = marked_order if decoded_bytes.startswith(mark) else plain_order

    def _unread(self):
        """The lines of the text not read yet (newline=None: translated)."""
        if self._lines is None:
            self._lines = _Lines(self._raw[self._raw_read:],
                                 '' if self._newline is None else self._newline,
                                 translate=self._newline is None)
            self._lines_start = self._raw_read
        return self._lines

    def _unread_length(self):
        rest = self._raw[self._raw_read:]
        return len(rest) - (rest.count('\r\n') if self._newline is None else 0)

    def read(self, size=-1):
        self._check_usable()
        size = _size_argument(size)
        if size < 0:
            self._decode_rest()
        while 0 <= size and self._unread_length() < size and self._decode_more():
            pass
        lines = self._unread()
        piece = lines.read(size)
        self._raw_read = self._lines_start + lines.consumed
        return piece

    def readline(self, size=-1):
        self._check_usable()
        size = _size_argument(size)
        while self._line_is_open() and self._decode_more():
            pass
        lines = self._unread()
        line = lines.readline(size)
        self._raw_read = self._lines_start + lines.consumed
        return line

    def _line_is_open(self):
        """True when the next line may go on in what is not decoded yet:
        there is none, or it is the last one and has no newline (with
        newline='', a last '\r' may have a '\n' after it)."""
        lines = self._unread()
        line = lines.peek()
        if line is None:
            return True
        if not lines.at_last():
            return False
        return not line.endswith('\n' if self._newline in (None, '') else self._newline)

    # -- positions (byte positions, for stateless encodings)

    def _check_positions(self, method):
        if not self._stateless:
            raise NotImplementedError('TextIOWrapper.%s() with the %r encoding is not '
                                      'supported by pyedu' % (method, self._encoding))

    def tell(self):
        self._check_usable()
        if not self._buffer.seekable():
            raise UnsupportedOperation('underlying stream is not seekable')
        self._check_positions('tell')
        self._write_pending()
        if not (self._raw or self._held or self._undecoded):
            return self._buffer.tell()
        return self._text_start + len(self._raw[:self._raw_read].encode(self._encoding,
                                                                        self._errors))

    def seek(self, cookie, whence=SEEK_SET):
        self._check_usable()
        if not self._buffer.seekable():
            raise UnsupportedOperation('underlying stream is not seekable')
        cookie = _integer(cookie)
        if whence == SEEK_CUR:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            return self.tell()
        if whence == SEEK_END:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            position = self._buffer.seek(0, SEEK_END)
        elif whence == SEEK_SET:
            if cookie < 0:
                raise ValueError('negative seek position %d' % cookie)
            if cookie != 0:             # (the start is a position in every encoding)
                self._check_positions('seek')
            self.flush()
            position = self._buffer.seek(cookie)
        else:
            raise ValueError('invalid whence (%r, should be 0, 1 or 2)' % (whence,))
        self._raw = ''
        self._raw_read = 0
        self._lines = None
        self._text_start = position
        self._undecoded = b''
        self._held = ''
        self._decoding = self._encoding if position == 0 else self._decoding
        if self._seen_newlines is not None:
            self._seen_newlines = set()     # (decoding starts afresh)
        if self._mark_encoding is not None:
            self._mark_written = position != 0
        return position


def _asking_the_buffer(name):
    """A TextIOWrapper method that the binary stream answers."""
    def method(self):
        return getattr(self._live_buffer(), name)()
    method.__name__ = name
    return method


for _name in ('fileno', 'isatty', 'readable', 'writable', 'seekable'):
    setattr(TextIOWrapper, _name, _asking_the_buffer(_name))
del _name


def _is_bytes_like(obj):
    try:
        memoryview(obj)
    except TypeError:
        return False
    return True


# the names CPython's C types have in messages ('_io.StringIO')
from _pyedu import set_type_name as _set_type_name
_set_type_name(StringIO, '_io.StringIO')
_set_type_name(BytesIO, '_io.BytesIO')
_set_type_name(TextIOWrapper, '_io.TextIOWrapper')
del _set_type_name
