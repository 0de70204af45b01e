"""Pseudo-random numbers, as CPython's random module.

The generator is the Mersenne Twister MT19937 (Matsumoto and Nishimura,
1998), seeded the way CPython seeds it.  Every method turns the generator's
32-bit words into numbers with the recipes CPython documents and uses, and
consumes exactly as many words as CPython does, so after random.seed(n) a
program draws exactly what it would draw under CPython.

How the pieces fit:
    _seed_words / _twist / _tempered   the raw generator: 624 words of
                                       state, re-mixed ("twisted") every
                                       624 draws, each word "tempered" on
                                       the way out
    Random.getrandbits, Random.random  the two primitive draws
    Random._randbelow                  an unbiased int below n, by rejection
    everything else                    built from those three
"""

from math import log as _log, exp as _exp, sqrt as _sqrt, ceil as _ceil
from math import cos as _cos, sin as _sin, acos as _acos, floor as _floor
from math import pi as _PI, e as _E, isfinite as _isfinite
from bisect import bisect as _bisect
from itertools import accumulate as _accumulate, repeat as _repeat

__all__ = ["Random", "SystemRandom", "seed", "random", "uniform", "randint",
           "choice", "sample", "randrange", "shuffle", "normalvariate",
           "lognormvariate", "expovariate", "vonmisesvariate", "gammavariate",
           "triangular", "gauss", "betavariate", "paretovariate",
           "weibullvariate", "getstate", "setstate", "getrandbits",
           "choices", "randbytes"]

# Published constants of the distributions below (also module attributes
# in CPython).
NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
TWOPI = 2.0 * _PI
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53                  # bits in a float's mantissa
RECIP_BPF = 2 ** -BPF

# ---------------------------------------------------------------------------
# MT19937, the raw generator (parameters from the 1998 paper).

_WORDS = 624              # words of state
_MIDDLE = 397             # the twist mixes word i with word i + 397
_TWIST_XOR = 0x9908b0df   # the "matrix A" of the recurrence
_WORD_MASK = 0xffffffff
_TOP_BIT = 0x80000000


def _initial_state(seed32):
    """The state MT19937's init_genrand makes from one 32-bit number."""
    state = [seed32]
    previous = seed32
    for position in range(1, _WORDS):
        previous = (1812433253 * (previous ^ (previous >> 30)) + position) & _WORD_MASK
        state.append(previous)
    return state


def _seed_words(key):
    """The state MT19937's init_by_array makes from a list of 32-bit words.

    Two passes over the state, starting from a fixed seed: the first folds
    the key in (cycling through it), the second scrambles again; index 0 is
    then forced so that the state is never all zero."""
    state = _initial_state(19650218)
    at = 1
    for step in range(max(_WORDS, len(key))):
        key_index = step % len(key)
        before = state[at - 1]
        mixed = (state[at] ^ ((before ^ (before >> 30)) * 1664525))
        state[at] = (mixed + key[key_index] + key_index) & _WORD_MASK
        at = _next_seed_position(state, at)
    for _ in range(_WORDS - 1):
        before = state[at - 1]
        mixed = (state[at] ^ ((before ^ (before >> 30)) * 1566083941))
        state[at] = (mixed - at) & _WORD_MASK
        at = _next_seed_position(state, at)
    state[0] = _TOP_BIT
    return state


def _next_seed_position(state, at):
    # The seeding passes wrap from the last word to word 1, carrying the
    # last word over to word 0.
    at += 1
    if at == _WORDS:
        state[0] = state[_WORDS - 1]
        at = 1
    return at


# For each word the twist rewrites: its index, the next word's index and
# the index of its partner 397 words on (both wrapping around the end).
_TWIST_PLAN = [(i, (i + 1) % _WORDS, (i + _MIDDLE) % _WORDS) for i in range(_WORDS)]


def _twist(state):
    """Re-mix all 624 words in place (the MT19937 recurrence).  Words are
    rewritten in order, and later words read the new values of earlier
    ones."""
    for i, following, partner in _TWIST_PLAN:
        joined = (state[i] & _TOP_BIT) | (state[following] & 0x7fffffff)
        if joined & 1:
            state[i] = state[partner] ^ (joined >> 1) ^ _TWIST_XOR
        else:
            state[i] = state[partner] ^ (joined >> 1)


def _tempered(word):
    """The output MT19937 gives for one word of state."""
    word ^= word >> 11
    word ^= (word << 7) & 0x9d2c5680
    word ^= (word << 15) & 0xefc60000
    return word ^ (word >> 18)


def _as_index(value):
    """value as an int, for arguments that must be integers."""
    if type(value) is int:
        return value
    return value.__index__() if hasattr(type(value), '__index__') else _no_index(value)


def _no_index(value):
    raise TypeError("'%s' object cannot be interpreted as an integer"
                    % type(value).__name__)


def _warn(message):
    import warnings
    warnings.warn(message, DeprecationWarning, 4)   # the caller of randrange


def _randrange_argument(value, what):
    """An argument of randrange as an int.  Python 3.11 still accepts an
    integral float, with a DeprecationWarning."""
    if type(value) is int or hasattr(type(value), '__index__'):
        return _as_index(value)
    as_int = int(value)
    if as_int != value:
        _warn('randrange() will raise TypeError in the future')
        raise ValueError("non-integer %s for randrange()" % what)
    _warn('non-integer arguments to randrange() have been deprecated since '
          'Python 3.10 and will be removed in a subsequent version')
    return as_int


# ---------------------------------------------------------------------------

class Random:
    """A Mersenne Twister generator with its own state.  The module's
    functions are the methods of one hidden instance."""

    VERSION = 3           # the format of getstate()'s result

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def __init_subclass__(cls, /, **kwargs):
        # A subclass that supplies its own random() but not getrandbits()
        # must have its integers made from random(), as CPython does.
        super().__init_subclass__(**kwargs)
        for klass in cls.__mro__:
            if '_randbelow' in klass.__dict__:
                return
            if 'getrandbits' in klass.__dict__:
                cls._randbelow = cls._randbelow_from_bits
                return
            if 'random' in klass.__dict__:
                cls._randbelow = cls._randbelow_from_floats
                return

    # -- the raw stream of 32-bit words --

    def _set_raw_state(self, state, position):
        self._state = state
        self._position = position
        self._outputs = [_tempered(word) for word in state]

    def _next_word(self):
        position = self._position
        if position >= _WORDS:
            _twist(self._state)
            self._outputs = [_tempered(word) for word in self._state]
            position = 0
        self._position = position + 1
        return self._outputs[position]

    # -- seeding and state --

    def seed(self, a=None, version=2):
        """Start the generator afresh from a: None (fresh entropy from the
        system), an int, a float, a str, bytes or a bytearray."""
        if a is None:
            import os
            number = int.from_bytes(os.urandom(_WORDS * 4), 'little')
        elif isinstance(a, int):
            number = abs(a)
        elif isinstance(a, float):
            number = hash(a) & 0xffffffffffffffff   # the hash as a C size_t
        elif isinstance(a, (str, bytes, bytearray)):
            number = _number_from_text(a, version)
        else:
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        key = []
        while number:
            key.append(number & _WORD_MASK)
            number >>= 32
        self._set_raw_state(_seed_words(key or [0]), _WORDS)
        self.gauss_next = None

    def getstate(self):
        """The generator's state, for setstate()."""
        return (self.VERSION, tuple(self._state) + (self._position,), self.gauss_next)

    def setstate(self, state):
        """Restore a state returned by getstate()."""
        version, words, gauss_next = state
        if version == 2:
            # Python 2.x states could hold words beyond 32 bits.
            words = tuple(_as_index(w) % 2 ** 32 for w in words)
        elif version != self.VERSION:
            raise ValueError("state with version %s passed to Random.setstate() "
                             "of version %s" % (version, self.VERSION))
        if not isinstance(words, tuple):
            raise TypeError('state vector must be a tuple')
        if len(words) != _WORDS + 1:
            raise ValueError('state vector is the wrong size')
        position = _as_index(words[-1])
        if not 0 <= position <= _WORDS:
            raise ValueError('invalid state')
        self._set_raw_state([_as_index(w) & _WORD_MASK for w in words[:-1]], position)
        self.gauss_next = gauss_next

    # copy and pickle make a fresh generator, then restore the state.
    __setstate__ = setstate

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    # -- the primitive draws --

    def random(self):
        """A float in [0.0, 1.0): 53 random bits (27 from one word, 26
        from the next) scaled down."""
        position = self._position
        if position <= _WORDS - 2:          # the common case, inlined
            self._position = position + 2
            outputs = self._outputs
            high = outputs[position] >> 5
            low = outputs[position + 1] >> 6
        else:
            high = self._next_word() >> 5
            low = self._next_word() >> 6
        return (high * 67108864.0 + low) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k):
        """An int of k random bits.  The words fill it from the least
        significant end; the last one gives only its top bits."""
        k = _as_index(k)
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        if k <= 32:
            return self._next_word() >> (32 - k) if k else 0
        value = 0
        for shift in range(0, k, 32):
            word = self._next_word()
            missing = shift + 32 - k
            if missing > 0:
                word >>= missing
            value |= word << shift
        return value

    def randbytes(self, n):
        """n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def _randbelow_from_bits(self, n):
        # Draw as many bits as n has and try again when the draw is too
        # big: every result below n is equally likely.
        bits = n.bit_length()
        getrandbits = self.getrandbits
        while True:
            candidate = getrandbits(bits)
            if candidate < n:
                return candidate

    def _randbelow_from_floats(self, n):
        # Only random() is available: scale 53-bit floats, rejecting the
        # top sliver that would make small results more likely.
        span = 1 << BPF
        if n >= span:
            import warnings
            warnings.warn("Underlying random() generator does not supply \n"
                          "enough bits to choose from a population range this large.\n"
                          "To remove the range limitation, add a getrandbits() method.")
            return _floor(self.random() * n)
        limit = (span - span % n) / span
        while True:
            draw = self.random()
            if draw < limit:
                return _floor(draw * span) % n

    def _randbelow_from_words(self, n):
        # _randbelow_from_bits with getrandbits inlined for n below 2**32
        # (the usual case): the same draws, without two calls per word.
        bits = n.bit_length()
        if bits > 32:
            return self._randbelow_from_bits(n)
        drop = 32 - bits
        while True:
            position = self._position
            if position < _WORDS:
                self._position = position + 1
                candidate = self._outputs[position] >> drop
            else:
                candidate = self._next_word() >> drop
            if candidate < n:
                return candidate

    # Random and the subclasses that keep its getrandbits (see
    # __init_subclass__) read the words directly.
    _randbelow = _randbelow_from_words

    # -- integers and sequences --

    def randrange(self, start, stop=None, step=1):
        """A random item of range(start, stop, step)."""
        first = _randrange_argument(start, 'arg 1')
        if stop is None:
            if step != 1:
                raise TypeError('Missing a non-None stop argument')
            if first > 0:
                return self._randbelow(first)
            raise ValueError('empty range for randrange()')
        end = _randrange_argument(stop, 'stop')
        stride = _randrange_argument(step, 'step')
        width = end - first
        if stride == 1:
            if width <= 0:
                raise ValueError('empty range for randrange() (%d, %d, %d)'
                                 % (first, end, width))
            return first + self._randbelow(width)
        if stride == 0:
            raise ValueError('zero step for randrange()')
        count = -(-width // stride)         # items in range(first, end, stride)
        if count <= 0:
            raise ValueError('empty range for randrange()')
        return first + stride * self._randbelow(count)

    def randint(self, a, b):
        """A random int in [a, b], both ends included."""
        return self.randrange(a, b + 1)

    def choice(self, seq):
        """A random element of a non-empty sequence."""
        size = len(seq)
        if not size:
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(size)]

    def shuffle(self, x):
        """Shuffle the list x in place (Fisher-Yates, from the end)."""
        randbelow = self._randbelow
        for last in range(len(x) - 1, 0, -1):
            other = randbelow(last + 1)
            x[last], x[other] = x[other], x[last]

    def sample(self, population, k, *, counts=None):
        """k distinct elements of the sequence population, in the order
        chosen.  counts repeats each element that many times."""
        from collections.abc import Sequence
        if not isinstance(population, Sequence):
            raise TypeError('Population must be a sequence.  '
                            'For dicts or sets, use sorted(d).')
        size = len(population)
        if counts is not None:
            return self._sample_counted(population, size, counts, k)
        if not 0 <= k <= size:
            raise ValueError('Sample larger than population or is negative')
        # A small population is copied and drawn from without replacement;
        # a large one is left alone and repeated picks are redrawn.  The
        # threshold is part of the behaviour: it decides which draws happen.
        threshold = 21
        if k > 5:
            threshold += 4 ** _ceil(_log(k * 3, 4))
        if size <= threshold:
            return self._sample_from_copy(list(population), k)
        return self._sample_by_rejection(population, size, k)

    def _sample_from_copy(self, pool, k):
        randbelow = self._randbelow
        chosen = []
        remaining = len(pool)
        for _ in range(k):
            pick = randbelow(remaining)
            chosen.append(pool[pick])
            remaining -= 1
            pool[pick] = pool[remaining]   # the unchosen tail fills the hole
        return chosen

    def _sample_by_rejection(self, population, size, k):
        randbelow = self._randbelow
        taken = set()
        chosen = []
        for _ in range(k):
            pick = randbelow(size)
            while pick in taken:
                pick = randbelow(size)
            taken.add(pick)
            chosen.append(population[pick])
        return chosen

    def _sample_counted(self, population, size, counts, k):
        boundaries = list(_accumulate(counts))
        if len(boundaries) != size:
            raise ValueError('The number of counts does not match the population')
        total = boundaries.pop()
        if not isinstance(total, int):
            raise TypeError('Counts must be integers')
        if total <= 0:
            raise ValueError('Total of counts must be greater than zero')
        picks = self.sample(range(total), k=k)
        return [population[_bisect(boundaries, pick)] for pick in picks]

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k elements of population chosen with replacement, optionally
        weighted (by relative or cumulative weights)."""
        draw = self.random
        size = len(population)
        if cum_weights is None and weights is None:
            scale = float(size)
            return [population[_floor(draw() * scale)] for _ in _repeat(None, k)]
        if cum_weights is None:
            try:
                cum_weights = list(_accumulate(weights))
            except TypeError:
                if isinstance(weights, int):
                    k = weights
                    raise TypeError('The number of choices must be a keyword '
                                    'argument: k=%r' % k) from None
                raise
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        total = _total_weight(cum_weights, size)
        # Each draw lands in the slot of the first cumulative weight above
        # it; the bisection never goes past the last slot.
        return [population[_bisect(cum_weights, draw() * total, 0, size - 1)]
                for _ in _repeat(None, k)]

    # -- real-valued distributions --

    def uniform(self, a, b):
        """A float between a and b."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution on [low, high] peaking at mode (by
        inverting its cumulative distribution)."""
        u = self.random()
        try:
            peak = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u <= peak:
            return low + (high - low) * _sqrt(u * peak)
        return high + (low - high) * _sqrt((1.0 - u) * (1.0 - peak))

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution, by Kinderman and Monahan's ratio of
        uniforms method."""
        draw = self.random
        while True:
            u1 = draw()
            u2 = 1.0 - draw()
            candidate = NV_MAGICCONST * (u1 - 0.5) / u2
            if candidate * candidate / 4.0 <= -_log(u2):
                return mu + candidate * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Normal distribution, by the Box-Muller transform: each pair of
        draws gives two values, the second kept for the next call."""
        value = self.gauss_next
        self.gauss_next = None
        if value is None:
            angle = self.random() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - self.random()))
            value = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + value * sigma

    def lognormvariate(self, mu, sigma):
        """Log normal distribution."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution with rate lambd."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Von Mises distribution (Best and Fisher's method, 1979)."""
        if kappa <= 1e-6:
            return TWOPI * self.random()
        half = 0.5 / kappa
        rho = half + _sqrt(1.0 + half * half)
        while True:
            z = _cos(_PI * self.random())
            d = z / (rho + z)
            u = self.random()
            if u < 1.0 - d * d or u <= (1.0 - d) * _exp(d):
                break
        inverse = 1.0 / rho
        f = (inverse + z) / (1.0 + inverse * z)
        if self.random() > 0.5:
            return (mu + _acos(f)) % TWOPI
        return (mu - _acos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution (shape alpha, scale beta)."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        if alpha > 1.0:
            return self._gamma_cheng(alpha) * beta
        if alpha == 1.0:
            return -_log(1.0 - self.random()) * beta
        return self._gamma_small_shape(alpha) * beta

    def _gamma_cheng(self, alpha):
        # R. C. H. Cheng, "The generation of Gamma variables with
        # non-integral shape parameters", 1977 (algorithm GB).
        a = _sqrt(2.0 * alpha - 1.0)
        b = alpha - LOG4
        c = alpha + a
        while True:
            u1 = self.random()
            if u1 <= 1e-7 or u1 >= 0.9999999:
                continue
            u2 = 1.0 - self.random()
            v = _log(u1 / (1.0 - u1)) / a
            x = alpha * _exp(v)
            z = u1 * u1 * u2
            r = b + c * v - x
            if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                return x

    def _gamma_small_shape(self, alpha):
        # Algorithm GS (Ahrens and Dieter) for 0 < alpha < 1, as given in
        # Kennedy and Gentle's "Statistical Computing".
        while True:
            b = (_E + alpha) / _E
            p = b * self.random()
            if p <= 1.0:
                x = p ** (1.0 / alpha)
                if self.random() <= _exp(-x):
                    return x
            else:
                x = -_log((b - p) / alpha)
                if self.random() <= x ** (alpha - 1.0):
                    return x

    def betavariate(self, alpha, beta):
        """Beta distribution, from two gamma variates."""
        y = self.gammavariate(alpha, 1.0)
        if not y:
            return 0.0
        return y / (y + self.gammavariate(beta, 1.0))

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution (scale alpha, shape beta)."""
        return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)


def _total_weight(cum_weights, size):
    """The sum of the weights of choices(), as a float, once checked."""
    if len(cum_weights) != size:
        raise ValueError('The number of weights does not match the population')
    total = cum_weights[-1] + 0.0
    if total <= 0.0:
        wanted = 'greater than zero'
    elif not _isfinite(total):
        wanted = 'finite'
    else:
        return total
    raise ValueError('Total of weights must be ' + wanted)


def _number_from_text(text, version):
    """The seed number for a str, bytes or bytearray seed."""
    if version == 1 and isinstance(text, (str, bytes)):
        # The old (Python 2) string hash, kept for seed(x, version=1).
        if isinstance(text, bytes):
            text = text.decode('latin-1')
        number = ord(text[0]) << 7 if text else 0
        for char in text:
            number = ((1000003 * number) ^ ord(char)) & 0xffffffffffffffff
        return number ^ len(text)
    if version == 2:
        # All the bits of the text count, then those of its SHA-512.
        from hashlib import sha512
        data = text.encode() if isinstance(text, str) else bytes(text)
        return int.from_bytes(data + sha512(data).digest(), 'big')
    # Any other version seeds from the hash (a bytearray has none).
    return hash(text) & 0xffffffffffffffff


class SystemRandom(Random):
    """Numbers from the operating system's entropy (os.urandom): not
    reproducible, so it has no seed and no state."""

    def random(self):
        import os
        return (int.from_bytes(os.urandom(7), 'big') >> 3) * RECIP_BPF

    def getrandbits(self, k):
        import os
        k = _as_index(k)
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        size = (k + 7) // 8
        return int.from_bytes(os.urandom(size), 'big') >> (size * 8 - k)

    def randbytes(self, n):
        import os
        return os.urandom(n)

    def seed(self, *args, **kwds):
        """Does nothing: the system's entropy cannot be seeded."""
        return None

    def _stateless(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _stateless


# The module's functions: the bound methods of one shared generator.
_inst = Random()
for _name in __all__:
    if _name not in ('Random', 'SystemRandom'):
        globals()[_name] = getattr(_inst, _name)
del _name
