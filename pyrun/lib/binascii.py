"""Conversions between binary data and ASCII, as CPython's binascii:
base64 (a2b_base64, b2a_base64), hex (hexlify, unhexlify), crc32."""

__all__ = ['Error', 'Incomplete', 'a2b_base64', 'b2a_base64', 'a2b_hex', 'b2a_hex', 'hexlify',
           'unhexlify', 'crc32', 'crc_hqx']


class Error(ValueError):
    __module__ = 'binascii'


class Incomplete(Exception):
    __module__ = 'binascii'


_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUES = {c: i for i, c in enumerate(_B64)}


def _bytes_of(data, what="a bytes-like object"):
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    raise TypeError(f"argument should be bytes, buffer or ASCII string, not "
                    f"'{type(data).__name__}'")


def b2a_base64(data, *, newline=True):
    """Base64 of data, with a newline at the end unless newline is false."""
    if isinstance(data, str):
        raise TypeError(f"a bytes-like object is required, not 'str'")
    data = bytes(data)
    out = bytearray()
    for i in range(0, len(data) - 2, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63], _B64[n & 63]))
    rest = len(data) % 3
    if rest == 1:
        n = data[-1] << 16
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63])) + b'=='
    elif rest == 2:
        n = (data[-2] << 16) | (data[-1] << 8)
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63])) + b'='
    if newline:
        out += b'\n'
    return bytes(out)


def a2b_base64(data, /, *, strict_mode=False):
    """The bytes base64 data stands for.  Outside strict mode, characters
    that are not base64 are skipped, and the first complete padding ends
    the data."""
    data = _bytes_of(data)
    out = bytearray()
    quad_pos = 0
    left = 0
    pads = 0
    padding_started = False
    for i, c in enumerate(data):
        if c == 61:                         # '='
            padding_started = True
            if strict_mode and quad_pos == 0:
                raise Error("Excess padding not allowed" if out else
                            "Leading padding not allowed")
            pads += 1
            if quad_pos >= 2 and quad_pos + pads >= 4:
                if strict_mode and i + 1 < len(data):
                    raise Error("Excess data after padding")
                return bytes(out)
            continue
        v = _B64_VALUES.get(c)
        if v is None:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padding_started:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        if quad_pos == 0:
            left = v
            quad_pos = 1
        elif quad_pos == 1:
            out.append(((left << 2) | (v >> 4)) & 0xff)
            left = v & 0x0f
            quad_pos = 2
        elif quad_pos == 2:
            out.append(((left << 4) | (v >> 2)) & 0xff)
            left = v & 0x03
            quad_pos = 3
        else:
            out.append(((left << 6) | v) & 0xff)
            left = 0
            quad_pos = 0
    if quad_pos == 1:
        raise Error(f"Invalid base64-encoded string: number of data characters "
                    f"({len(out) // 3 * 4 + 1}) cannot be 1 more than a multiple of 4")
    if quad_pos:
        raise Error("Incorrect padding")
    return bytes(out)


def b2a_hex(data, sep=None, bytes_per_sep=1):
    """The hex digits of data, as bytes."""
    if isinstance(data, str):
        raise TypeError(f"a bytes-like object is required, not 'str'")
    if sep is None:
        return bytes(data).hex().encode('ascii')
    return bytes(data).hex(sep, bytes_per_sep).encode('ascii')


hexlify = b2a_hex


def a2b_hex(hexstr):
    """The bytes that hex digits stand for."""
    hexstr = _bytes_of(hexstr)
    if len(hexstr) % 2:
        raise Error("Odd-length string")
    try:
        return bytes.fromhex(hexstr.decode('ascii')) if b' ' not in hexstr else _no_spaces()
    except ValueError:
        raise Error("Non-hexadecimal digit found") from None


def _no_spaces():
    raise ValueError


unhexlify = a2b_hex

_CRC_TABLE = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC_TABLE.append(_c)
del _n, _c


def crc32(data, value=0):
    """The CRC-32 of data (continuing from value)."""
    crc = ~value & 0xffffffff
    table = _CRC_TABLE
    for b in bytes(data):
        crc = table[(crc ^ b) & 0xff] ^ (crc >> 8)
    return ~crc & 0xffffffff


def crc_hqx(data, value):
    """The CRC-CCITT (XModem) of data, continuing from value."""
    crc = value & 0xffff
    for b in bytes(data):
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xffff if crc & 0x8000 else (crc << 1) & 0xffff
    return crc
