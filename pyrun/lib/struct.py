"""Converting between values and C structs as bytes, as CPython's struct.

A format is an optional byte order ('@' native with alignment, the
default; '=' native without; '<' little-endian; '>' and '!' big-endian),
then items, each an optional count and a letter: x (a pad byte), c (a
bytes of length 1), b B (signed and unsigned char), ? (bool), h H (short),
i I (int), l L (long: 8 bytes natively, 4 in the standard sizes), q Q
(long long), n N (ssize_t, native only), e f d (the IEEE half, single and
double), s (bytes, the count is its length), p (a Pascal string), P (a
pointer, native only)."""

import math as _math

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct',
           'error']


class error(Exception):
    __module__ = 'struct'


# letter -> (native size, standard size, signed?) for the integers
_INTEGERS = {'b': (1, 1, True), 'B': (1, 1, False), 'h': (2, 2, True), 'H': (2, 2, False),
             'i': (4, 4, True), 'I': (4, 4, False), 'l': (8, 4, True), 'L': (8, 4, False),
             'q': (8, 8, True), 'Q': (8, 8, False), 'n': (8, None, True),
             'N': (8, None, False), 'P': (8, None, False)}
# letter -> (size, exponent bits, fraction bits) for the floats
_FLOATS = {'e': (2, 5, 10), 'f': (4, 8, 23), 'd': (8, 11, 52)}
_OTHERS = {'x': 1, 'c': 1, '?': 1, 's': 1, 'p': 1}


def _parse(fmt):
    """(order, [(letter, count, size, offset)], total size)."""
    if isinstance(fmt, bytes):
        fmt = fmt.decode('ascii')
    if not isinstance(fmt, str):
        raise TypeError(f"Struct() argument 1 must be a str or bytes object, not "
                        f"{type(fmt).__name__}")
    order = '@'
    i = 0
    if fmt[:1] in ('@', '=', '<', '>', '!'):
        order = fmt[0]
        i = 1
    native = order == '@'
    items = []
    offset = 0
    while i < len(fmt):
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = None
        if c.isdigit():
            start = i
            while i < len(fmt) and fmt[i].isdigit():
                i += 1
            count = int(fmt[start:i])
            if i == len(fmt):
                raise error("repeat count given without format specifier")
            c = fmt[i]
        i += 1
        if c in _INTEGERS:
            native_size, std_size, _ = _INTEGERS[c]
            if not native and std_size is None:
                raise error("bad char in struct format")
            size = native_size if native else std_size
        elif c in _FLOATS:
            size = _FLOATS[c][0]
        elif c in _OTHERS:
            size = 1
        else:
            raise error("bad char in struct format")
        if native and size > 1 and c not in 'sp':
            offset = (offset + size - 1) // size * size
        n = 1 if count is None else count
        if c in 'sp':
            items.append((c, n, size, offset))
            offset += n
        else:
            for _ in range(n):
                items.append((c, 1, size, offset))
                offset += size
    return order, items, offset


def _as_int(v):
    if isinstance(v, int):
        return v
    if hasattr(type(v), '__index__') and not isinstance(v, float):
        return v.__index__()
    raise error("required argument is not an integer")


def _range_message(c, order, lo, hi, value):
    """CPython's complaint for an integer that does not fit: the wording
    depends on the letter, the byte order and the value."""
    if c in 'qQ' and order in '>!':
        return "int too large to convert"
    if not -2 ** 63 <= value < 2 ** 63 or c in 'qQnNP':
        return "argument out of range"
    if c == 'b':
        return "byte format requires -128 <= number <= 127"
    if c == 'B':
        return "ubyte format requires 0 <= number <= 255"
    little = order in '@<='
    if c == 'h' and little:
        return "short format requires -32768 <= number <= 32767"
    if c == 'H' and little:
        return "ushort format requires 0 <= number <= 65535"
    if value < 0 and c in 'HIL':
        return "argument out of range"
    return f"'{c}' format requires {lo} <= number <= {hi}"


def _pack_float(x, exp_bits, frac_bits, letter, strict):
    """The IEEE bits of x (rounded to nearest, ties to even)."""
    bias = (1 << (exp_bits - 1)) - 1
    sign = 1 if _math.copysign(1.0, x) < 0 else 0
    top = (1 << exp_bits) - 1
    if _math.isnan(x):
        return (sign << (exp_bits + frac_bits)) | (top << frac_bits) | (1 << (frac_bits - 1))
    if _math.isinf(x):
        return (sign << (exp_bits + frac_bits)) | (top << frac_bits)
    if x == 0:
        return sign << (exp_bits + frac_bits)
    n, d = abs(x).as_integer_ratio()
    e = n.bit_length() - d.bit_length()
    if (n << max(-e, 0)) < (d << max(e, 0)):
        e -= 1                      # now 2**e <= n/d < 2**(e+1)
    if e + bias <= 0:               # subnormal: a fixed scale
        shift = frac_bits + bias - 1
        field = 0
    else:
        shift = frac_bits - e
        field = e + bias
    num, den = (n << shift, d) if shift >= 0 else (n, d << -shift)
    q, r = divmod(num, den)
    if 2 * r > den or (2 * r == den and q & 1):
        q += 1
    if field == 0:
        if q >> frac_bits:          # rounded up into the normal range
            field = 1
            q &= (1 << frac_bits) - 1
    else:
        if q >> (frac_bits + 1):
            q >>= 1
            field += 1
        q &= (1 << frac_bits) - 1
    if field >= top:
        if strict:
            raise OverflowError(f"float too large to pack with {letter} format")
        return (sign << (exp_bits + frac_bits)) | (top << frac_bits)
    return (sign << (exp_bits + frac_bits)) | (field << frac_bits) | q


def _unpack_float(bits, exp_bits, frac_bits):
    bias = (1 << (exp_bits - 1)) - 1
    sign = -1.0 if bits >> (exp_bits + frac_bits) else 1.0
    field = (bits >> frac_bits) & ((1 << exp_bits) - 1)
    frac = bits & ((1 << frac_bits) - 1)
    if field == (1 << exp_bits) - 1:
        return sign * _math.inf if frac == 0 else _math.nan
    if field == 0:
        return sign * _math.ldexp(frac, 1 - bias - frac_bits)
    return sign * _math.ldexp(frac | (1 << frac_bits), field - bias - frac_bits)


class Struct:
    """A compiled format: pack, unpack, size."""

    def __init__(self, format):
        self._order, self._items, self.size = _parse(format)
        self.format = format if isinstance(format, str) else format.decode('ascii')
        self._nvalues = sum(1 for c, n, size, off in self._items if c != 'x')

    def __repr__(self):
        return f"Struct({self.format!r})"

    def _byteorder(self):
        return 'big' if self._order in '>!' else 'little'

    def pack(self, *values):
        if len(values) != self._nvalues:
            raise error(f"pack expected {self._nvalues} items for packing (got {len(values)})")
        out = bytearray(self.size)
        self._pack_into(out, 0, values)
        return bytes(out)

    def pack_into(self, buffer, offset, *values):
        if len(values) != self._nvalues:
            raise error(f"pack_into expected {self._nvalues} items for packing "
                        f"(got {len(values)})")
        if offset < 0:
            offset += len(buffer)
        if offset + self.size > len(buffer):
            raise error(f"pack_into requires a buffer of at least {self.size + offset} bytes "
                        f"for packing {self.size} bytes at offset {offset} (actual buffer "
                        f"size is {len(buffer)})")
        data = bytearray(self.size)
        self._pack_into(data, 0, values)
        buffer[offset:offset + self.size] = data

    def _pack_into(self, out, base, values):
        order = self._byteorder()
        it = iter(values)
        for c, n, size, off in self._items:
            at = base + off
            if c == 'x':
                continue
            v = next(it)
            if c in _INTEGERS:
                v = _as_int(v)
                signed = _INTEGERS[c][2]
                lo = -(1 << (8 * size - 1)) if signed else 0
                hi = (1 << (8 * size - 1)) - 1 if signed else (1 << (8 * size)) - 1
                if not lo <= v <= hi:
                    raise error(_range_message(c, self._order, lo, hi, v))
                out[at:at + size] = v.to_bytes(size, order, signed=signed)
            elif c in _FLOATS:
                if not isinstance(v, (int, float)) and not hasattr(v, '__float__'):
                    raise error("required argument is not a float")
                _, exp_bits, frac_bits = _FLOATS[c]
                bits = _pack_float(float(v), exp_bits, frac_bits, c,
                                   strict=self._order != '@' or c == 'e')
                out[at:at + size] = bits.to_bytes(size, order)
            elif c == '?':
                out[at] = 1 if v else 0
            elif c == 'c':
                if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
                    raise error("char format requires a bytes object of length 1")
                out[at] = v[0]
            elif c == 's':
                if not isinstance(v, (bytes, bytearray)):
                    raise error("argument for 's' must be a bytes object")
                data = bytes(v[:n])
                out[at:at + len(data)] = data
            elif c == 'p':
                if not isinstance(v, (bytes, bytearray)):
                    raise error("argument for 'p' must be a bytes object")
                data = bytes(v[:max(n - 1, 0)])
                if n:
                    out[at] = min(len(data), 255)
                    out[at + 1:at + 1 + len(data)] = data

    def unpack(self, buffer):
        buffer = bytes(buffer)
        if len(buffer) != self.size:
            raise error(f"unpack requires a buffer of {self.size} bytes")
        return self._unpack_from(buffer, 0)

    def unpack_from(self, buffer, offset=0):
        buffer = bytes(buffer)
        if offset < 0:
            offset += len(buffer)
        if offset + self.size > len(buffer):
            raise error(f"unpack_from requires a buffer of at least {self.size + offset} bytes "
                        f"for unpacking {self.size} bytes at offset {offset} (actual buffer "
                        f"size is {len(buffer)})")
        return self._unpack_from(buffer, offset)

    def _unpack_from(self, buffer, base):
        order = self._byteorder()
        result = []
        for c, n, size, off in self._items:
            at = base + off
            if c == 'x':
                continue
            chunk = buffer[at:at + size * (n if c in 'sp' else 1)]
            if c in _INTEGERS:
                result.append(int.from_bytes(chunk, order, signed=_INTEGERS[c][2]))
            elif c in _FLOATS:
                _, exp_bits, frac_bits = _FLOATS[c]
                result.append(_unpack_float(int.from_bytes(chunk, order), exp_bits, frac_bits))
            elif c == '?':
                result.append(chunk != b'\x00')
            elif c == 'c':
                result.append(chunk)
            elif c == 's':
                result.append(chunk)
            elif c == 'p':
                length = min(chunk[0], n - 1) if n else 0
                result.append(chunk[1:1 + length])
        return tuple(result)

    def iter_unpack(self, buffer):
        buffer = bytes(buffer)
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(buffer) % self.size:
            raise error(f"iterative unpacking requires a buffer of a multiple of {self.size} "
                        f"bytes")
        return (self._unpack_from(buffer, i) for i in range(0, len(buffer), self.size))


_cache = {}


def _struct(fmt):
    s = _cache.get(fmt)
    if s is None:
        s = _cache[fmt] = Struct(fmt)
    return s


def calcsize(format):
    """The size in bytes of the struct the format describes."""
    return _struct(format).size


def pack(format, /, *values):
    return _struct(format).pack(*values)


def pack_into(format, buffer, offset, /, *values):
    return _struct(format).pack_into(buffer, offset, *values)


def unpack(format, buffer, /):
    return _struct(format).unpack(buffer)


def unpack_from(format, /, buffer, offset=0):
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer, /):
    return _struct(format).iter_unpack(buffer)


from _pyedu import set_type_name as _set_type_name
_set_type_name(Struct, '_struct.Struct')
_set_type_name(error, 'struct.error')
del _set_type_name
