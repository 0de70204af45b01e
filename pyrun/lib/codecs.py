"""codecs - encoders and decoders looked up by name (pyrun's own version).

Covered: lookup() and CodecInfo; encode() and decode(); getencoder,
getdecoder, getincrementalencoder, getincrementaldecoder, getreader,
getwriter; iterencode and iterdecode; the classes Codec,
IncrementalEncoder, IncrementalDecoder, BufferedIncrementalDecoder,
StreamWriter, StreamReader and StreamReaderWriter; open() (a file opened
in binary mode behind a StreamReaderWriter); register_error() and
lookup_error() with the handlers strict, ignore, replace,
backslashreplace, xmlcharrefreplace, namereplace, surrogateescape and
surrogatepass; the BOM constants.

The encodings are those that pyrun's str.encode() and bytes.decode() know:
utf-8, ascii, latin-1, utf-16, utf-16-le, utf-16-be, utf-32, utf-32-le,
utf-32-be, unicode_escape and raw_unicode_escape, under the same spellings.
Any other name (utf-8-sig, cp1252, rot13, ...) raises LookupError
"unknown encoding", as str.encode() does.  Not provided: register() and
unregister() (codec search functions), EncodedFile, StreamRecoder.

The codecs and the error handlers are pyrun's C ones (the _codecs module),
which str.encode and bytes.decode use too.
"""

import _codecs
import builtins
import sys

# the byte order marks: U+FEFF (ZERO WIDTH NO-BREAK SPACE) encoded
_NATIVE = 'le' if sys.byteorder == 'little' else 'be'
BOM_UTF8 = '\ufeff'.encode('utf-8')
BOM_LE = BOM_UTF16_LE = '\ufeff'.encode('utf-16-le')
BOM_BE = BOM_UTF16_BE = '\ufeff'.encode('utf-16-be')
BOM_UTF32_LE = '\ufeff'.encode('utf-32-le')
BOM_UTF32_BE = '\ufeff'.encode('utf-32-be')
BOM = BOM_UTF16 = '\ufeff'.encode('utf-16-' + _NATIVE)
BOM_UTF32 = '\ufeff'.encode('utf-32-' + _NATIVE)


# ---- error handlers ---------------------------------------------------------

# the registry lives in C (the _codecs module), shared with str.encode and
# bytes.decode, which call the handlers given to register_error
register_error = _codecs.register_error
lookup_error = _codecs.lookup_error
strict_errors = lookup_error('strict')
ignore_errors = lookup_error('ignore')
replace_errors = lookup_error('replace')
backslashreplace_errors = lookup_error('backslashreplace')
xmlcharrefreplace_errors = lookup_error('xmlcharrefreplace')
namereplace_errors = lookup_error('namereplace')


# ---- encoding and decoding with any handler ---------------------------------

# the codecs: the name CodecInfo shows, and the names accepted for it (in
# the form _normal_name gives them, as str.encode accepts them)
_CODECS = {
    'utf-8': ('utf_8', 'utf8', 'u8'),
    'ascii': ('ascii', 'us_ascii', '646'),
    'iso8859-1': ('latin_1', 'latin1', 'iso_8859_1', 'iso8859_1', 'l1', 'cp819'),
    'utf-16': ('utf_16', 'utf16'),
    'utf-16-le': ('utf_16_le', 'utf_16le'),
    'utf-16-be': ('utf_16_be', 'utf_16be'),
    'utf-32': ('utf_32', 'utf32'),
    'utf-32-le': ('utf_32_le', 'utf_32le'),
    'utf-32-be': ('utf_32_be', 'utf_32be'),
    'unicode-escape': ('unicode_escape',),
    'raw-unicode-escape': ('raw_unicode_escape',),
}
_CODEC_OF_NAME = {alias: codec for codec, aliases in _CODECS.items() for alias in aliases}

# after its first piece, a text goes on in the byte order that piece chose
_CONTINUATION = {'utf-16': 'utf-16-' + _NATIVE, 'utf-32': 'utf-32-' + _NATIVE}

# what a decoder says when the input stops inside a character: an
# incremental decoder waits for more there
_TRUNCATION_REASONS = (
    'unexpected end of data', 'truncated data', '\\ at end of string',
    'truncated \\xXX escape', 'truncated \\uXXXX escape', 'truncated \\UXXXXXXXX escape',
)


def _normal_name(encoding):
    return encoding.lower().replace('-', '_').replace(' ', '_')


def _encode(codec, text, errors):
    """text in `codec`, the errors handled by the handler `errors`."""
    if not isinstance(text, str):
        raise TypeError(f'{_FUNCTION_NAMES[codec]}_encode() argument 1 must be str, '
                        f'not {type(text).__name__}')
    return _codecs._encode(text, codec, errors)


def _pending_start(codec, data):
    """Where the bytes of a character that data ends inside begin
    (len(data) if it ends after a whole one): an incremental decoder keeps
    them for the next piece."""
    position = 0
    while True:
        try:
            _codecs._decode(data[position:], codec, 'strict')
            return len(data)
        except UnicodeDecodeError as failure:
            if position + failure.end == len(data) and failure.reason in _TRUNCATION_REASONS:
                return position + failure.start
            position += failure.end


def _decode(codec, data, errors, final=True):
    """(text, bytes used) of data in `codec`, the errors handled by the
    handler `errors`; unless final, bytes that end inside a character are
    left for later."""
    data = _bytes_of(data)
    used = len(data) if final else _pending_start(codec, data)
    return _codecs._decode(data[:used], codec, errors), used


def _bytes_of(data):
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if isinstance(data, memoryview):
        return data.tobytes()
    raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")


# the names of CPython's codec functions (utf_8_encode, ...)
_FUNCTION_NAMES = {
    'utf-8': 'utf_8', 'ascii': 'ascii', 'iso8859-1': 'latin_1', 'utf-16': 'utf_16',
    'utf-16-le': 'utf_16_le', 'utf-16-be': 'utf_16_be', 'utf-32': 'utf_32',
    'utf-32-le': 'utf_32_le', 'utf-32-be': 'utf_32_be', 'unicode-escape': 'unicode_escape',
    'raw-unicode-escape': 'raw_unicode_escape',
}


def _stateless_functions(codec):
    def encode(input, errors='strict'):
        return _encode(codec, input, errors), len(input)

    def decode(input, errors='strict'):
        return _decode(codec, input, errors)

    encode.__name__ = encode.__qualname__ = _FUNCTION_NAMES[codec] + '_encode'
    decode.__qualname__ = 'decode'
    return encode, decode


# ---- the classes of a codec -------------------------------------------------

class Codec:
    """The stateless interface: encode and decode return (result, length used)."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes a text given in pieces."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ''

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder:
    """Decodes bytes given in pieces."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return b'', 0

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder that keeps the bytes of an unfinished
    character for the next call; subclasses give _buffer_decode(input,
    errors, final) -> (text, bytes used)."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b''

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + _bytes_of(input)
        text, used = self._buffer_decode(data, self.errors, final)
        self.buffer = data[used:]
        return text

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b''

    def getstate(self):
        return self.buffer, 0

    def setstate(self, state):
        self.buffer = state[0]


def _incremental_encoder(codec):
    class Encoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return _encode(codec, input, self.errors)

    return Encoder


def _bom_incremental_encoder(codec):
    """UTF-16 and UTF-32: the BOM before the first piece only."""
    following = _CONTINUATION[codec]

    class Encoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self.bom_written = False

        def encode(self, input, final=False):
            result = _encode(following if self.bom_written else codec, input, self.errors)
            self.bom_written = True
            return result

        def reset(self):
            self.bom_written = False

        def getstate(self):
            return 0 if self.bom_written else 2

        def setstate(self, state):
            self.bom_written = state != 2

    return Encoder


def _incremental_decoder(codec):
    class Decoder(BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            return _decode(codec, input, errors, final)

    return Decoder


def _bom_incremental_decoder(codec, width, boms):
    """UTF-16 and UTF-32: the byte order from the BOM of the first bytes
    (the native one without a BOM), kept for the bytes after them."""
    class Decoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self.order = None       # 'le' or 'be' once known

        def _buffer_decode(self, input, errors, final):
            if self.order is None:
                if len(input) < width and not final:
                    return '', 0
                for order, bom in boms.items():
                    if input.startswith(bom):
                        self.order = order
                        text, used = _decode(f'{codec}-{order}', input[width:], errors, final)
                        return text, used + width
                self.order = _NATIVE
            return _decode(f'{codec}-{self.order}', input, errors, final)

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self.order = None

        def getstate(self):
            flag = {None: 2, 'le': 0, 'be': 1}[self.order]
            return self.buffer, flag

        def setstate(self, state):
            self.buffer = state[0]
            self.order = {2: None, 0: 'le', 1: 'be'}[state[1]]

    return Decoder


class _OverStream:
    """What a stream wrapper passes on to the binary stream under it: the
    attributes it has not itself, and closing at the end of a with block."""

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.stream.close()


class StreamWriter(Codec, _OverStream):
    """Writes text to a binary stream, encoded."""

    def __init__(self, stream, errors='strict'):
        self.errors = errors
        self.stream = stream

    def write(self, object):
        encoded = self.encode(object, self.errors)[0]
        self.stream.write(encoded)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def reset(self):
        pass


class StreamReader(Codec, _OverStream):
    """Reads text from a binary stream, decoded."""

    def _decode_piece(self, input, errors, final):
        # what a subclass that gives only decode() can do: decode it all
        return self.decode(input, errors)

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b''
        self.charbuffer = ''

    def _fill(self, size):
        """Decodes at least `size` more bytes (all if size < 0); false at the end."""
        data = self.stream.read() if size < 0 else self.stream.read(size)
        final = not data or size < 0
        data = self.bytebuffer + data
        text, used = self._decode_piece(data, self.errors, final)
        self.bytebuffer = data[used:]
        self.charbuffer += text
        return not final

    def read(self, size=-1, chars=-1, firstline=False):
        if chars < 0 and size >= 0:
            chars = size
        while chars < 0 or len(self.charbuffer) < chars:
            if not self._fill(-1 if chars < 0 else 72):
                break
        if chars < 0:
            result, self.charbuffer = self.charbuffer, ''
        else:
            result, self.charbuffer = self.charbuffer[:chars], self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        while True:
            lines = self.charbuffer.splitlines(True)
            if len(lines) > 1 or (lines and lines[0].endswith(('\n', '\r')) and
                                  not lines[0].endswith('\r')):
                break
            if not self._fill(72):
                break
        lines = self.charbuffer.splitlines(True)
        if not lines:
            return ''
        line = lines[0]
        self.charbuffer = self.charbuffer[len(line):]
        return line if keepends else line.splitlines()[0] if line.strip('\r\n') else ''

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b''
        self.charbuffer = ''

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration


class StreamReaderWriter(_OverStream):
    """A binary stream read through a StreamReader and written through a StreamWriter."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.errors = errors
        self.reader, self.writer = Reader(stream, errors), Writer(stream, errors)
        self.stream = stream

    def __getattr__(self, name):
        # reading goes through the reader, writing through the writer, the
        # rest (close, seek, name, ...) to the stream itself
        if name in ('read', 'readline', 'readlines'):
            return getattr(self.reader, name)
        if name in ('write', 'writelines'):
            return getattr(self.writer, name)
        return getattr(self.stream, name)

    def __iter__(self):
        return self

    def __next__(self):
        return self.reader.__next__()

    def reset(self):
        for side in (self.reader, self.writer):
            side.reset()


def _stream_classes(encode, decode, encoder_class, decoder_class):
    """A codec's StreamReader and StreamWriter: they work through its
    incremental decoder and encoder, so that a BOM is read and written only
    at the start of the stream."""
    class Writer(StreamWriter):
        def write(self, object):
            if not hasattr(self, '_encoder'):
                self._encoder = encoder_class(self.errors)
            self.stream.write(self._encoder.encode(object))

        def reset(self):
            self._encoder = encoder_class(self.errors)

    class Reader(StreamReader):
        def _decode_piece(self, input, errors, final):
            if not hasattr(self, '_decoder'):
                self._decoder = decoder_class(errors)
            return self._decoder.decode(input, final), len(input)

        def reset(self):
            StreamReader.reset(self)
            self._decoder = decoder_class(self.errors)

    Writer.encode = staticmethod(encode)
    Reader.decode = staticmethod(decode)
    return Reader, Writer


# ---- looking codecs up ------------------------------------------------------

class CodecInfo(tuple):
    """What lookup() finds: the functions and classes of a codec (and, as a
    tuple, its encode, decode, streamreader and streamwriter)."""

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        info = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        info.__dict__.update(
            name=name, encode=encode, decode=decode, streamreader=streamreader,
            streamwriter=streamwriter, incrementalencoder=incrementalencoder,
            incrementaldecoder=incrementaldecoder)
        if _is_text_encoding is not None:
            info._is_text_encoding = _is_text_encoding
        return info

    def __repr__(self):
        return (f'<{type(self).__module__}.{type(self).__qualname__} object for encoding '
                f'{self.name} at {id(self):#x}>')


_found = {}


def _make_codec_info(codec):
    encode, decode = _stateless_functions(codec)
    if codec in _CONTINUATION:
        width = 2 if codec == 'utf-16' else 4
        boms = ({'le': BOM_UTF16_LE, 'be': BOM_UTF16_BE} if width == 2 else
                {'le': BOM_UTF32_LE, 'be': BOM_UTF32_BE})
        encoder = _bom_incremental_encoder(codec)
        decoder = _bom_incremental_decoder(codec, width, boms)
    else:
        encoder = _incremental_encoder(codec)
        decoder = _incremental_decoder(codec)
    reader, writer = _stream_classes(encode, decode, encoder, decoder)
    for cls, kind in ((encoder, 'IncrementalEncoder'), (decoder, 'IncrementalDecoder'),
                      (reader, 'StreamReader'), (writer, 'StreamWriter')):
        cls.__name__ = cls.__qualname__ = kind
    return CodecInfo(encode, decode, reader, writer, encoder, decoder, codec,
                     _is_text_encoding=True)


def lookup(encoding):
    """The CodecInfo of the codec called `encoding`."""
    if not isinstance(encoding, str):
        raise TypeError(f'lookup() argument must be str, not {type(encoding).__name__}')
    codec = _CODEC_OF_NAME.get(_normal_name(encoding))
    if codec is None:
        raise LookupError(f'unknown encoding: {encoding}')
    if codec not in _found:
        _found[codec] = _make_codec_info(codec)
    return _found[codec]


def _check_errors_argument(who, errors):
    if not isinstance(errors, str):
        raise TypeError(f"{who}() argument 'errors' must be str, not {type(errors).__name__}")


# the errors that encode() and decode() reword to name the codec (those
# that carry nothing but their message)
_REWORDED = (TypeError, ValueError, LookupError, IndexError, RuntimeError, NotImplementedError)


def _run_codec(function, what, encoding, obj, errors):
    try:
        return function(obj, errors)[0]
    except _REWORDED as e:
        if type(e) not in _REWORDED:
            raise
        raise type(e)(f"{what} with {encoding!r} codec failed ({type(e).__name__}: {e})") \
            from e


def encode(obj, encoding='utf-8', errors='strict'):
    """obj encoded by the codec `encoding`."""
    _check_errors_argument('encode', errors)
    info = lookup(encoding)
    return _run_codec(info.encode, 'encoding', encoding, obj, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    """obj decoded by the codec `encoding`."""
    _check_errors_argument('decode', errors)
    info = lookup(encoding)
    return _run_codec(info.decode, 'decoding', encoding, obj, errors)


def _part_getter(function_name, part):
    def get(encoding):
        return getattr(lookup(encoding), part)

    get.__name__ = get.__qualname__ = function_name
    get.__doc__ = f"The {part} of the codec `encoding` (lookup(encoding).{part})."
    return get


getencoder = _part_getter('getencoder', 'encode')
getdecoder = _part_getter('getdecoder', 'decode')
getincrementalencoder = _part_getter('getincrementalencoder', 'incrementalencoder')
getincrementaldecoder = _part_getter('getincrementaldecoder', 'incrementaldecoder')
getreader = _part_getter('getreader', 'streamreader')
getwriter = _part_getter('getwriter', 'streamwriter')


def _coded_pieces(coder, pieces, last_input):
    """What coder (an incremental encoder or decoder) makes of each piece,
    then of the end, leaving out the empty results."""
    for piece in pieces:
        result = coder.encode(piece) if last_input == '' else coder.decode(piece)
        if result:
            yield result
    result = coder.encode(last_input, True) if last_input == '' else \
        coder.decode(last_input, True)
    if result:
        yield result


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """The pieces of `iterator` encoded one by one (empty results left out)."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    return _coded_pieces(encoder, iterator, '')


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """The pieces of `iterator` decoded one by one (empty results left out)."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    return _coded_pieces(decoder, iterator, b'')


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """The file `filename`, read and written through the codec `encoding`
    (without one: the built-in open's file)."""
    if encoding is None:
        return builtins.open(filename, mode, buffering)
    binary_mode = mode if 'b' in mode else mode + 'b'
    file = builtins.open(filename, binary_mode, buffering)
    try:
        info = lookup(encoding)
    except LookupError:
        file.close()
        raise
    wrapped = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
    wrapped.encoding = encoding
    return wrapped
