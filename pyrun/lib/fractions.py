"""Rational numbers, as CPython's fractions.Fraction."""

import math as _math
import sys as _sys

__all__ = ['Fraction']

_PyHASH_MODULUS = _sys.hash_info.modulus if hasattr(_sys, 'hash_info') else 2 ** 61 - 1
_PyHASH_INF = 314159


def _parse(text):
    s = text.strip().replace('_', '')
    if not s:
        raise ValueError('Invalid literal for Fraction: %r' % text)
    if '/' in s:
        num, _, den = s.partition('/')
        num, den = num.strip(), den.strip()
        if not num.lstrip('+-').isdigit() or not den.isdigit() or text.strip() != text.strip():
            raise ValueError('Invalid literal for Fraction: %r' % text)
        return int(num), int(den)
    sign = 1
    if s[0] in '+-':
        sign = -1 if s[0] == '-' else 1
        s = s[1:]
    mantissa, exp = s, 0
    for e in 'eE':
        if e in s:
            mantissa, _, exp_text = s.partition(e)
            try:
                exp = int(exp_text)
            except ValueError:
                raise ValueError('Invalid literal for Fraction: %r' % text) from None
            break
    whole, _, frac = mantissa.partition('.')
    if not (whole + frac).isdigit() or ('.' in mantissa and not (whole or frac)):
        raise ValueError('Invalid literal for Fraction: %r' % text)
    num = int(whole + frac) if whole + frac else 0
    den = 10 ** len(frac)
    if exp >= 0:
        num *= 10 ** exp
    else:
        den *= 10 ** -exp
    return sign * num, den


class Fraction:
    """This class implements rational numbers: Fraction(3, 4), Fraction('0.75'), Fraction(0.75)."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, (float, int)):
                if isinstance(numerator, float) and not _math.isfinite(numerator):
                    raise (OverflowError if _math.isinf(numerator) else ValueError)(
                        'cannot convert %s to integer ratio' % ('Infinity' if _math.isinf(numerator) else 'NaN'))
                numerator, denominator = numerator.as_integer_ratio()
            elif isinstance(numerator, str):
                numerator, denominator = _parse(numerator)
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif type(numerator) is int is type(denominator):
            pass
        elif isinstance(numerator, (int, Fraction)) and isinstance(denominator, (int, Fraction)):
            n1, d1 = (numerator._numerator, numerator._denominator) if isinstance(numerator, Fraction) else (numerator, 1)
            n2, d2 = (denominator._numerator, denominator._denominator) if isinstance(denominator, Fraction) else (denominator, 1)
            numerator, denominator = n1 * d2, d1 * n2
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        g = _math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)' %
                            (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        return cls(str(dec))

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction to self with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1)
        return Fraction(p0 + k * p1, q0 + k * q1)

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
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(self):
        return self._numerator / self._denominator

    def __bool__(self):
        return self._numerator != 0

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, _PyHASH_MODULUS)
        except ValueError:
            hash_ = _PyHASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

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


import numbers as _numbers
_numbers.Rational.register(Fraction)
