"""Streams, as CPython's io module: the in-memory streams StringIO and
BytesIO, the abstract classes IOBase, RawIOBase, BufferedIOBase and
TextIOBase (to subclass, and to test what a stream is), and open() (the
built-in one).  Not provided: TextIOWrapper, BufferedReader and the other
wrappers, FileIO, open_code.

The file objects of open() are one C type for text and binary files here
(CPython has several); the abstract classes tell them apart by their mode.
"""

import abc
import sys
import builtins as _builtins

__all__ = ['BlockingIOError', 'open', 'IOBase', 'RawIOBase', 'BufferedIOBase',
           'TextIOBase', 'StringIO', 'BytesIO', 'UnsupportedOperation', 'SEEK_SET',
           'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE']

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

    def _unsupported(self, operation):
        raise UnsupportedOperation(operation)

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._checkClosed()
        return False

    def fileno(self):
        self._unsupported('fileno')

    def seek(self, pos, whence=SEEK_SET):
        self._unsupported('seek')

    def tell(self):
        return self.seek(0, SEEK_CUR)

    def truncate(self, pos=None):
        self._unsupported('truncate')

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

    def read(self, size=-1):
        self._unsupported('read')

    def read1(self, size=-1):
        self._unsupported('read1')

    def write(self, data):
        self._unsupported('write')

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

    def detach(self):
        self._unsupported('detach')


class TextIOBase(IOBase):
    """A stream of text (StringIO, a file opened in text mode)."""

    @staticmethod
    def _takes_file(mode):
        return 'b' not in mode

    def read(self, size=-1):
        self._unsupported('read')

    def readline(self, size=-1):
        self._unsupported('readline')

    def write(self, text):
        self._unsupported('write')

    def detach(self):
        self._unsupported('detach')

    encoding = None
    errors = None
    newlines = None


# ---- positions ------------------------------------------------------------------------------

def _size_argument(size):
    """The size argument of read() and readline(): None and negatives mean all."""
    if size is None:
        return -1
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


# ---- StringIO -------------------------------------------------------------------------------

# newlines, as reported by the newlines attribute: by the set of kinds seen
_NEWLINE_KINDS = ('\r', '\n', '\r\n')


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
        if initial_value:
            self.write(initial_value)
            self._position = 0

    def close(self):
        self._closed = True
        self._text, self._appended = '', []

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
            self._note_newlines(text)
            if self._newline is None:
                return text.replace('\r\n', '\n').replace('\r', '\n')
        elif self._newline in ('\r', '\r\n'):
            return text.replace('\n', self._newline)
        return text

    def _note_newlines(self, text):
        if '\r\n' in text:
            self._seen_newlines.add('\r\n')
            text = text.replace('\r\n', '')
        for kind in ('\r', '\n'):
            if kind in text:
                self._seen_newlines.add(kind)

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError('string argument expected, got %r' % type(s).__name__)
        written = len(s)
        stored = self._as_stored(s)
        if self._position == self._length:
            self._appended.append(stored)
        else:
            text = self._whole()
            if self._position > self._length:
                text += '\0' * (self._position - self._length)
            self._text = text[:self._position] + stored + text[self._position + len(stored):]
        self._position += len(stored)
        self._length = max(self._length, self._position)
        return written

    def truncate(self, size=None):
        self._check_open()
        size = self._position if size is None else _integer(size)
        if size < 0:
            raise ValueError('Negative size value %d' % size)
        if size < self._length:
            self._text = self._whole()[:size]
            self._length = size
        return size

    # -- reading

    def read(self, size=-1):
        self._check_open()
        size = _size_argument(size)
        text = self._whole()
        end = self._length if size < 0 else min(self._length, self._position + size)
        data = text[self._position:end]
        self._position = max(self._position, end)
        return data

    def _line_end(self, text, start):
        """Where the line that starts at start ends (after its newline)."""
        if self._newline == '':
            ends = [i for i in (text.find('\r', start), text.find('\n', start)) if i >= 0]
            if not ends:
                return len(text)
            first = min(ends)
            return first + (2 if text.startswith('\r\n', first) else 1)
        newline = self._newline or '\n'
        found = text.find(newline, start)
        return len(text) if found < 0 else found + len(newline)

    def readline(self, size=-1):
        self._check_open()
        size = _size_argument(size)
        text = self._whole()
        if self._position >= self._length:
            return ''
        end = self._line_end(text, self._position)
        if size >= 0:
            end = min(end, self._position + size)
        line = text[self._position:end]
        self._position = end
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
        elif pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == SEEK_END:
            self._position = self._length
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
        if not self._seen_newlines:
            return None
        kinds = tuple(kind for kind in _NEWLINE_KINDS if kind in self._seen_newlines)
        return kinds[0] if len(kinds) == 1 else kinds



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
        if isinstance(b, str) or not _is_bytes_like(b):
            raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)
        data = memoryview(b).cast('B')
        end = self._position + len(data)
        if self._position > len(self._data):
            self._data.extend(bytes(self._position - len(self._data)))
        self._data[self._position:end] = data
        self._position = end
        return len(data)

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
        view = memoryview(buffer).cast('B')
        data = self.read(len(view))
        view[:len(data)] = data
        return len(data)

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
del _set_type_name
