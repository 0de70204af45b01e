"""In-memory text and binary streams, as CPython's io.StringIO and
io.BytesIO; open() is the built-in one."""

import builtins as _builtins

__all__ = ['StringIO', 'BytesIO', 'open', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END',
           'UnsupportedOperation']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
open = _builtins.open


class UnsupportedOperation(OSError, ValueError):
    pass


class _Memory:
    _empty = ''

    def __init__(self, initial):
        self._buf = initial
        self._pos = 0
        self.closed = False

    def _check(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def getvalue(self):
        self._check()
        return self._buf

    def write(self, s):
        self._check()
        if not isinstance(s, type(self._empty)):
            raise TypeError(self._write_error(s))
        buf, pos = self._buf, self._pos
        if pos > len(buf):
            buf += self._empty.__class__(self._pad) * (pos - len(buf))
        self._buf = buf[:pos] + s + buf[pos + len(s):]
        self._pos = pos + len(s)
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(self._pos + size, len(self._buf))
        data = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return data

    def readline(self, size=-1):
        self._check()
        nl = self._buf.find(self._newline, self._pos)
        end = len(self._buf) if nl < 0 else nl + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        data = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return data

    def readlines(self, hint=-1):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError(f'Negative seek position {pos}')
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        self._buf = self._buf[:size]
        return size

    def close(self):
        self.closed = True

    def flush(self):
        self._check()

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def isatty(self):
        return False

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()


class StringIO(_Memory):
    """Text I/O implementation using an in-memory buffer."""
    _empty = ''
    _pad = '\0'
    _newline = '\n'

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError(f'initial_value must be str or None, not '
                            f'{type(initial_value).__name__}')
        super().__init__(initial_value)

    @staticmethod
    def _write_error(s):
        return f'string argument expected, got {type(s).__name__!r}'


class BytesIO(_Memory):
    """Buffered I/O implementation using an in-memory bytes buffer."""
    _empty = b''
    _pad = b'\0'
    _newline = b'\n'

    def __init__(self, initial_bytes=b''):
        super().__init__(bytes(initial_bytes))

    def write(self, b):
        if isinstance(b, bytearray):
            b = bytes(b)
        return super().write(b)

    def getbuffer(self):
        return bytearray(self._buf)

    @staticmethod
    def _write_error(b):
        return f"a bytes-like object is required, not '{type(b).__name__}'"


# the names CPython's C types have in messages ('_io.StringIO')
from _pyedu import set_type_name as _set_type_name
_set_type_name(StringIO, '_io.StringIO')
_set_type_name(BytesIO, '_io.BytesIO')
del _set_type_name
