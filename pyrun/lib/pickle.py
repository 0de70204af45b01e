"""Serializing objects to bytes and back, as CPython's pickle module.

A pickle is a program for a small stack machine: each opcode (one byte,
then its argument) pushes an object, builds one from those on the stack, or
stores one in the memo so that a later opcode can fetch it again.  The
memo is what makes shared and recursive references come back shared.

Protocols 0 to 5 (the pickle documentation, PEP 307, 3154 and 574):
0 is text (arguments end at a newline); 1 adds binary arguments; 2 the
PROTO header, NEWOBJ, short tuples, LONG1 and booleans; 3 bytes; 4 framing
(FRAME: the stream cut in 64 KiB frames, each preceded by its length),
MEMOIZE, STACK_GLOBAL, sets and SHORT_BINUNICODE; 5 BYTEARRAY8 and
out-of-band buffers.

What is written is what CPython's C pickler writes, byte for byte.  Out-of-
band buffers (PickleBuffer, buffer_callback) are not provided."""

import sys
from struct import pack as _pack, unpack as _unpack
import io as _io
import copyreg as _copyreg
from copyreg import dispatch_table as _global_dispatch_table

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads",
           "DEFAULT_PROTOCOL", "HIGHEST_PROTOCOL"]

format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]
HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4

bytes_types = (bytes, bytearray)


class PickleError(Exception):
    """The base of the errors pickle raises."""


class PicklingError(PickleError):
    """An object that cannot be pickled."""


class UnpicklingError(PickleError):
    """Data that is not a pickle, or a damaged one."""


# ---- the opcodes (pickletools lists them with their arguments) ---------------------------

# name -> its byte; TRUE and FALSE are INT with the arguments 01 and 00
_OPCODES = {
    'MARK': b'(', 'STOP': b'.', 'POP': b'0', 'POP_MARK': b'1', 'DUP': b'2',
    'FLOAT': b'F', 'INT': b'I', 'BININT': b'J', 'BININT1': b'K', 'LONG': b'L',
    'BININT2': b'M', 'NONE': b'N', 'PERSID': b'P', 'BINPERSID': b'Q', 'REDUCE': b'R',
    'STRING': b'S', 'BINSTRING': b'T', 'SHORT_BINSTRING': b'U', 'UNICODE': b'V',
    'BINUNICODE': b'X', 'APPEND': b'a', 'BUILD': b'b', 'GLOBAL': b'c', 'DICT': b'd',
    'EMPTY_DICT': b'}', 'APPENDS': b'e', 'GET': b'g', 'BINGET': b'h', 'INST': b'i',
    'LONG_BINGET': b'j', 'LIST': b'l', 'EMPTY_LIST': b']', 'OBJ': b'o', 'PUT': b'p',
    'BINPUT': b'q', 'LONG_BINPUT': b'r', 'SETITEM': b's', 'TUPLE': b't',
    'EMPTY_TUPLE': b')', 'SETITEMS': b'u', 'BINFLOAT': b'G', 'TRUE': b'I01\n',
    'FALSE': b'I00\n', 'PROTO': b'\x80', 'NEWOBJ': b'\x81', 'EXT1': b'\x82',
    'EXT2': b'\x83', 'EXT4': b'\x84', 'TUPLE1': b'\x85', 'TUPLE2': b'\x86',
    'TUPLE3': b'\x87', 'NEWTRUE': b'\x88', 'NEWFALSE': b'\x89', 'LONG1': b'\x8a',
    'LONG4': b'\x8b', 'BINBYTES': b'B', 'SHORT_BINBYTES': b'C',
    'SHORT_BINUNICODE': b'\x8c', 'BINUNICODE8': b'\x8d', 'BINBYTES8': b'\x8e',
    'EMPTY_SET': b'\x8f', 'ADDITEMS': b'\x90', 'FROZENSET': b'\x91',
    'NEWOBJ_EX': b'\x92', 'STACK_GLOBAL': b'\x93', 'MEMOIZE': b'\x94', 'FRAME': b'\x95',
    'BYTEARRAY8': b'\x96', 'NEXT_BUFFER': b'\x97', 'READONLY_BUFFER': b'\x98',
}
globals().update(_OPCODES)

_SMALL_TUPLES = {1: TUPLE1, 2: TUPLE2, 3: TUPLE3}
_BATCHSIZE = 1000
_FRAME_SIZE_TARGET = 64 * 1024    # a frame is closed once it holds this much
_FRAME_SIZE_MIN = 4               # a smaller one is written without its header


# ---- names across the Python 2 / 3 renames (protocols 0 to 2, fix_imports) ---------------

# Python 2 had the built-in exceptions in a module of their own
_PY2_EXCEPTIONS = (
    'ArithmeticError AssertionError AttributeError BaseException BufferError '
    'BytesWarning DeprecationWarning EOFError EnvironmentError Exception '
    'FloatingPointError FutureWarning GeneratorExit IOError ImportError '
    'ImportWarning IndentationError IndexError KeyError KeyboardInterrupt '
    'LookupError MemoryError NameError NotImplementedError OSError OverflowError '
    'PendingDeprecationWarning ReferenceError RuntimeError RuntimeWarning '
    'StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError '
    'TypeError UnboundLocalError UnicodeDecodeError UnicodeEncodeError '
    'UnicodeError UnicodeTranslateError UnicodeWarning UserWarning ValueError '
    'Warning ZeroDivisionError').split()
# and these were kinds of OSError or ImportError, unnamed
_PY3_ONLY_EXCEPTIONS = {
    'ModuleNotFoundError': 'ImportError',
    **dict.fromkeys(('BrokenPipeError ChildProcessError ConnectionAbortedError '
                     'ConnectionError ConnectionRefusedError ConnectionResetError '
                     'FileExistsError FileNotFoundError InterruptedError IsADirectoryError '
                     'NotADirectoryError PermissionError ProcessLookupError '
                     'TimeoutError').split(), 'OSError')}

# (Python 3 module, name) -> (Python 2 module, name), for globals whose
# name changed
_TO_PY2_NAME = {
    ('builtins', 'range'): ('__builtin__', 'xrange'),
    ('builtins', 'chr'): ('__builtin__', 'unichr'),
    ('builtins', 'str'): ('__builtin__', 'unicode'),
    ('builtins', 'int'): ('__builtin__', 'long'),
    ('functools', 'reduce'): ('__builtin__', 'reduce'),
    ('_functools', 'reduce'): ('__builtin__', 'reduce'),
    ('sys', 'intern'): ('__builtin__', 'intern'),
    ('builtins', 'zip'): ('itertools', 'izip'),
    ('builtins', 'map'): ('itertools', 'imap'),
    ('builtins', 'filter'): ('itertools', 'ifilter'),
    ('itertools', 'filterfalse'): ('itertools', 'ifilterfalse'),
    ('itertools', 'zip_longest'): ('itertools', 'izip_longest'),
    ('collections', 'UserDict'): ('UserDict', 'IterableUserDict'),
    ('collections', 'UserList'): ('UserList', 'UserList'),
    ('collections', 'UserString'): ('UserString', 'UserString'),
}
_TO_PY2_NAME.update((('builtins', name), ('exceptions', name)) for name in _PY2_EXCEPTIONS)
_TO_PY2_NAME.update((('builtins', name), ('exceptions', old))
                    for name, old in _PY3_ONLY_EXCEPTIONS.items())

# modules renamed as a whole (Python 3 -> Python 2)
_TO_PY2_MODULE = {
    'builtins': '__builtin__', 'copyreg': 'copy_reg', 'queue': 'Queue',
    'socketserver': 'SocketServer', 'configparser': 'ConfigParser', 'reprlib': 'repr',
    '_thread': 'thread', '_markupbase': 'markupbase', 'collections.abc': '_abcoll',
    'html.entities': 'htmlentitydefs', 'html.parser': 'HTMLParser',
    'http.client': 'httplib', 'http.cookies': 'Cookie', 'http.cookiejar': 'cookielib',
    'http.server': 'BaseHTTPServer', 'subprocess': 'commands',
    'urllib.parse': 'urlparse', 'urllib.robotparser': 'robotparser',
    'urllib.request': 'urllib2', 'xmlrpc.client': 'xmlrpclib',
    'xmlrpc.server': 'SimpleXMLRPCServer', 'dbm': 'anydbm', '_functools': 'functools',
    '_pickle': 'pickle', 'tkinter': 'Tkinter',
}

# and back, for reading what Python 2 (or protocol 0 to 2) wrote
_FROM_PY2_NAME = {old: new for new, old in _TO_PY2_NAME.items()
                  if old[0] != 'exceptions' and new[0] != '_functools'}
_FROM_PY2_NAME.update({('__builtin__', 'basestring'): ('builtins', 'str'),
                       ('exceptions', 'StandardError'): ('builtins', 'Exception'),
                       ('UserDict', 'UserDict'): ('collections', 'UserDict'),
                       ('__builtin__', 'reduce'): ('functools', 'reduce')})
_FROM_PY2_MODULE = {old: new for new, old in _TO_PY2_MODULE.items()
                    if new not in ('_functools', '_pickle')}
_FROM_PY2_MODULE.update({'exceptions': 'builtins', 'cPickle': 'pickle',
                         'cStringIO': 'io', 'StringIO': 'io', 'UserList': 'collections',
                         'UserString': 'collections', 'whichdb': 'dbm'})


# ---- helpers shared by both directions ------------------------------------------------

def _lookup_dotted(obj, dotted):
    """Follows a qualified name from obj: (the object, its parent).
    AttributeError if a part is missing; a function's locals cannot be
    followed."""
    parent = None
    for part in dotted.split('.'):
        if part == '<locals>':
            raise AttributeError(f"Can't get local attribute {dotted!r} on {obj!r}")
        parent, obj = obj, getattr(obj, part)
    return obj, parent


def _which_module(obj, dotted):
    """The module obj belongs to: its __module__, else the first loaded
    module where dotted leads to it, else __main__."""
    named = getattr(obj, '__module__', None)
    if named is not None:
        return named
    holders = [name for name, module in list(sys.modules.items())
               if name != '__main__' and module is not None
               and _leads_to(module, dotted, obj)]
    return holders[0] if holders else '__main__'


def _leads_to(module, dotted, obj):
    try:
        return _lookup_dotted(module, dotted)[0] is obj
    except AttributeError:
        return False


def _encode_long(x):
    """x as little-endian two's complement in as few bytes as hold it
    (0 in none), the argument of LONG1 and LONG4."""
    if x == 0:
        return b''
    size = x.bit_length() // 8 + 1
    data = x.to_bytes(size, 'little', signed=True)
    # a negative number may need a byte less than a positive one as long
    if x < 0 and size > 1 and data[-1] == 0xff and data[-2] & 0x80:
        data = data[:-1]
    return data


def _decode_long(data):
    return int.from_bytes(data, 'little', signed=True)


def _utf8(text):
    """text in UTF-8, lone surrogates too (the 'surrogatepass' handler)."""
    try:
        return text.encode('utf-8')
    except UnicodeEncodeError:
        pass
    out = bytearray()
    for char in text:
        code = ord(char)
        if 0xd800 <= code <= 0xdfff:
            out += bytes((0xe0 | code >> 12, 0x80 | (code >> 6) & 0x3f, 0x80 | code & 0x3f))
        else:
            out += char.encode('utf-8')
    return bytes(out)


# what protocol 0 escapes in a string besides the characters past Latin-1:
# the backslash, and the characters a text line would lose
_TEXT_ESCAPED = {'\\', '\0', '\n', '\r', '\x1a'}


def _text_escape(text):
    """The UNICODE opcode's argument: Latin-1 where it can, \\uXXXX or
    \\UXXXXXXXX elsewhere."""
    out = bytearray()
    for char in text:
        code = ord(char)
        if char in _TEXT_ESCAPED:
            out += b'\\u%04x' % code
        elif code < 0x100:
            out.append(code)
        elif code < 0x10000:
            out += b'\\u%04x' % code
        else:
            out += b'\\U%08x' % code
    return bytes(out)


def _text_unescape(data):
    """Reverses _text_escape (raw-unicode-escape): only \\u and \\U are
    escapes."""
    chars = []
    i, n = 0, len(data)
    while i < n:
        byte = data[i]
        if byte == 0x5c and i + 1 < n and data[i + 1] in b'uU':
            width = 4 if data[i + 1] == 0x75 else 8
            digits = data[i + 2:i + 2 + width]
            if len(digits) != width:
                raise UnicodeDecodeError('rawunicodeescape', bytes(data), i, n,
                                         'truncated \\uXXXX escape' if width == 4
                                         else 'truncated \\UXXXXXXXX escape')
            chars.append(chr(int(digits, 16)))
            i += 2 + width
        else:
            chars.append(chr(byte))
            i += 1
    return ''.join(chars)


def _check_protocol(protocol):
    if protocol is None:
        return DEFAULT_PROTOCOL
    if protocol < 0:
        return HIGHEST_PROTOCOL
    if protocol > HIGHEST_PROTOCOL:
        raise ValueError(f"pickle protocol must be <= {HIGHEST_PROTOCOL}")
    return protocol


def _type_name(obj):
    return type(obj).__name__


# ---- writing ----------------------------------------------------------------------------

class Pickler:
    """Writes the pickles of objects to a binary file."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        self.proto = _check_protocol(protocol)
        if buffer_callback is not None:
            if self.proto < 5:
                raise ValueError("buffer_callback needs protocol >= 5")
            raise NotImplementedError("pickle: buffer_callback (out-of-band buffers) "
                                      "is not provided in pyrun")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self.bin = self.proto >= 1
        self.fast = 0
        self.fix_imports = fix_imports and self.proto < 3
        self.memo = {}

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        """Writes the pickle of obj."""
        if not hasattr(self, 'proto'):
            raise PicklingError(f"Pickler.__init__() was not called by "
                                f"{type(self).__name__}.__init__()")
        self._frame = None
        self._chunks = []
        if self.proto >= 2:
            self._write(PROTO + bytes((self.proto,)))
        if self.proto >= 4:
            self._frame = bytearray()      # the frames start after the header
        self.save(obj)
        self._write(STOP)
        self._close_frame()
        data = b''.join(self._chunks)
        self._chunks = []
        self._file_write(data)

    # -- the output, cut in frames at protocol 4 and above --

    def _write(self, data):
        if self._frame is not None:
            self._frame += data
        else:
            self._chunks.append(data)

    def _close_frame(self):
        frame = self._frame
        if frame:
            if len(frame) >= _FRAME_SIZE_MIN:
                self._chunks.append(FRAME + _pack('<Q', len(frame)))
            self._chunks.append(bytes(frame))
            self._frame = bytearray()

    def _write_payload(self, header, payload):
        """An opcode with a long argument: past the frame size, it goes
        outside any frame, after the frame so far."""
        if self._frame is not None and len(payload) >= _FRAME_SIZE_TARGET:
            self._close_frame()
            self._chunks.append(header)
            self._chunks.append(bytes(payload))
        else:
            self._write(header)
            self._write(payload)

    # -- the memo --

    def memoize(self, obj):
        if self.fast:
            return
        index = len(self.memo)
        self._write(self._put(index))
        self.memo[id(obj)] = index, obj

    def _put(self, index):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            return BINPUT + bytes((index,)) if index < 256 else LONG_BINPUT + _pack('<I', index)
        return PUT + repr(index).encode('ascii') + b'\n'

    def _get(self, index):
        if self.bin:
            return BINGET + bytes((index,)) if index < 256 else LONG_BINGET + _pack('<I', index)
        return GET + repr(index).encode('ascii') + b'\n'

    def _memo_get(self, obj):
        return self._get(self.memo[id(obj)][0])

    # -- one object --

    def save(self, obj, save_persistent_id=True):
        frame = self._frame
        if frame is not None and len(frame) >= _FRAME_SIZE_TARGET:
            self._close_frame()
        if save_persistent_id:
            persistent_id = getattr(self, 'persistent_id', None)
            if persistent_id is not None:
                pid = persistent_id(obj)
                if pid is not None:
                    self._save_pers(pid)
                    return
        cls = type(obj)
        atom = _ATOMS.get(cls)
        if atom is not None or obj is None:
            (atom or Pickler._save_none)(self, obj)
            return
        if id(obj) in self.memo:
            self._write(self._memo_get(obj))
            return
        saver = _SAVERS.get(cls)
        if saver is not None:
            saver(self, obj)
            return
        reducer_override = getattr(self, 'reducer_override', None)
        if reducer_override is not None:
            rv = reducer_override(obj)
            if rv is not NotImplemented:
                self._save_reduced(obj, rv)
                return
        if cls is type:
            self._save_type(obj)
            return
        if cls is _FunctionType:
            self.save_global(obj)
            return
        table = getattr(self, 'dispatch_table', _global_dispatch_table)
        reduce = table.get(cls)
        if reduce is not None:
            rv = reduce(obj)
        elif issubclass(cls, type):
            self.save_global(obj)
            return
        else:
            reduce_ex = getattr(obj, '__reduce_ex__', None)
            if reduce_ex is not None:
                rv = reduce_ex(self.proto)
            else:
                reduce = getattr(obj, '__reduce__', None)
                if reduce is None:
                    raise PicklingError(f"Can't pickle {cls.__name__!r} object: {obj!r}")
                rv = reduce()
        self._save_reduced(obj, rv)

    def _save_reduced(self, obj, rv):
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(rv) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        self._save_reduce(obj, *rv)

    def _save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._write(BINPERSID)
            return
        try:
            text = str(pid).encode('ascii')
        except UnicodeEncodeError:
            raise PicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
        self._write(PERSID + text + b'\n')

    # -- the atoms: written, never memoized --

    def _save_none(self, obj):
        self._write(NONE)

    def _save_bool(self, obj):
        if self.proto >= 2:
            self._write(NEWTRUE if obj else NEWFALSE)
        else:
            self._write(TRUE if obj else FALSE)

    def _save_int(self, obj):
        if -0x80000000 <= obj <= 0x7fffffff:
            if not self.bin:
                self._write(INT + repr(obj).encode('ascii') + b'\n')
            elif 0 <= obj <= 0xff:
                self._write(BININT1 + bytes((obj,)))
            elif 0 <= obj <= 0xffff:
                self._write(BININT2 + _pack('<H', obj))
            else:
                self._write(BININT + _pack('<i', obj))
        elif self.proto >= 2:
            data = _encode_long(obj)
            if len(data) < 256:
                self._write(LONG1 + bytes((len(data),)) + data)
            else:
                self._write(LONG4 + _pack('<i', len(data)) + data)
        else:
            self._write(LONG + repr(obj).encode('ascii') + b'L\n')

    def _save_float(self, obj):
        if self.bin:
            self._write(BINFLOAT + _pack('>d', obj))
        else:
            self._write(FLOAT + repr(obj).encode('ascii') + b'\n')

    # -- strings --

    def _save_bytes(self, obj):
        if self.proto < 3:
            # Python 2 had no bytes: rebuilt from a Latin-1 string
            if not obj:
                self._save_reduce(obj, bytes, ())
            else:
                self._save_reduce(obj, _codecs_encode, (obj.decode('latin-1'), 'latin1'))
            return
        size = len(obj)
        if size <= 0xff:
            header = SHORT_BINBYTES + bytes((size,))
        elif size > 0xffffffff and self.proto >= 4:
            header = BINBYTES8 + _pack('<Q', size)
        else:
            header = BINBYTES + _pack('<I', size)
        self._write_payload(header, obj)
        self.memoize(obj)

    def _save_bytearray(self, obj):
        if self.proto < 5:
            self._save_reduce(obj, bytearray, (bytes(obj),) if obj else ())
            return
        self._write_payload(BYTEARRAY8 + _pack('<Q', len(obj)), obj)
        self.memoize(obj)

    def _save_str(self, obj):
        if not self.bin:
            self._write(UNICODE + _text_escape(obj) + b'\n')
            self.memoize(obj)
            return
        data = _utf8(obj)
        size = len(data)
        if size <= 0xff and self.proto >= 4:
            header = SHORT_BINUNICODE + bytes((size,))
        elif size > 0xffffffff and self.proto >= 4:
            header = BINUNICODE8 + _pack('<Q', size)
        else:
            header = BINUNICODE + _pack('<I', size)
        self._write_payload(header, data)
        self.memoize(obj)

    # -- containers --

    def _save_tuple(self, obj):
        if not obj:
            self._write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        size = len(obj)
        small = size <= 3 and self.proto >= 2
        if not small:
            self._write(MARK)
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            # an item led back to the tuple, which is in the memo already:
            # its items are dropped and the memo's copy used
            if small:
                self._write(POP * size + self._memo_get(obj))
            elif self.bin:
                self._write(POP_MARK + self._memo_get(obj))
            else:
                self._write(POP * (size + 1) + self._memo_get(obj))
            return
        self._write(_SMALL_TUPLES[size] if small else TUPLE)
        self.memoize(obj)

    def _save_list(self, obj):
        self._write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        if obj:
            if self.bin:
                self._batch_exact(obj, APPEND, APPENDS, self._save_one)
            else:
                self._batch_items(iter(obj))

    def _save_dict(self, obj):
        self._write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        if obj:
            if self.bin:
                self._batch_exact(list(obj.items()), SETITEM, SETITEMS, self._save_pair)
            else:
                self._batch_pairs(iter(obj.items()))

    def _save_one(self, item):
        self.save(item)

    def _save_pair(self, pair):
        self.save(pair[0])
        self.save(pair[1])

    def _batch_exact(self, items, one_op, many_op, save_item):
        """The items of a list or dict itself: one alone with one_op, else
        in batches of 1000 between MARK and many_op.  A dict goes on to an
        empty batch after a full one; a list stops at its end."""
        if len(items) == 1:
            save_item(items[0])
            self._write(one_op)
            return
        is_dict = many_op == SETITEMS
        start = 0
        while True:
            batch = items[start:start + _BATCHSIZE]
            self._write(MARK)
            for item in batch:
                save_item(item)
            self._write(many_op)
            start += len(batch)
            if len(batch) < _BATCHSIZE or (start >= len(items) and not is_dict):
                return

    def _batch_items(self, iterator):
        """The items of an iterator (listitems of a recipe), appended."""
        if not self.bin:
            for item in iterator:
                self.save(item)
                self._write(APPEND)
            return
        self._batch_iterated(iterator, self._save_one, APPEND, APPENDS)

    def _batch_pairs(self, iterator):
        """The (key, value) pairs of an iterator (dictitems), set."""
        if not self.bin:
            for pair in iterator:
                self._save_checked_pair(pair)
                self._write(SETITEM)
            return
        self._batch_iterated(iterator, self._save_checked_pair, SETITEM, SETITEMS)

    def _save_checked_pair(self, pair):
        if not isinstance(pair, tuple) or len(pair) != 2:
            raise PicklingError("dict items iterator must return 2-tuples")
        self._save_pair(pair)

    def _batch_iterated(self, iterator, save_item, one_op, many_op):
        # batches of 1000 between MARK and many_op; a batch of one alone
        # is written with one_op
        end = object()
        item = next(iterator, end)
        while item is not end:
            following = next(iterator, end)
            if following is end:
                save_item(item)
                self._write(one_op)
                return
            self._write(MARK)
            save_item(item)
            count = 1
            while following is not end and count < _BATCHSIZE:
                save_item(following)
                count += 1
                following = next(iterator, end)
            self._write(many_op)
            item = following

    def _save_set(self, obj):
        if self.proto < 4:
            self._save_reduce(obj, set, (list(obj),))
            return
        self._write(EMPTY_SET)
        self.memoize(obj)
        if not obj:
            return
        items = list(obj)
        start = 0
        while True:
            batch = items[start:start + _BATCHSIZE]
            self._write(MARK)
            for item in batch:
                self.save(item)
            self._write(ADDITEMS)
            start += len(batch)
            if len(batch) < _BATCHSIZE:
                return

    def _save_frozenset(self, obj):
        if self.proto < 4:
            self._save_reduce(obj, frozenset, (list(obj),))
            return
        self._write(MARK)
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            self._write(POP_MARK + self._memo_get(obj))
            return
        self._write(FROZENSET)
        self.memoize(obj)

    # -- objects by reference --

    def save_global(self, obj, name=None):
        if obj is _codecs_encode:
            self._save_found_global(obj, *_CODECS_ENCODE, None, None)
            return
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        if '<locals>' in name.split('.'):
            raise AttributeError(f"Can't pickle local object {name!r}")
        module_name = _which_module(obj, name)
        try:
            __import__(module_name)
            module = sys.modules[module_name]
        except (ImportError, KeyError):
            raise PicklingError(f"Can't pickle {obj!r}: import of module "
                                f"{module_name!r} failed") from None
        try:
            found, parent = _lookup_dotted(module, name)
        except AttributeError:
            raise PicklingError(f"Can't pickle {obj!r}: attribute lookup {name} "
                                f"on {module_name} failed") from None
        if found is not obj:
            raise PicklingError(f"Can't pickle {obj!r}: it's not the same object "
                                f"as {module_name}.{name}")
        self._save_found_global(obj, module_name, name, module, parent)

    def _save_found_global(self, obj, module_name, name, module, parent):
        if self.proto >= 2 and self._save_extension(module_name, name):
            return
        lastname = name.rpartition('.')[2]
        if self.proto >= 4:
            # the strings as CPython has them: a module's name is interned,
            # so met again it is fetched from the memo; so is a class's or
            # function's name (a constant of the code), except a C type's,
            # made afresh from the type's full name (datetime.datetime: in
            # pyrun a class named as its module stands for one)
            module_name = sys.intern(module_name)
            if name != module_name:
                name = sys.intern(name)
            self.save(module_name)
            self.save(name)
            self._write(STACK_GLOBAL)
        elif parent is not module:
            self._save_reduce(None, getattr, (parent, lastname))
        else:
            self._write(GLOBAL + self._global_names(module_name, lastname))
        self.memoize(obj)

    def _save_extension(self, module_name, name):
        code = _copyreg._extension_registry.get((module_name, name))
        if not code:
            return False
        if code <= 0xff:
            self._write(EXT1 + bytes((code,)))
        elif code <= 0xffff:
            self._write(EXT2 + _pack('<H', code))
        else:
            self._write(EXT4 + _pack('<i', code))
        return True

    def _global_names(self, module_name, name):
        """GLOBAL's argument: the module and the name, each on its line;
        below protocol 3 in ASCII, as Python 2 would call them."""
        if self.proto >= 3:
            return module_name.encode('utf-8') + b'\n' + name.encode('utf-8') + b'\n'
        if self.fix_imports:
            renamed = _TO_PY2_NAME.get((module_name, name))
            if renamed:
                module_name, name = renamed
            else:
                module_name = _TO_PY2_MODULE.get(module_name, module_name)
        try:
            module_bytes = module_name.encode('ascii')
        except UnicodeEncodeError:
            raise PicklingError(f"can't pickle module identifier {module_name!r} "
                                f"using pickle protocol {self.proto}") from None
        try:
            name_bytes = name.encode('ascii')
        except UnicodeEncodeError:
            raise PicklingError(f"can't pickle global identifier {name!r} "
                                f"using pickle protocol {self.proto}") from None
        return module_bytes + b'\n' + name_bytes + b'\n'

    def _save_type(self, obj):
        for singleton in (None, NotImplemented, ...):
            if obj is type(singleton):
                self._save_reduce(obj, type, (singleton,))
                return
        self.save_global(obj)

    # -- objects through their recipe --

    def _save_reduce(self, obj, func, args, state=None, listitems=None, dictitems=None,
                     state_setter=None):
        if listitems is not None and not hasattr(type(listitems), '__next__'):
            raise PicklingError("fourth element of the tuple returned by __reduce__ must "
                                f"be an iterator, not {_type_name(listitems)}")
        if dictitems is not None and not hasattr(type(dictitems), '__next__'):
            raise PicklingError("fifth element of the tuple returned by __reduce__ must "
                                f"be an iterator, not {_type_name(dictitems)}")
        if state_setter is not None and not callable(state_setter):
            raise PicklingError("sixth element of the tuple returned by __reduce__ must "
                                f"be a function, not {_type_name(state_setter)}")
        func_name = getattr(func, '__name__', '') if self.proto >= 2 else ''
        if func_name == '__newobj_ex__':
            self._save_newobj_ex(args)
        elif func_name == '__newobj__':
            self._save_newobj(obj, args)
        else:
            if not callable(func):
                raise PicklingError("first item of the tuple returned by __reduce__ "
                                    "must be callable")
            if not isinstance(args, tuple):
                raise PicklingError("second item of the tuple returned by __reduce__ "
                                    "must be a tuple")
            self.save(func)
            self.save(args)
            self._write(REDUCE)
        if obj is not None:
            self._memoize_rebuilt(obj)
        if listitems is not None:
            self._batch_items(listitems)
        if dictitems is not None:
            self._batch_pairs(dictitems)
        if state is not None:
            self._save_state(obj, state, state_setter)

    def _memoize_rebuilt(self, obj):
        if id(obj) not in self.memo:
            self.memoize(obj)
            return
        # the arguments led back to obj: the copy made first is kept
        self._write(POP + self._memo_get(obj))

    def _save_state(self, obj, state, state_setter):
        if state_setter is None:
            self.save(state)
            self._write(BUILD)
            return
        # state_setter(obj, state), its result dropped
        for part in (state_setter, obj, state):
            self.save(part)
        self._write(TUPLE2 + REDUCE + POP)

    def _save_newobj(self, obj, args):
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ "
                                "must be a tuple")
        if not args:
            raise PicklingError("__newobj__ arglist is empty")
        cls = args[0]
        if not isinstance(cls, type):
            raise PicklingError("args[0] from __newobj__ args is not a type")
        if obj is not None and type(obj) is not cls and \
                getattr(obj, '__class__', None) is not cls:
            raise PicklingError("args[0] from __newobj__ args has the wrong class")
        self.save(cls)
        self.save(args[1:])
        self._write(NEWOBJ)

    def _save_newobj_ex(self, args):
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ "
                                "must be a tuple")
        if len(args) != 3:
            raise PicklingError("length of the NEWOBJ_EX argument tuple must be "
                                f"exactly 3, not {len(args)}")
        cls, cls_args, kwargs = args
        if not isinstance(cls, type):
            raise PicklingError("first item from NEWOBJ_EX argument tuple must be "
                                f"a class, not {_type_name(cls)}")
        if not isinstance(cls_args, tuple):
            raise PicklingError("second item from NEWOBJ_EX argument tuple must be "
                                f"a tuple, not {_type_name(cls_args)}")
        if not isinstance(kwargs, dict):
            raise PicklingError("third item from NEWOBJ_EX argument tuple must be "
                                f"a dict, not {_type_name(kwargs)}")
        if self.proto >= 4:
            self.save(cls)
            self.save(cls_args)
            self.save(kwargs)
            self._write(NEWOBJ_EX)
            return
        # before protocol 4: a partial of cls.__new__, called with nothing
        from functools import partial
        self.save(partial(cls.__new__, cls, *cls_args, **kwargs))
        self.save(())
        self._write(REDUCE)


def _codecs_encode(obj, encoding='utf-8', errors='strict'):
    """What a pickle calls _codecs.encode: bytes below protocol 3 are
    rebuilt by _codecs.encode(text, 'latin1').  pyrun has no _codecs
    module: this function is written under that name, and read back as it."""
    return obj.encode(encoding, errors)


_CODECS_ENCODE = ('_codecs', 'encode')
_FunctionType = type(_codecs_encode)

_ATOMS = {bool: Pickler._save_bool, int: Pickler._save_int, float: Pickler._save_float}
_SAVERS = {bytes: Pickler._save_bytes, str: Pickler._save_str, dict: Pickler._save_dict,
           set: Pickler._save_set, frozenset: Pickler._save_frozenset,
           list: Pickler._save_list, tuple: Pickler._save_tuple,
           bytearray: Pickler._save_bytearray}


# ---- reading ----------------------------------------------------------------------------

class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class Unpickler:
    """Reads pickles from a binary file."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict",
                 buffers=None):
        try:
            self._file_read = file.read
            self._file_readline = file.readline
        except AttributeError as error:
            raise TypeError(f"file must have 'read' and 'readline' attributes") from None
        self._buffers = iter(buffers) if buffers is not None else None
        self.encoding = encoding
        self.errors = errors
        self.fix_imports = fix_imports
        self.proto = 0
        self.memo = {}

    # -- the input, frames served from memory --

    def _read(self, n):
        frame = self._frame
        if frame is not None:
            data = frame.read(n)
            if len(data) == n:
                return data
            if data or n == 0:
                raise UnpicklingError("pickle exhausted before end of frame")
            self._frame = None
        data = self._file_read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def _readline(self):
        frame = self._frame
        if frame is not None:
            line = frame.readline()
            if line:
                if not line.endswith(b'\n'):
                    raise UnpicklingError("pickle exhausted before end of frame")
                return line
            self._frame = None
        line = self._file_readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return line

    def load(self):
        """Reads one pickle and returns the object it describes."""
        if not hasattr(self, '_file_read'):
            raise UnpicklingError(f"Unpickler.__init__() was not called by "
                                  f"{type(self).__name__}.__init__()")
        self._frame = None
        self.stack = []
        self._marks = []
        self.proto = 0
        first = self._file_read(1)
        if not first:
            raise EOFError("Ran out of input")
        key = first
        try:
            while True:
                action = _LOADERS.get(key[0])
                if action is None:
                    raise UnpicklingError(f"invalid load key, {_key_repr(key)}.")
                action(self)
                key = self._read_key()
        except _Stop as stop:
            return stop.value

    def _read_key(self):
        frame = self._frame
        if frame is not None:
            key = frame.read(1)
            if key:
                return key
            self._frame = None
        key = self._file_read(1)
        if not key:
            raise UnpicklingError("pickle data was truncated")
        return key

    # -- the stack and its marks --

    def _push(self, value):
        self.stack.append(value)

    def _pop(self):
        if not self.stack or (self._marks and len(self.stack) <= self._marks[-1]):
            raise UnpicklingError("unpickling stack underflow")
        return self.stack.pop()

    def _top(self):
        if not self.stack or (self._marks and len(self.stack) <= self._marks[-1]):
            raise UnpicklingError("unpickling stack underflow")
        return self.stack[-1]

    def _pop_mark(self):
        """The items above the last mark, removed with the mark."""
        if not self._marks:
            raise UnpicklingError("could not find MARK")
        start = self._marks.pop()
        items = self.stack[start:]
        del self.stack[start:]
        return items

    def _memo_store(self, index, value):
        self.memo[index] = value

    def _memo_fetch(self, index):
        try:
            return self.memo[index]
        except KeyError:
            raise UnpicklingError(f"Memo value not found at index {index}") from None

    # -- the opcodes --

    def load_proto(self):
        proto = self._read(1)[0]
        if proto > HIGHEST_PROTOCOL:
            raise ValueError(f"unsupported pickle protocol: {proto}")
        self.proto = proto

    def load_frame(self):
        size, = _unpack('<Q', self._read(8))
        if self._frame is not None and self._frame.read(1):
            raise UnpicklingError("beginning of a new frame before end of current frame")
        self._frame = None
        self._frame = _io.BytesIO(self._read(size))

    def load_stop(self):
        raise _Stop(self._pop())

    def load_mark(self):
        self._marks.append(len(self.stack))

    def load_pop(self):
        if self.stack and not (self._marks and len(self.stack) <= self._marks[-1]):
            self.stack.pop()
        elif self._marks:
            self._pop_mark()
        else:
            raise UnpicklingError("unpickling stack underflow")

    def load_pop_mark(self):
        self._pop_mark()

    def load_dup(self):
        self._push(self._top())

    # numbers
    def load_none(self):
        self._push(None)

    def load_false(self):
        self._push(False)

    def load_true(self):
        self._push(True)

    def load_int(self):
        text = self._readline()[:-1]
        if text == b'00':
            self._push(False)
        elif text == b'01':
            self._push(True)
        else:
            self._push(int(text))

    def load_binint(self):
        self._push(_unpack('<i', self._read(4))[0])

    def load_binint1(self):
        self._push(self._read(1)[0])

    def load_binint2(self):
        self._push(_unpack('<H', self._read(2))[0])

    def load_long(self):
        text = self._readline()[:-1]
        if text.endswith(b'L'):
            text = text[:-1]
        self._push(int(text))

    def load_long1(self):
        size = self._read(1)[0]
        self._push(_decode_long(self._read(size)))

    def load_long4(self):
        size, = _unpack('<i', self._read(4))
        if size < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self._push(_decode_long(self._read(size)))

    def load_float(self):
        self._push(float(self._readline()[:-1]))

    def load_binfloat(self):
        self._push(_unpack('>d', self._read(8))[0])

    # strings
    def _decode_py2_string(self, data):
        if self.encoding == 'bytes':
            return data
        return data.decode(self.encoding, self.errors)

    def load_string(self):
        data = self._readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self._push(self._decode_py2_string(_unescape_bytes(data)))

    def load_binstring(self):
        size, = _unpack('<i', self._read(4))
        if size < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self._push(self._decode_py2_string(self._read(size)))

    def load_short_binstring(self):
        self._push(self._decode_py2_string(self._read(self._read(1)[0])))

    def load_unicode(self):
        self._push(_text_unescape(self._readline()[:-1]))

    def load_binunicode(self):
        size, = _unpack('<I', self._read(4))
        self._push(str(self._read(size), 'utf-8', 'surrogatepass'))

    def load_binunicode8(self):
        size, = _unpack('<Q', self._read(8))
        self._push(str(self._read(size), 'utf-8', 'surrogatepass'))

    def load_short_binunicode(self):
        self._push(str(self._read(self._read(1)[0]), 'utf-8', 'surrogatepass'))

    def load_binbytes(self):
        size, = _unpack('<I', self._read(4))
        self._push(self._read(size))

    def load_binbytes8(self):
        size, = _unpack('<Q', self._read(8))
        self._push(self._read(size))

    def load_short_binbytes(self):
        self._push(self._read(self._read(1)[0]))

    def load_bytearray8(self):
        size, = _unpack('<Q', self._read(8))
        self._push(bytearray(self._read(size)))

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data "
                                  "but no *buffers* argument was given")
        try:
            self._push(next(self._buffers))
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None

    def load_readonly_buffer(self):
        self._top()

    # containers
    def load_empty_tuple(self):
        self._push(())

    def load_tuple(self):
        self._push(tuple(self._pop_mark()))

    def load_tuple1(self):
        self.stack[-1:] = [tuple(self._last(1))]

    def load_tuple2(self):
        self.stack[-2:] = [tuple(self._last(2))]

    def load_tuple3(self):
        self.stack[-3:] = [tuple(self._last(3))]

    def _last(self, n):
        floor = self._marks[-1] if self._marks else 0
        if len(self.stack) - floor < n:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack[-n:]

    def load_empty_list(self):
        self._push([])

    def load_list(self):
        self._push(self._pop_mark())

    def load_empty_dict(self):
        self._push({})

    def load_dict(self):
        items = self._pop_mark()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for DICT")
        self._push({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    def load_empty_set(self):
        self._push(set())

    def load_frozenset(self):
        self._push(frozenset(self._pop_mark()))

    def load_append(self):
        value = self._pop()
        _extend(self._top(), [value])

    def load_appends(self):
        items = self._pop_mark()
        _extend(self._top(), items)

    def load_setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value

    def load_setitems(self):
        items = self._pop_mark()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for SETITEMS")
        target = self._top()
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]

    def load_additems(self):
        items = self._pop_mark()
        target = self._top()
        if isinstance(target, set):
            target.update(items)
        else:
            for item in items:
                target.add(item)

    # the memo
    def load_get(self):
        self._push(self._memo_fetch(int(self._readline()[:-1])))

    def load_binget(self):
        self._push(self._memo_fetch(self._read(1)[0]))

    def load_long_binget(self):
        self._push(self._memo_fetch(_unpack('<I', self._read(4))[0]))

    def load_put(self):
        index = int(self._readline()[:-1])
        if index < 0:
            raise ValueError("negative PUT argument")
        self._memo_store(index, self._top())

    def load_binput(self):
        self._memo_store(self._read(1)[0], self._top())

    def load_long_binput(self):
        index, = _unpack('<I', self._read(4))
        self._memo_store(index, self._top())

    def load_memoize(self):
        self._memo_store(len(self.memo), self._top())

    # globals and objects
    def find_class(self, module, name):
        if (module, name) == _CODECS_ENCODE:
            return _codecs_encode
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _FROM_PY2_NAME:
                module, name = _FROM_PY2_NAME[(module, name)]
            else:
                module = _FROM_PY2_MODULE.get(module, module)
        __import__(module)
        if self.proto >= 4:
            return _lookup_dotted(sys.modules[module], name)[0]
        return getattr(sys.modules[module], name)

    def load_global(self):
        module = self._readline()[:-1].decode('utf-8')
        name = self._readline()[:-1].decode('utf-8')
        self._push(self.find_class(module, name))

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self._push(self.find_class(module, name))

    def _load_extension(self, code):
        cached = _copyreg._extension_cache.get(code)
        if cached is not None:
            self._push(cached)
            return
        key = _copyreg._inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError(f"unregistered extension code {code}")
        obj = self.find_class(*key)
        _copyreg._extension_cache[code] = obj
        self._push(obj)

    def load_ext1(self):
        self._load_extension(self._read(1)[0])

    def load_ext2(self):
        self._load_extension(_unpack('<H', self._read(2))[0])

    def load_ext4(self):
        self._load_extension(_unpack('<i', self._read(4))[0])

    def load_reduce(self):
        args = self._pop()
        func = self._pop()
        self._push(func(*args))

    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        self._push(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        self._push(cls.__new__(cls, *args, **kwargs))

    def load_inst(self):
        module = self._readline()[:-1].decode('ascii')
        name = self._readline()[:-1].decode('ascii')
        cls = self.find_class(module, name)
        self._instantiate(cls, self._pop_mark())

    def load_obj(self):
        items = self._pop_mark()
        if not items:
            raise UnpicklingError("unpickling stack underflow")
        self._instantiate(items[0], items[1:])

    def _instantiate(self, cls, args):
        if not args and isinstance(cls, type) and not hasattr(cls, '__getinitargs__'):
            self._push(cls.__new__(cls))
        else:
            self._push(cls(*args))

    def load_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, '__setstate__', None)
        if setstate is not None and not _is_default_setstate(inst):
            setstate(state)
            return
        slot_values = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slot_values = state
        if state:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            namespace = inst.__dict__
            for key, value in state.items():
                namespace[sys.intern(key) if type(key) is str else key] = value
        if slot_values:
            if not isinstance(slot_values, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for key, value in slot_values.items():
                setattr(inst, key, value)

    def load_persid(self):
        try:
            pid = self._readline()[:-1].decode('ascii')
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
        self._push(self._persistent(pid))

    def load_binpersid(self):
        self._push(self._persistent(self._pop()))

    def _persistent(self, pid):
        persistent_load = getattr(self, 'persistent_load', None)
        if persistent_load is None:
            raise UnpicklingError("A load persistent id instruction was encountered,\n"
                                  "but no persistent_load function was specified.")
        return persistent_load(pid)


def _is_default_setstate(inst):
    return getattr(type(inst), '__setstate__', None) is getattr(object, '__setstate__', 0)


def _extend(target, items):
    if isinstance(target, list):
        target.extend(items)
        return
    extend = getattr(target, 'extend', None)
    if extend is not None:
        extend(items)
    else:
        for item in items:
            target.append(item)


def _key_repr(key):
    # the unknown opcode quoted, printable or in hexadecimal
    byte = key[0]
    return f"'{chr(byte)}'" if 0x20 <= byte < 0x7f else f"'\\x{byte:02x}'"


_ESCAPES = {ord('n'): 10, ord('t'): 9, ord('r'): 13, ord('\\'): 92, ord("'"): 39,
            ord('"'): 34, ord('a'): 7, ord('b'): 8, ord('f'): 12, ord('v'): 11}


def _unescape_bytes(data):
    """The body of a quoted Python 2 string literal (the STRING opcode)."""
    out = bytearray()
    i, n = 0, len(data)
    while i < n:
        byte = data[i]
        if byte != 0x5c or i + 1 == n:
            out.append(byte)
            i += 1
            continue
        kind = data[i + 1]
        if kind in _ESCAPES:
            out.append(_ESCAPES[kind])
            i += 2
        elif kind == ord('x'):
            out.append(int(data[i + 2:i + 4], 16))
            i += 4
        elif ord('0') <= kind <= ord('7'):
            end = i + 1
            while end < min(n, i + 4) and ord('0') <= data[end] <= ord('7'):
                end += 1
            out.append(int(data[i + 1:end], 8) & 0xff)
            i = end
        elif kind == ord('\n'):
            i += 2
        else:
            out.append(byte)
            i += 1
    return bytes(out)


# opcode byte -> the method that carries it out
_LOADERS = {}
for _name, _value in _OPCODES.items():
    if len(_value) == 1:
        _method = getattr(Unpickler, 'load_' + _name.lower(), None)
        if _method is not None:
            _LOADERS[_value[0]] = _method
_LOADERS[INT[0]] = Unpickler.load_int
_LOADERS[NEWTRUE[0]] = Unpickler.load_true
_LOADERS[NEWFALSE[0]] = Unpickler.load_false
del _name, _value, _method


# ---- the shorthands ---------------------------------------------------------------------

def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    out = _io.BytesIO()
    Pickler(out, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)
    return out.getvalue()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return Unpickler(_io.BytesIO(data), fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()
