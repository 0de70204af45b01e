"""base64: the Base16, Base32 and Base64 encodings of RFC 4648, as
documented for CPython's base64 module.

Encoders take bytes-like data and return bytes; decoders also accept ASCII
strings.  A decoder given bad data raises binascii.Error.  (Base85 and
Ascii85 are not provided.)"""

import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes',
           'b64encode', 'b64decode', 'b32encode', 'b32decode',
           'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
           'standard_b64encode', 'standard_b64decode',
           'urlsafe_b64encode', 'urlsafe_b64decode']

bytes_types = (bytes, bytearray)

# encodebytes() and encode() write lines of MAXLINESIZE characters, each
# the encoding of MAXBINSIZE bytes
MAXLINESIZE = 76
MAXBINSIZE = MAXLINESIZE // 4 * 3

_BYTES_LIKE = (bytes, bytearray, memoryview)


def _encoder_input(data, prefix=""):
    if not isinstance(data, _BYTES_LIKE):
        raise TypeError("%sa bytes-like object is required, not '%s'"
                        % (prefix, type(data).__name__))
    return bytes(data)


def _decoder_input(data):
    """Data to decode as bytes: bytes-like objects and ASCII strings."""
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError('string argument should contain only ASCII '
                             'characters')
        return data.encode('ascii')
    if isinstance(data, _BYTES_LIKE):
        return bytes(data)
    raise TypeError("argument should be a bytes-like object or ASCII "
                    "string, not %r" % type(data).__name__)


# -- Base64

def _with_altchars(data, altchars, decoding):
    """Base64 data with its digits '+' and '/' written as the two bytes of
    altchars (decoding: altchars read back as '+' and '/')."""
    assert len(altchars) == 2, repr(altchars)
    if decoding:
        return data.translate(bytes.maketrans(altchars, b'+/'))
    return data.translate(bytes.maketrans(b'+/', altchars))


def b64encode(s, altchars=None):
    """Base64 of s; altchars, two bytes, stand in for '+' and '/'."""
    encoded = binascii.b2a_base64(_encoder_input(s), newline=False)
    if altchars is None:
        return encoded
    return _with_altchars(encoded, altchars, decoding=False)


def b64decode(s, altchars=None, validate=False):
    """The bytes that the Base64 s encodes.  Characters outside the
    alphabet are skipped, unless validate is true: then they are errors."""
    data = _decoder_input(s)
    if altchars is not None:
        # unlike the encoder's, these may be an ASCII string
        data = _with_altchars(data, _decoder_input(altchars), decoding=True)
    return binascii.a2b_base64(data, strict_mode=validate)


def standard_b64encode(s):
    """Base64 with the standard alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    """Base64 with '-' and '_' for '+' and '/' (safe in URLs and file
    names)."""
    return b64encode(s, b'-_')


def urlsafe_b64decode(s):
    return b64decode(s, b'-_')


# -- Base32: 5 bytes (40 bits) become 8 digits of 5 bits

_BASE32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_BASE32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'

# bytes in a short last group -> digits that carry them (the rest is '=')
_DIGITS_FOR_BYTES = {1: 2, 2: 4, 3: 5, 4: 7, 5: 8}
# padding of the last group -> bytes it stands for
_BYTES_FOR_PADDING = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}


def _b32_encode(data, alphabet):
    data = _encoder_input(data, "memoryview: ")
    out = bytearray()
    for start in range(0, len(data), 5):
        group = data[start:start + 5]
        bits = int.from_bytes(group.ljust(5, b'\0'), 'big')
        digits = _DIGITS_FOR_BYTES[len(group)]
        for shift in range(35, 35 - 5 * digits, -5):
            out.append(alphabet[(bits >> shift) & 31])
        out += b'=' * (8 - digits)
    return bytes(out)


def _b32_reading(casefold, map01):
    """The bytes.translate table that reads Base32 input as the alphabet's
    digits: with map01, the digit 0 as the letter O and 1 as map01 (RFC
    4648, section 2.4); with casefold, lower case as upper case (map01
    included)."""
    table = bytearray(range(256))
    if map01 is not None:
        map01 = _decoder_input(map01)
        assert len(map01) == 1, repr(map01)
        table[ord('0')] = ord('O')
        table[ord('1')] = map01[0]
    if casefold:
        table = table.upper()
    return bytes(table)


def _b32_decode(data, alphabet, casefold, map01=None):
    data = _decoder_input(data)
    if len(data) % 8:
        raise binascii.Error('Incorrect padding')
    if casefold or map01 is not None:
        data = data.translate(_b32_reading(casefold, map01))
    digits = data.rstrip(b'=')
    padding = len(data) - len(digits)
    value = {digit: n for n, digit in enumerate(alphabet)}
    out = bytearray()
    for start in range(0, len(digits), 8):
        group = digits[start:start + 8]
        bits = 0
        for digit in group:
            if digit not in value:
                raise binascii.Error('Non-base32 digit found')
            bits = bits << 5 | value[digit]
        out += (bits << 5 * (8 - len(group))).to_bytes(5, 'big')
    if padding not in _BYTES_FOR_PADDING:
        raise binascii.Error('Incorrect padding')
    if out:
        del out[len(out) - 5 + _BYTES_FOR_PADDING[padding]:]
    return bytes(out)


def b32encode(s):
    """Base32 of s (RFC 4648's alphabet A-Z, 2-7)."""
    return _b32_encode(s, _BASE32)


def b32decode(s, casefold=False, map01=None):
    """The bytes that the Base32 s encodes.  casefold: lower case letters
    are accepted; map01: the digits 0 and 1 are read as the letter O and
    as map01 (I or L)."""
    return _b32_decode(s, _BASE32, casefold, map01)


def b32hexencode(s):
    """Base32 with the "Extended Hex" alphabet 0-9, A-V."""
    return _b32_encode(s, _BASE32HEX)


def b32hexdecode(s, casefold=False):
    return _b32_decode(s, _BASE32HEX, casefold)


# -- Base16: hexadecimal in upper case

def b16encode(s):
    """s in hexadecimal, upper case."""
    return binascii.hexlify(_encoder_input(s)).upper()


def b16decode(s, casefold=False):
    """The bytes that the hexadecimal s encodes (upper case only, unless
    casefold)."""
    data = _decoder_input(s)
    if casefold:
        data = data.upper()
    if data.translate(None, b'0123456789ABCDEF'):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(data)


# -- Base64 in lines, as in MIME

def encodebytes(s):
    """Base64 of s in lines of at most 76 characters, each ending with a
    newline."""
    if not isinstance(s, _BYTES_LIKE):
        raise TypeError("expected bytes-like object, not %s"
                        % type(s).__name__)
    data = bytes(s)
    return b''.join(binascii.b2a_base64(data[start:start + MAXBINSIZE])
                    for start in range(0, len(data), MAXBINSIZE))


def decodebytes(s):
    """The bytes that the lines of Base64 s encode."""
    if not isinstance(s, _BYTES_LIKE):
        raise TypeError("expected bytes-like object, not %s"
                        % type(s).__name__)
    return binascii.a2b_base64(bytes(s))


def encode(input, output):
    """Reads the binary file input to its end and writes its Base64 to the
    binary file output, in lines as encodebytes() makes them."""
    while True:
        chunk = input.read(MAXBINSIZE)
        if not chunk:
            return
        # a short read is not the end: fill the line
        while len(chunk) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(chunk))
            if not more:
                break
            chunk += more
        output.write(binascii.b2a_base64(chunk))


def decode(input, output):
    """Decodes the lines of Base64 of the binary file input into the binary
    file output."""
    for line in iter(input.readline, b''):
        output.write(binascii.a2b_base64(line))
