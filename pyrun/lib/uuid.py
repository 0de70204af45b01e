"""UUIDs (RFC 4122), as CPython's uuid module: the UUID class with its
views (hex, int, bytes, bytes_le, fields, version, variant, urn), uuid1,
uuid3, uuid4, uuid5 and the standard namespaces.

A UUID is one 128-bit int.  RFC 4122 cuts it into six fields, from the
most significant end: time_low (32 bits), time_mid (16), time_hi_version
(16), clock_seq_hi_variant (8), clock_seq_low (8) and node (48).  The top
bits of clock_seq_hi_variant give the variant; for the RFC 4122 variant,
the top four bits of time_hi_version give the version.

getnode() does not look for a network card: it returns a random 48-bit
number with the multicast bit set, which RFC 4122 allows, once per run.
"""

import builtins
import os
from enum import Enum

__all__ = ['UUID', 'uuid1', 'uuid3', 'uuid4', 'uuid5', 'getnode', 'SafeUUID',
           'NAMESPACE_DNS', 'NAMESPACE_URL', 'NAMESPACE_OID', 'NAMESPACE_X500',
           'RESERVED_NCS', 'RFC_4122', 'RESERVED_MICROSOFT', 'RESERVED_FUTURE']

# The variants, as UUID.variant names them.
RESERVED_NCS = 'reserved for NCS compatibility'
RFC_4122 = 'specified in RFC 4122'
RESERVED_MICROSOFT = 'reserved for Microsoft compatibility'
RESERVED_FUTURE = 'reserved for future definition'


class SafeUUID(Enum):
    """Whether the system made a UUID in a way safe for several processes."""
    safe = 0
    unsafe = -1
    unknown = None


# (name, width in bits) of the six fields, most significant first.
_FIELDS = (('time_low', 32), ('time_mid', 16), ('time_hi_version', 16),
           ('clock_seq_hi_variant', 8), ('clock_seq_low', 8), ('node', 48))

_VERSION_SHIFT = 76       # the version: the top 4 bits of time_hi_version
_VARIANT_SHIFT = 61       # the variant: the top 3 bits of clock_seq_hi_variant


def _swap_time_fields(data):
    """bytes in the "little-endian" order of bytes_le, or back: the first
    three fields each byte-reversed, the rest as it is."""
    return data[3::-1] + data[5:3:-1] + data[7:5:-1] + data[8:]


def _int_from_fields(fields):
    if len(fields) != 6:
        raise ValueError('fields is not a 6-tuple')
    value = 0
    for number, (field, (_, width)) in enumerate(zip(fields, _FIELDS), 1):
        if not 0 <= field < 1 << width:
            article = 'an' if width == 8 else 'a'
            raise ValueError('field %d out of range (need %s %d-bit value)'
                             % (number, article, width))
        value = (value << width) | field
    return value


def _int_from_hex(text):
    text = text.replace('urn:', '').replace('uuid:', '')
    digits = text.strip('{}').replace('-', '')
    if len(digits) != 32:
        raise ValueError('badly formed hexadecimal UUID string')
    return builtins.int(digits, 16)


def _int_from_bytes(data, name):
    if len(data) != 16:
        raise ValueError('%s is not a 16-char string' % name)
    return builtins.int.from_bytes(data, 'big')


class UUID:
    """A UUID, made from exactly one of: hex (a string of 32 hex digits,
    with or without hyphens, braces or a urn:uuid: prefix), bytes (16,
    big-endian), bytes_le (16, with the first three fields little-endian),
    fields (the six fields) or int (128 bits).  version, if given, sets
    the variant to RFC 4122 and the version number."""

    __slots__ = ('int', 'is_safe', '__weakref__')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None,
                 version=None, *, is_safe=SafeUUID.unknown):
        given = [hex, bytes, bytes_le, fields, int]
        if given.count(None) != 4:
            raise TypeError('one of the hex, bytes, bytes_le, fields, or int arguments '
                            'must be given')
        if hex is not None:
            value = _int_from_hex(hex)
        elif bytes is not None:
            value = _int_from_bytes(bytes, 'bytes')
        elif bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            value = _int_from_bytes(_swap_time_fields(bytes_le), 'bytes')
        elif fields is not None:
            value = _int_from_fields(fields)
        else:
            value = int
            if not 0 <= value < 1 << 128:
                raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError('illegal version number')
            value = _with_version(value, version)
        object.__setattr__(self, 'int', value)
        object.__setattr__(self, 'is_safe', is_safe)

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    # -- pickling and copying keep the int (and is_safe when known) --

    # The state is CPython's, so that pickles load in either: is_safe is
    # there by its value, and left out when unknown (its value is None).

    def __getstate__(self):
        if self.is_safe == SafeUUID.unknown:
            return {'int': self.int}
        return {'int': self.int, 'is_safe': self.is_safe.value}

    def __setstate__(self, state):
        # (the int is kept even if the is_safe value is not a SafeUUID's)
        object.__setattr__(self, 'int', state['int'])
        object.__setattr__(self, 'is_safe', SafeUUID(state.get('is_safe')))

    # -- comparison: by the int --

    def __eq__(self, other):
        return self.int == other.int if isinstance(other, UUID) else NotImplemented

    def __lt__(self, other):
        return self.int < other.int if isinstance(other, UUID) else NotImplemented

    def __le__(self, other):
        return self.int <= other.int if isinstance(other, UUID) else NotImplemented

    def __gt__(self, other):
        return self.int > other.int if isinstance(other, UUID) else NotImplemented

    def __ge__(self, other):
        return self.int >= other.int if isinstance(other, UUID) else NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    # -- text --

    def __str__(self):
        digits = self.hex
        return '-'.join((digits[:8], digits[8:12], digits[12:16], digits[16:20], digits[20:]))

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, str(self))

    @property
    def hex(self):
        return format(self.int, '032x')

    @property
    def urn(self):
        return 'urn:uuid:' + str(self)

    # -- binary forms and fields --

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        return _swap_time_fields(self.bytes)

    @property
    def fields(self):
        return tuple(getattr(self, name) for name, _ in _FIELDS)

    @property
    def time(self):
        """The 60-bit timestamp of a version 1 UUID: time_hi (without the
        version), then time_mid, then time_low."""
        return ((self.time_hi_version & 0x0fff) << 48) | (self.time_mid << 32) | self.time_low

    @property
    def clock_seq(self):
        """The 14-bit clock sequence (without the variant bits)."""
        return ((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low

    @property
    def variant(self):
        top = (self.int >> _VARIANT_SHIFT) & 0b111
        if top < 0b100:
            return RESERVED_NCS
        if top < 0b110:
            return RFC_4122
        return RESERVED_MICROSOFT if top == 0b110 else RESERVED_FUTURE

    @property
    def version(self):
        if self.variant != RFC_4122:
            return None
        return (self.int >> _VERSION_SHIFT) & 0xf


def _field_property(shift, width):
    mask = (1 << width) - 1
    return property(lambda self: (self.int >> shift) & mask)


def _add_field_properties():
    # Each field is a property reading its bits out of the int.
    shift = 128
    for name, width in _FIELDS:
        shift -= width
        setattr(UUID, name, _field_property(shift, width))


_add_field_properties()


def _with_version(value, version):
    """value with the RFC 4122 variant (binary 10) and the version set."""
    value &= ~(0b11 << 62)          # clear the top 2 bits of the clock field
    value |= 0b10 << 62
    value &= ~(0xf << _VERSION_SHIFT)
    return value | (version << _VERSION_SHIFT)


_node = None


def getnode():
    """This machine's 48-bit node number: here a random number with the
    multicast bit set (RFC 4122, section 4.5), the same for the whole run."""
    global _node
    if _node is None:
        _node = int.from_bytes(os.urandom(6), 'big') | (1 << 40)
    return _node


# 100-nanosecond intervals from the start of the Gregorian calendar
# (1582-10-15) to the Unix epoch.
_GREGORIAN_TO_UNIX = 0x01b21dd213814000
_last_timestamp = None


def uuid1(node=None, clock_seq=None):
    """A version 1 UUID, from the time, a clock sequence (random unless
    given) and the node (getnode() unless given)."""
    if node is None and clock_seq is None:
        # CPython asks the system's libuuid here, which leaves the random
        # module's stream alone: so do we, drawing from os.urandom.  Such
        # a UUID is not guaranteed unique across processes.
        clock_seq = int.from_bytes(os.urandom(2), 'big') & 0x3fff
        return _time_uuid(getnode(), clock_seq, SafeUUID.unsafe)
    if clock_seq is None:
        import random
        clock_seq = random.getrandbits(14)
    return _time_uuid(getnode() if node is None else node, clock_seq, SafeUUID.unknown)


def _time_uuid(node, clock_seq, is_safe):
    global _last_timestamp
    import time
    # Timestamps only grow within a run, so no two calls give the same UUID.
    timestamp = time.time_ns() // 100 + _GREGORIAN_TO_UNIX
    if _last_timestamp is not None:
        timestamp = max(timestamp, _last_timestamp + 1)
    _last_timestamp = timestamp
    fields = (timestamp & 0xffffffff, (timestamp >> 32) & 0xffff, (timestamp >> 48) & 0x0fff,
              (clock_seq >> 8) & 0x3f, clock_seq & 0xff, node)
    value = _with_version(_int_from_fields(fields), 1)
    return UUID(int=value, is_safe=is_safe)


def _name_bytes(name):
    # As in Python 3.11, the name must be a str (bytes(name, 'utf-8')
    # refuses anything else).
    return bytes(name, 'utf-8')


def uuid3(namespace, name):
    """The version 3 UUID of a name in a namespace (from their MD5)."""
    from hashlib import md5
    digest = md5(namespace.bytes + _name_bytes(name)).digest()
    return UUID(bytes=digest[:16], version=3)


def uuid4():
    """A random (version 4) UUID."""
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    """The version 5 UUID of a name in a namespace (from their SHA-1)."""
    from hashlib import sha1
    digest = sha1(namespace.bytes + _name_bytes(name)).digest()
    return UUID(bytes=digest[:16], version=5)


# The namespaces of RFC 4122, appendix C.
NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
