"""mpcodec.py - a small MessagePack codec for the fuzzer (docs/formats.md §1).

The fuzzer decodes artifacts into Python values, mutates them and encodes
them again, as MessagePack or as the JSON form.  Values map as the artifact
formats map them: str <-> str (lone surrogates pass through, as the
'surrogatepass' error handler writes them), bin <-> bytes, the rest as
json would.  `pack` can also choose a needlessly wide encoding for a value
(`wide=True`), which a reader must accept just the same.
"""
import json
import math
import random
import struct


class Truncated(Exception):
    pass


def unpack(data):
    """The one value in `data` (bytes)."""
    value, end = _unpack_at(data, 0)
    return value


def _take(data, pos, n):
    if pos + n > len(data):
        raise Truncated()
    return data[pos:pos + n], pos + n


def _unpack_at(data, pos):
    b, pos = _take(data, pos, 1)
    b = b[0]
    if b <= 0x7f:
        return b, pos
    if b >= 0xe0:
        return b - 0x100, pos
    if 0x80 <= b <= 0x8f:
        return _unpack_map(data, pos, b & 0x0f)
    if 0x90 <= b <= 0x9f:
        return _unpack_array(data, pos, b & 0x0f)
    if 0xa0 <= b <= 0xbf:
        return _unpack_str(data, pos, b & 0x1f)
    fixed = {0xc0: None, 0xc2: False, 0xc3: True}
    if b in fixed:
        return fixed[b], pos
    sized = {0xcc: ('>B', 1), 0xcd: ('>H', 2), 0xce: ('>I', 4), 0xcf: ('>Q', 8),
             0xd0: ('>b', 1), 0xd1: ('>h', 2), 0xd2: ('>i', 4), 0xd3: ('>q', 8),
             0xca: ('>f', 4), 0xcb: ('>d', 8)}
    if b in sized:
        fmt, n = sized[b]
        raw, pos = _take(data, pos, n)
        return struct.unpack(fmt, raw)[0], pos
    lengths = {0xc4: 1, 0xc5: 2, 0xc6: 4, 0xd9: 1, 0xda: 2, 0xdb: 4,
               0xdc: 2, 0xdd: 4, 0xde: 2, 0xdf: 4}
    if b in lengths:
        n = lengths[b]
        raw, pos = _take(data, pos, n)
        count = int.from_bytes(raw, 'big')
        if b in (0xc4, 0xc5, 0xc6):
            raw, pos = _take(data, pos, count)
            return bytes(raw), pos
        if b in (0xd9, 0xda, 0xdb):
            return _unpack_str(data, pos, count)
        if b in (0xdc, 0xdd):
            return _unpack_array(data, pos, count)
        return _unpack_map(data, pos, count)
    raise ValueError('MessagePack type byte 0x%02x not used by artifacts' % b)


def _unpack_str(data, pos, n):
    raw, pos = _take(data, pos, n)
    return bytes(raw).decode('utf-8', 'surrogatepass'), pos


def _unpack_array(data, pos, n):
    items = []
    for _ in range(n):
        item, pos = _unpack_at(data, pos)
        items.append(item)
    return items, pos


def _unpack_map(data, pos, n):
    result = {}
    for _ in range(n):
        key, pos = _unpack_at(data, pos)
        value, pos = _unpack_at(data, pos)
        if isinstance(key, (list, dict)):
            key = repr(key)
        result[key] = value
    return result, pos


def pack(value, wide=False):
    """MessagePack bytes for `value`; with wide=True, sizes are chosen at
    random among those that can hold each value."""
    out = bytearray()
    _pack_into(out, value, wide)
    return bytes(out)


def _pack_len(out, n, small_base, small_max, codes, wide):
    """A length header: the fix form when it fits (and wide is off), else
    the smallest (or, wide, a random) of codes = [(byte, nbytes), ...]."""
    if n <= small_max and not (wide and random.random() < 0.5):
        out.append(small_base + n)
        return
    fits = [(c, k) for c, k in codes if n < 1 << (8 * k)]
    c, k = random.choice(fits) if wide else fits[0]
    out.append(c)
    out += n.to_bytes(k, 'big')


def _pack_into(out, v, wide):
    if v is None:
        out.append(0xc0)
    elif v is True:
        out.append(0xc3)
    elif v is False:
        out.append(0xc2)
    elif isinstance(v, int):
        _pack_int(out, v, wide)
    elif isinstance(v, float):
        if wide and random.random() < 0.3 and _fits_float32(v):
            out.append(0xca)
            out += struct.pack('>f', v)
        else:
            out.append(0xcb)
            out += struct.pack('>d', v)
    elif isinstance(v, str):
        raw = v.encode('utf-8', 'surrogatepass')
        _pack_len(out, len(raw), 0xa0, 31, [(0xd9, 1), (0xda, 2), (0xdb, 4)], wide)
        out += raw
    elif isinstance(v, (bytes, bytearray)):
        codes = [(0xc4, 1), (0xc5, 2), (0xc6, 4)]
        c, k = random.choice([ck for ck in codes if len(v) < 1 << (8 * ck[1])]) if wide \
            else next(ck for ck in codes if len(v) < 1 << (8 * ck[1]))
        out.append(c)
        out += len(v).to_bytes(k, 'big')
        out += v
    elif isinstance(v, list):
        _pack_len(out, len(v), 0x90, 15, [(0xdc, 2), (0xdd, 4)], wide)
        for item in v:
            _pack_into(out, item, wide)
    elif isinstance(v, dict):
        _pack_len(out, len(v), 0x80, 15, [(0xde, 2), (0xdf, 4)], wide)
        for key, item in v.items():
            _pack_into(out, key, wide)
            _pack_into(out, item, wide)
    else:
        raise TypeError(type(v))


def _fits_float32(v):
    try:
        return struct.unpack('>f', struct.pack('>f', v))[0] == v
    except OverflowError:
        return False


def _pack_int(out, v, wide):
    if not wide or random.random() < 0.5:
        if 0 <= v <= 0x7f:
            out.append(v)
            return
        if -32 <= v < 0:
            out.append(v + 0x100)
            return
    signed = [(0xd0, 'b', -1 << 7), (0xd1, 'h', -1 << 15), (0xd2, 'i', -1 << 31), (0xd3, 'q', -1 << 63)]
    unsigned = [(0xcc, 'B', 1 << 8), (0xcd, 'H', 1 << 16), (0xce, 'I', 1 << 32), (0xcf, 'Q', 1 << 64)]
    fits = [(c, f) for c, f, low in signed if low <= v < -low]
    fits += [(c, f) for c, f, high in unsigned if 0 <= v < high]
    if not fits:
        raise OverflowError(v)
    c, f = random.choice(fits) if wide else fits[0]
    out.append(c)
    out += struct.pack('>' + f, v)


def to_json(value):
    """The JSON form of an artifact value (bin as {"bytes": hex}, inf and nan
    as {"float": ...})."""
    return json.dumps(_jsonable(value))


def _jsonable(v):
    if isinstance(v, (bytes, bytearray)):
        return {'bytes': bytes(v).hex()}
    if isinstance(v, float) and not math.isfinite(v):
        return {'float': 'nan' if math.isnan(v) else ('inf' if v > 0 else '-inf')}
    if isinstance(v, list):
        return [_jsonable(x) for x in v]
    if isinstance(v, dict):
        return {k if isinstance(k, str) else json.dumps(_jsonable(k)): _jsonable(x) for k, x in v.items()}
    return v
