"""Arrays of numbers of one C type, as CPython's array module:
array('i', [1, 2, 3]).  The items are kept as Python values checked
against the type's range (with CPython's messages); tobytes() and
frombytes() give and take the machine's layout."""

import struct as _struct

__all__ = ['array', 'ArrayType', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_SIZES = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8,
          'Q': 8, 'f': 4, 'd': 8}
_INT_RANGES = {'b': (-2 ** 7, 2 ** 7), 'B': (0, 2 ** 8), 'h': (-2 ** 15, 2 ** 15),
               'H': (0, 2 ** 16), 'i': (-2 ** 31, 2 ** 31), 'I': (0, 2 ** 32),
               'l': (-2 ** 63, 2 ** 63), 'L': (0, 2 ** 64), 'q': (-2 ** 63, 2 ** 63),
               'Q': (0, 2 ** 64)}


def _range_message(t, v):
    """CPython's OverflowError for v out of the range of typecode t."""
    big = not -2 ** 63 <= v < 2 ** 63
    side = 'greater than maximum' if v > 0 else 'less than minimum'
    if t in 'bBhHil' and big:
        return "Python int too large to convert to C long"
    if t == 'b':
        if not -2 ** 15 <= v < 2 ** 15:
            return f"signed short integer is {side}"
        return f"signed char is {side}"
    if t == 'B':
        return f"unsigned byte integer is {side}"
    if t == 'h':
        return f"signed short integer is {side}"
    if t == 'H':
        if not -2 ** 31 <= v < 2 ** 31:
            return f"signed integer is {side}"
        return f"unsigned short is {side}"
    if t == 'i':
        return f"signed integer is {side}"
    if t == 'I':
        if v < 0:
            return "can't convert negative value to unsigned int"
        if v >= 2 ** 64:
            return "Python int too large to convert to C unsigned long"
        return "unsigned int is greater than maximum"
    if t == 'L':
        if v < 0:
            return "can't convert negative value to unsigned int"
        return "Python int too large to convert to C unsigned long"
    if t == 'Q' and v < 0:
        return "can't convert negative int to unsigned"
    return "int too big to convert"


def _index(v):
    if isinstance(v, int):
        return int(v)
    index = getattr(type(v), '__index__', None)
    if index is None:
        raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    return index(v)


class array:
    """array(typecode[, initializer]): a sequence of numbers of one C type."""

    def __init__(self, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not "
                            f"{type(typecode).__name__}")
        if typecode not in typecodes:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self._typecode = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError(f"cannot use a str to initialize an array with typecode "
                                f"'{typecode}'")
            self.fromunicode(initializer)
        elif isinstance(initializer, array) and initializer._typecode == 'u' and typecode != 'u':
            raise TypeError(f"cannot use a unicode array to initialize an array with typecode "
                            f"'{typecode}'")
        else:
            self.extend(initializer)

    def _check(self, v):
        t = self._typecode
        if t in 'fd':
            if isinstance(v, (int, float)) or hasattr(type(v), '__float__'):
                v = float(v)
            else:
                raise TypeError(f"must be real number, not {type(v).__name__}")
            if t == 'f':
                v = _struct.unpack('f', _struct.pack('f', v))[0]
            return v
        if t == 'u':
            if not isinstance(v, str) or len(v) != 1:
                raise TypeError("array item must be unicode character")
            return v
        v = _index(v)
        lo, hi = _INT_RANGES[t]
        if not lo <= v < hi:
            raise OverflowError(_range_message(t, v))
        return v

    @property
    def typecode(self):
        return self._typecode

    @property
    def itemsize(self):
        return _SIZES[self._typecode]

    def __repr__(self):
        if not self._items:
            return f"array('{self._typecode}')"
        if self._typecode == 'u':
            return f"array('u', {''.join(self._items)!r})"
        return f"array('{self._typecode}', {self._items!r})"

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            r = array(self._typecode)
            r._items = self._items[i]
            return r
        try:
            return self._items[i]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError(f"can only assign array (not \"{type(v).__name__}\") to array "
                                f"slice")
            if v._typecode != self._typecode:
                raise TypeError("bad argument type for built-in operation")
            self._items[i] = v._items
            return
        try:
            self._items[i] = self._check(v)
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def _same(self, other):
        if not isinstance(other, array):
            raise TypeError(f"can only append array (not \"{type(other).__name__}\") to array")
        if other._typecode != self._typecode:
            raise TypeError("bad argument type for built-in operation")

    def __add__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        self._same(other)
        r = array(self._typecode)
        r._items = self._items + other._items
        return r

    def __iadd__(self, other):
        self._same(other)
        self._items += other._items
        return self

    def __mul__(self, n):
        r = array(self._typecode)
        r._items = self._items * n
        return r

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        return self

    def _compare(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        return op(self._items, other._items)

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    __hash__ = None

    def __copy__(self):
        return self[:]

    def __deepcopy__(self, memo):
        return self[:]

    def __reduce_ex__(self, protocol):
        return (array, (self._typecode, self._items))

    def append(self, v):
        self._items.append(self._check(v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            self._same(iterable)
            self._items.extend(iterable._items)
            return
        for v in iterable:
            self._items.append(self._check(v))

    def insert(self, i, v):
        self._items.insert(i, self._check(v))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError("pop from empty array")
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, v):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, v, start=0, stop=None):
        try:
            return self._items.index(v, start, len(self._items) if stop is None else stop)
        except ValueError:
            raise ValueError("array.index(x): x not in array") from None

    def count(self, v):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError("arg must be list")
        checked = [self._check(v) for v in items]
        self._items.extend(checked)

    def _format(self):
        return '=' + ('I' if self._typecode == 'u' else
                      'q' if self._typecode == 'l' else
                      'Q' if self._typecode == 'L' else self._typecode)

    def tobytes(self):
        items = [ord(c) for c in self._items] if self._typecode == 'u' else self._items
        return _struct.pack(self._format()[0] + str(len(items)) + self._format()[1], *items)

    def __buffer__(self, flags, /):
        # CPython's array is a C buffer, so bytes(a) and bytearray(a) copy its
        # machine bytes; pyrun's keeps Python values and exports a copy of
        # them this way (PEP 688, from Python 3.12)
        return memoryview(self.tobytes())

    def frombytes(self, data):
        data = bytes(data)
        size = self.itemsize
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        n = len(data) // size
        items = _struct.unpack(self._format()[0] + str(n) + self._format()[1], data)
        if self._typecode == 'u':
            items = [chr(c) for c in items]
        self._items.extend(items)

    def fromunicode(self, s):
        if self._typecode != 'u':
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._items.extend(s)

    def tounicode(self):
        if self._typecode != 'u':
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return ''.join(self._items)

    def byteswap(self):
        size = self.itemsize
        if size == 1:
            return
        data = self.tobytes()
        swapped = b''.join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)

    def buffer_info(self):
        return (id(self), len(self._items))

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


ArrayType = array

from _pyedu import set_type_name as _set_type_name
_set_type_name(array, 'array.array')
del _set_type_name

# as CPython's array module does when it loads: isinstance(a, MutableSequence)
# holds, and a match statement's sequence patterns take arrays
from collections.abc import MutableSequence as _MutableSequence
_MutableSequence.register(array)
del _MutableSequence
