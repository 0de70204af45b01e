"""Secure hashes, as CPython's hashlib: md5, sha1, sha224, sha256, sha384,
sha512 (written in Python here from the published algorithms, FIPS 180-4
and RFC 1321: right, but slow on large data)."""

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'new', 'algorithms_guaranteed',
           'algorithms_available', 'pbkdf2_hmac', 'file_digest')

algorithms_guaranteed = {'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'}
algorithms_available = set(algorithms_guaranteed)

_M32 = 0xFFFFFFFF
_M64 = 0xFFFFFFFFFFFFFFFF


def _bytes_of(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    return bytes(data)


class _Hash:
    """The common part: buffering into blocks, copy, hexdigest."""
    block_size = 64

    def __init__(self, data=b'', *, usedforsecurity=True):
        self._state = list(self._initial)
        self._buffer = b''
        self._length = 0
        if data:
            self.update(data)

    def update(self, data):
        data = self._buffer + _bytes_of(data)
        self._length += len(data) - len(self._buffer)
        size = self.block_size
        full = len(data) - len(data) % size
        for i in range(0, full, size):
            self._compress(data[i:i + size])
        self._buffer = data[full:]

    def copy(self):
        other = object.__new__(type(self))
        other._state = list(self._state)
        other._buffer = self._buffer
        other._length = self._length
        return other

    def digest(self):
        clone = self.copy()
        clone._finish()
        return clone._output()

    def hexdigest(self):
        return self.digest().hex()

    def _finish(self):
        size = self.block_size
        length_bytes = 8 if size == 64 else 16
        bits = self._length * 8
        pad = b'\x80' + b'\x00' * ((size - (self._length + 1 + length_bytes) % size) % size)
        tail = bits.to_bytes(length_bytes, self._order)
        data = self._buffer + pad + tail
        for i in range(0, len(data), size):
            self._compress(data[i:i + size])
        self._buffer = b''

    def __repr__(self):
        return f'<{self.name} _hashlib.HASH object @ {id(self):#x}>'


def _rotr32(x, n):
    return ((x >> n) | (x << (32 - n))) & _M32


def _rotl32(x, n):
    return ((x << n) | (x >> (32 - n))) & _M32


def _rotr64(x, n):
    return ((x >> n) | (x << (64 - n))) & _M64


# ---- MD5 (RFC 1321) ---------------------------------------------------------------------

_MD5_SHIFTS = [7, 12, 17, 22] * 4 + [5, 9, 14, 20] * 4 + [4, 11, 16, 23] * 4 + [6, 10, 15, 21] * 4
_MD5_K = [int(abs(__import__('math').sin(i + 1)) * 2 ** 32) & _M32 for i in range(64)]


class md5(_Hash):
    name = 'md5'
    digest_size = 16
    _order = 'little'
    _initial = (0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476)

    def _compress(self, block):
        m = [int.from_bytes(block[i:i + 4], 'little') for i in range(0, 64, 4)]
        a, b, c, d = self._state
        for i in range(64):
            if i < 16:
                f = (b & c) | (~b & d)
                g = i
            elif i < 32:
                f = (d & b) | (~d & c)
                g = (5 * i + 1) % 16
            elif i < 48:
                f = b ^ c ^ d
                g = (3 * i + 5) % 16
            else:
                f = c ^ (b | (~d & _M32))
                g = (7 * i) % 16
            f = (f + a + _MD5_K[i] + m[g]) & _M32
            a, d, c = d, c, b
            b = (b + _rotl32(f, _MD5_SHIFTS[i])) & _M32
        self._state = [(x + y) & _M32 for x, y in zip(self._state, (a, b, c, d))]

    def _output(self):
        return b''.join(x.to_bytes(4, 'little') for x in self._state)


# ---- SHA-1 ------------------------------------------------------------------------------

class sha1(_Hash):
    name = 'sha1'
    digest_size = 20
    _order = 'big'
    _initial = (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0)

    def _compress(self, block):
        w = [int.from_bytes(block[i:i + 4], 'big') for i in range(0, 64, 4)]
        for i in range(16, 80):
            w.append(_rotl32(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1))
        a, b, c, d, e = self._state
        for i in range(80):
            if i < 20:
                f, k = (b & c) | (~b & d), 0x5A827999
            elif i < 40:
                f, k = b ^ c ^ d, 0x6ED9EBA1
            elif i < 60:
                f, k = (b & c) | (b & d) | (c & d), 0x8F1BBCDC
            else:
                f, k = b ^ c ^ d, 0xCA62C1D6
            a, b, c, d, e = (_rotl32(a, 5) + (f & _M32) + e + k + w[i]) & _M32, a, \
                _rotl32(b, 30), c, d
        self._state = [(x + y) & _M32 for x, y in zip(self._state, (a, b, c, d, e))]

    def _output(self):
        return b''.join(x.to_bytes(4, 'big') for x in self._state)


# ---- SHA-2 (FIPS 180-4) -----------------------------------------------------------------

def _primes(n):
    found = []
    k = 2
    while len(found) < n:
        if all(k % p for p in found if p * p <= k):
            found.append(k)
        k += 1
    return found


def _frac_root(p, root, bits):
    """The first `bits` bits of the fractional part of p ** (1/root)."""
    # the integer root of p * 2**(bits*root), by Newton's method
    target = p << (bits * root)
    x = 1 << ((target.bit_length() + root - 1) // root)
    while True:
        y = ((root - 1) * x + target // x ** (root - 1)) // root
        if y >= x:
            break
        x = y
    return x & ((1 << bits) - 1)


_P80 = _primes(80)
_K256 = [_frac_root(p, 3, 32) for p in _P80[:64]]
_K512 = [_frac_root(p, 3, 64) for p in _P80]


class sha256(_Hash):
    name = 'sha256'
    digest_size = 32
    _order = 'big'
    _initial = tuple(_frac_root(p, 2, 32) for p in _P80[:8])

    def _compress(self, block):
        w = [int.from_bytes(block[i:i + 4], 'big') for i in range(0, 64, 4)]
        for i in range(16, 64):
            s0 = _rotr32(w[i - 15], 7) ^ _rotr32(w[i - 15], 18) ^ (w[i - 15] >> 3)
            s1 = _rotr32(w[i - 2], 17) ^ _rotr32(w[i - 2], 19) ^ (w[i - 2] >> 10)
            w.append((w[i - 16] + s0 + w[i - 7] + s1) & _M32)
        a, b, c, d, e, f, g, h = self._state
        for i in range(64):
            s1 = _rotr32(e, 6) ^ _rotr32(e, 11) ^ _rotr32(e, 25)
            ch = (e & f) ^ (~e & g)
            t1 = (h + s1 + ch + _K256[i] + w[i]) & _M32
            s0 = _rotr32(a, 2) ^ _rotr32(a, 13) ^ _rotr32(a, 22)
            maj = (a & b) ^ (a & c) ^ (b & c)
            t2 = (s0 + maj) & _M32
            h, g, f, e, d, c, b, a = g, f, e, (d + t1) & _M32, c, b, a, (t1 + t2) & _M32
        self._state = [(x + y) & _M32 for x, y in zip(self._state, (a, b, c, d, e, f, g, h))]

    def _output(self):
        return b''.join(x.to_bytes(4, 'big') for x in self._state)[:self.digest_size]


class sha224(sha256):
    name = 'sha224'
    digest_size = 28
    _initial = (0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511,
                0x64f98fa7, 0xbefa4fa4)


class sha512(_Hash):
    name = 'sha512'
    digest_size = 64
    block_size = 128
    _order = 'big'
    _initial = tuple(_frac_root(p, 2, 64) for p in _P80[:8])

    def _compress(self, block):
        w = [int.from_bytes(block[i:i + 8], 'big') for i in range(0, 128, 8)]
        for i in range(16, 80):
            s0 = _rotr64(w[i - 15], 1) ^ _rotr64(w[i - 15], 8) ^ (w[i - 15] >> 7)
            s1 = _rotr64(w[i - 2], 19) ^ _rotr64(w[i - 2], 61) ^ (w[i - 2] >> 6)
            w.append((w[i - 16] + s0 + w[i - 7] + s1) & _M64)
        a, b, c, d, e, f, g, h = self._state
        for i in range(80):
            s1 = _rotr64(e, 14) ^ _rotr64(e, 18) ^ _rotr64(e, 41)
            ch = (e & f) ^ (~e & g)
            t1 = (h + s1 + ch + _K512[i] + w[i]) & _M64
            s0 = _rotr64(a, 28) ^ _rotr64(a, 34) ^ _rotr64(a, 39)
            maj = (a & b) ^ (a & c) ^ (b & c)
            t2 = (s0 + maj) & _M64
            h, g, f, e, d, c, b, a = g, f, e, (d + t1) & _M64, c, b, a, (t1 + t2) & _M64
        self._state = [(x + y) & _M64 for x, y in zip(self._state, (a, b, c, d, e, f, g, h))]

    def _output(self):
        return b''.join(x.to_bytes(8, 'big') for x in self._state)[:self.digest_size]


class sha384(sha512):
    name = 'sha384'
    digest_size = 48
    _initial = tuple(_frac_root(p, 2, 64) for p in _P80[8:16])


_constructors = {c.name: c for c in (md5, sha1, sha224, sha256, sha384, sha512)}


def new(name, data=b'', **kwargs):
    """A hash object for the algorithm named name ('sha256', ...)."""
    try:
        return _constructors[name.lower()](data)
    except KeyError:
        raise ValueError(f'unsupported hash type {name}') from None


def file_digest(fileobj, digest, /):
    h = new(digest) if isinstance(digest, str) else digest()
    while chunk := fileobj.read(65536):
        h.update(chunk)
    return h


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """PBKDF2 with HMAC (RFC 8018)."""
    import hmac
    digest_size = new(hash_name).digest_size
    dklen = dklen or digest_size
    blocks = []
    for index in range(1, -(-dklen // digest_size) + 1):
        u = hmac.new(password, salt + index.to_bytes(4, 'big'), hash_name).digest()
        t = int.from_bytes(u, 'big')
        for _ in range(iterations - 1):
            u = hmac.new(password, u, hash_name).digest()
            t ^= int.from_bytes(u, 'big')
        blocks.append(t.to_bytes(digest_size, 'big'))
    return b''.join(blocks)[:dklen]


from _pyedu import set_type_name as _set_type_name
for _cls in _constructors.values():
    _set_type_name(_cls, '_hashlib.HASH')
del _set_type_name, _cls
