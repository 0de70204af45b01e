"""Rational numbers, as CPython's fractions.Fraction."""

import math as _math
import numbers as _numbers
import re as _re
import sys as _sys

__all__ = ['Fraction']

# The modulus of Python's numeric hash and the hash of an infinity: a
# number's hash is its value modulo the (prime) modulus.
_HASH_MODULUS = _sys.hash_info.modulus
_HASH_INFINITY = _sys.hash_info.inf

# A fraction literal: an optional sign, then digits over digits ("3/4"), or
# a decimal number with an optional exponent ("-1.5e3", ".5").  Digits may
# be grouped with single underscores; spaces are allowed around it all.
_GROUPED_DIGITS = r'\d+(?:_\d+)*'
_LITERAL = _re.compile(r"""
    \s* (?P<sign>[-+]?)
    (?=\.?\d)
    (?P<whole>\d*|{digits})
    (?: / (?P<below>{digits})
      | (?:\.(?P<decimals>\d*|{digits}))? (?:e(?P<exponent>[-+]?{digits}))?
    )
    \s*
""".format(digits=_GROUPED_DIGITS), _re.VERBOSE | _re.IGNORECASE)


def _parse(text):
    """(numerator, denominator) written in text, not reduced."""
    found = _LITERAL.fullmatch(text)
    if found is None:
        raise ValueError('Invalid literal for Fraction: %r' % text)
    numerator = int(found['whole'] or '0')
    if found['below']:
        denominator = int(found['below'])
    else:
        decimals = (found['decimals'] or '').replace('_', '')
        denominator = 10 ** len(decimals)
        numerator = numerator * denominator + int(decimals or '0')
        exponent = int(found['exponent'] or '0')
        if exponent >= 0:
            numerator *= 10 ** exponent
        else:
            denominator *= 10 ** -exponent
    if found['sign'] == '-':
        numerator = -numerator
    return numerator, denominator


def _is_decimal(value):
    # A Decimal can only exist if the decimal module was imported.
    module = _sys.modules.get('decimal')
    return module is not None and isinstance(value, module.Decimal)


def _ratio(value):
    """The numerator and denominator that Fraction(value) stands for."""
    if isinstance(value, _numbers.Rational):
        return value.numerator, value.denominator
    if isinstance(value, float) or _is_decimal(value):
        return value.as_integer_ratio()
    if isinstance(value, str):
        return _parse(value)
    raise TypeError('argument should be a string or a Rational instance')


def _continued_fraction(numerator, denominator):
    """The terms of numerator/denominator's continued fraction, by
    Euclid's algorithm: the whole part, then the terms of the reciprocal
    of what is left."""
    while denominator:
        term, left = divmod(numerator, denominator)
        yield term
        numerator, denominator = denominator, left


class Fraction:
    """A rational number, kept as a numerator and a positive denominator
    with no common factor: Fraction(3, 4), Fraction('0.75'),
    Fraction(0.75), Fraction(Decimal('0.75'))."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        if denominator is None:
            if type(numerator) is not int:
                numerator, denominator = _ratio(numerator)
            else:
                denominator = 1
        elif type(numerator) is not int or type(denominator) is not int:
            if not (isinstance(numerator, _numbers.Rational)
                    and isinstance(denominator, _numbers.Rational)):
                raise TypeError('both arguments should be Rational instances')
            # (a/b) / (c/d) == (a*d) / (b*c)
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                numerator.denominator * denominator.numerator)
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        common = _math.gcd(numerator, denominator)
        if denominator < 0:
            common = -common
        self = object.__new__(cls)
        self._numerator = numerator // common
        self._denominator = denominator // common
        return self

    @classmethod
    def from_float(cls, f):
        """The Fraction equal to the float f (exactly)."""
        if isinstance(f, _numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The Fraction equal to the Decimal dec (exactly)."""
        if isinstance(dec, _numbers.Integral):
            return cls(int(dec))
        if not _is_decimal(dec):
            raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)'
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    # A rational number is real: its own real part and conjugate.
    real = property(lambda self: +self)
    imag = property(lambda self: 0)

    def conjugate(self):
        return +self

    def limit_denominator(self, max_denominator=1000000):
        """The fraction nearest to self with a denominator of at most
        max_denominator.

        The continued fraction of self gives its best approximations, the
        convergents; the answer is the last convergent whose denominator
        is small enough, or the best "semiconvergent" between it and the
        one before, whichever is nearer (the convergent on a tie)."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # The convergents of self's continued fraction, while their
        # denominators fit: older and newer are the last two, as
        # (numerator, denominator), starting from the two that come
        # before the first.  self's own denominator is too big, so the
        # loop stops before the terms run out.
        older, newer = (0, 1), (1, 0)
        for term in _continued_fraction(self._numerator, self._denominator):
            following = (term * newer[0] + older[0], term * newer[1] + older[1])
            if following[1] > max_denominator:
                break
            older, newer = newer, following
        # The semiconvergent: the next convergent with as much of the
        # term that did not fit as the bound allows.
        steps = (max_denominator - older[1]) // newer[1]
        candidates = (Fraction(*newer),
                      Fraction(older[0] + steps * newer[0], older[1] + steps * newer[1]))
        # min() keeps the first on a tie: the convergent.
        return min(candidates, key=lambda candidate: abs(candidate - self))

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # ---- arithmetic ----

    @staticmethod
    def _coerce(other):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction(other)
        return None

    def _binop(self, other, op, float_op, reverse=False):
        o = Fraction._coerce(other)
        if o is not None:
            return op(o, self) if reverse else op(self, o)
        if isinstance(other, (float, complex)):
            return float_op(other, float(self)) if reverse else float_op(float(self), other)
        return NotImplemented

    @staticmethod
    def _add(a, b):
        return Fraction(a._numerator * b._denominator + b._numerator * a._denominator,
                        a._denominator * b._denominator)

    @staticmethod
    def _sub(a, b):
        return Fraction(a._numerator * b._denominator - b._numerator * a._denominator,
                        a._denominator * b._denominator)

    @staticmethod
    def _mul(a, b):
        return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)

    @staticmethod
    def _div(a, b):
        return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)

    @staticmethod
    def _floordiv(a, b):
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    @staticmethod
    def _mod(a, b):
        da, db = a._denominator, b._denominator
        return Fraction((a._numerator * db) % (b._numerator * da), da * db)

    def __add__(self, other): return self._binop(other, Fraction._add, lambda x, y: x + y)
    def __radd__(self, other): return self._binop(other, Fraction._add, lambda x, y: x + y, True)
    def __sub__(self, other): return self._binop(other, Fraction._sub, lambda x, y: x - y)
    def __rsub__(self, other): return self._binop(other, Fraction._sub, lambda x, y: x - y, True)
    def __mul__(self, other): return self._binop(other, Fraction._mul, lambda x, y: x * y)
    def __rmul__(self, other): return self._binop(other, Fraction._mul, lambda x, y: x * y, True)
    def __truediv__(self, other): return self._binop(other, Fraction._div, lambda x, y: x / y)
    def __rtruediv__(self, other): return self._binop(other, Fraction._div, lambda x, y: x / y, True)
    def __floordiv__(self, other): return self._binop(other, Fraction._floordiv, lambda x, y: x // y)
    def __rfloordiv__(self, other): return self._binop(other, Fraction._floordiv, lambda x, y: x // y, True)
    def __mod__(self, other): return self._binop(other, Fraction._mod, lambda x, y: x % y)
    def __rmod__(self, other): return self._binop(other, Fraction._mod, lambda x, y: x % y, True)

    def __divmod__(self, other):
        return (self // other, self % other)

    def __rdivmod__(self, other):
        return (other // self, other % self)

    def __pow__(self, b):
        if isinstance(b, int) or (isinstance(b, Fraction) and b._denominator == 1):
            power = b if isinstance(b, int) else b._numerator
            if power >= 0:
                return Fraction(self._numerator ** power, self._denominator ** power)
            if self._numerator > 0:
                return Fraction(self._denominator ** -power, self._numerator ** -power)
            if self._numerator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % (self._denominator ** -power))
            return Fraction((-self._denominator) ** -power, (-self._numerator) ** -power)
        if isinstance(b, (float, complex, Fraction)):
            return float(self) ** float(b) if not isinstance(b, complex) else float(self) ** b
        return NotImplemented

    def __rpow__(self, a):
        if self._denominator == 1 and self._numerator >= 0:
            return a ** self._numerator
        if isinstance(a, (int, Fraction)):
            return Fraction(a) ** self if self._denominator == 1 else a ** float(self)
        return a ** float(self)

    def __pos__(self):
        return Fraction(self._numerator, self._denominator)

    def __neg__(self):
        return Fraction(-self._numerator, self._denominator)

    def __abs__(self):
        return Fraction(abs(self._numerator), self._denominator)

    def __int__(self):
        if self._numerator < 0:
            return -(-self._numerator // self._denominator)
        return self._numerator // self._denominator

    def __trunc__(self):
        return self.__int__()

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            # floor(self + 1/2) is self rounded half up; a tie (self + 1/2
            # a whole number) that lands on an odd number goes down to the
            # even one.
            nearest, rest = divmod(2 * self._numerator + self._denominator,
                                   2 * self._denominator)
            if rest == 0 and nearest % 2:
                nearest -= 1
            return nearest
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(self):
        return self._numerator / self._denominator

    def __bool__(self):
        return self._numerator != 0

    def __hash__(self):
        # Equal numbers hash equal, whatever their type: the hash of n/d is
        # |n| times the inverse of d, modulo the hash modulus (a prime);
        # when d is a multiple of it there is no inverse, and the hash is
        # that of an infinity.  The sign is n's; -1 becomes -2.
        if self._denominator % _HASH_MODULUS == 0:
            magnitude = _HASH_INFINITY
        else:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
            magnitude = abs(self._numerator) % _HASH_MODULUS * inverse \
                % _HASH_MODULUS
        value = -magnitude if self._numerator < 0 else magnitude
        return -2 if value == -1 else value

    def __eq__(self, b):
        if type(b) is int:
            return self._numerator == b and self._denominator == 1
        if isinstance(b, Fraction):
            return self._numerator == b._numerator and self._denominator == b._denominator
        if isinstance(b, float):
            if _math.isnan(b) or _math.isinf(b):
                return 0.0 == b
            return self == Fraction(b)
        if isinstance(b, int):
            return self._numerator == b and self._denominator == 1
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, (int, Fraction)):
            o = Fraction._coerce(other)
            return op(self._numerator * o._denominator, self._denominator * o._numerator)
        if isinstance(other, float):
            if _math.isnan(other) or _math.isinf(other):
                return op(0.0, other)
            return op(self, Fraction(other))
        return NotImplemented

    def __lt__(self, other): return self._richcmp(other, lambda a, b: a < b)
    def __gt__(self, other): return self._richcmp(other, lambda a, b: a > b)
    def __le__(self, other): return self._richcmp(other, lambda a, b: a <= b)
    def __ge__(self, other): return self._richcmp(other, lambda a, b: a >= b)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_numbers.Rational.register(Fraction)
