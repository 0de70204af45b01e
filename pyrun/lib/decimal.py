"""Decimal floating point, as CPython's decimal module (the General Decimal
Arithmetic specification).

A Decimal is a sign, a coefficient (a non-negative int) and an exponent:
Decimal('-1.50') is (1, 150, -2).  Arithmetic is exact, then rounded to
the context's precision (28 digits by default) by the context's rounding
mode.  Results keep their trailing zeros (1.30 + 1.20 is 2.50), as the
specification says.  Infinities and NaNs are special values.

Not provided: the logarithms and exponentials (ln, log10, exp, and **
with a non-integer exponent), and the logical operations."""

import math as _math
import operator as _operator
from collections import namedtuple as _namedtuple

__all__ = ['Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
           'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
           'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
           'FloatOperation', 'DivisionImpossible', 'InvalidContext', 'ConversionSyntax',
           'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN',
           'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
           'setcontext', 'getcontext', 'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN',
           'MIN_ETINY', 'HAVE_THREADS', 'HAVE_CONTEXTVAR']

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
              ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)


# ---- signals ----------------------------------------------------------------------------

class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


_SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal,
            Inexact, Rounded, Clamped]
_REPR_ORDER = [Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow,
               Rounded, Subnormal, Underflow]
# the condition a signal is raised as, when it is a subclass (CPython's lists)
_CONDITION_SIGNAL = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
                     DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


# ---- contexts ---------------------------------------------------------------------------

class _SignalDict(dict):
    """flags and traps: a dict from signal to bool, for the signals only."""

    def __setitem__(self, key, value):
        if key not in _SIGNALS:
            raise KeyError(f"{key!r}")
        super().__setitem__(key, bool(value))

    def __repr__(self):
        return '{' + ', '.join(f'<class \'decimal.{k.__name__}\'>:{v}'
                               for k, v in self.items()) + '}'


class Context:
    """Precision, rounding, exponent limits, and the flags and traps of the
    signals."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None, _ignored_flags=None):
        base = DefaultContext if '_default_made' in globals() else None
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else (
            base.rounding if base else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999)
        self.capitals = capitals if capitals is not None else 1
        self.clamp = clamp if clamp is not None else 0
        self.flags = _SignalDict((s, False) for s in _SIGNALS)
        if flags is not None:
            for s in (flags if not isinstance(flags, dict) else [k for k, v in flags.items() if v]):
                self.flags[s] = True
        self.traps = _SignalDict((s, False) for s in _SIGNALS)
        if traps is None:
            source = base.traps if base else {InvalidOperation: True, DivisionByZero: True,
                                              Overflow: True}
            for s, on in source.items():
                self.traps[s] = on
        else:
            for s in (traps if not isinstance(traps, dict) else [k for k, v in traps.items() if v]):
                self.traps[s] = True

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if not 1 <= value <= MAX_PREC:
                raise ValueError("valid range for prec is [1, MAX_PREC]")
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, "
                                "ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, "
                                "ROUND_HALF_EVEN,\n   ROUND_05UP]")
        object.__setattr__(self, name, value)

    def __repr__(self):
        flags = ', '.join(s.__name__ for s in _REPR_ORDER if self.flags[s])
        traps = ', '.join(s.__name__ for s in _REPR_ORDER if self.traps[s])
        return (f"Context(prec={self.prec}, rounding={self.rounding}, Emin={self.Emin}, "
                f"Emax={self.Emax}, capitals={self.capitals}, clamp={self.clamp}, "
                f"flags=[{flags}], traps=[{traps}])")

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                       self.clamp, dict(self.flags), dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = False

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _raise(self, condition, explanation=None):
        """Notes a signal; raises it if it is trapped."""
        signal = _CONDITION_SIGNAL.get(condition, condition)
        self.flags[signal] = True
        if self.traps[signal]:
            raise signal([condition])
        return None

    def create_decimal(self, num='0'):
        return Decimal(num)._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    def _apply(self, name, *args):
        a = _convert(args[0], True)
        return getattr(a, name)(*args[1:], context=self)

    def abs(self, a):
        return _convert(a, True).__abs__(context=self)

    def add(self, a, b):
        return _convert(a, True).__add__(b, context=self)

    def subtract(self, a, b):
        return _convert(a, True).__sub__(b, context=self)

    def multiply(self, a, b):
        return _convert(a, True).__mul__(b, context=self)

    def divide(self, a, b):
        return _convert(a, True).__truediv__(b, context=self)

    def divide_int(self, a, b):
        return _convert(a, True).__floordiv__(b, context=self)

    def remainder(self, a, b):
        return _convert(a, True).__mod__(b, context=self)

    def power(self, a, b, modulo=None):
        return _convert(a, True).__pow__(b, modulo, context=self)

    def sqrt(self, a):
        return self._apply('sqrt', a)

    def quantize(self, a, b):
        return self._apply('quantize', a, b)

    def compare(self, a, b):
        return self._apply('compare', a, b)

    def max(self, a, b):
        return self._apply('max', a, b)

    def min(self, a, b):
        return self._apply('min', a, b)

    def minus(self, a):
        return _convert(a, True).__neg__(context=self)

    def plus(self, a):
        return _convert(a, True).__pos__(context=self)

    def normalize(self, a):
        return self._apply('normalize', a)

    def to_integral_value(self, a):
        return self._apply('to_integral_value', a)

    def to_sci_string(self, a):
        return str(_convert(a, True))


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                         capitals=1, clamp=0)
_default_made = True
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[DivisionByZero, Overflow,
                                                               InvalidOperation, Clamped,
                                                               Underflow], flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])

_current_context = None


def getcontext():
    """The context of the arithmetic (a fresh copy of DefaultContext at first)."""
    global _current_context
    if _current_context is None:
        _current_context = DefaultContext.copy()
    return _current_context


def setcontext(context):
    global _current_context
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _current_context = context


class _ContextSwitch:
    """What localcontext() returns: entering it makes its context the
    current one, leaving it puts back the one that was current before."""

    def __init__(self, context):
        self.context = context
        self.outer = None

    def __enter__(self):
        self.outer = getcontext()
        setcontext(self.context)
        return self.context

    def __exit__(self, *exception):
        setcontext(self.outer)


def localcontext(ctx=None, **kwargs):
    """with localcontext() as ctx: changes to ctx last for the block."""
    context = (getcontext() if ctx is None else ctx).copy()
    for name, value in kwargs.items():
        setattr(context, name, value)
    return _ContextSwitch(context)


# ---- the number -------------------------------------------------------------------------

_HASH_MODULUS = (1 << 61) - 1
_HASH_10INV = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)


def _convert(other, raise_error=False):
    """other as a Decimal (ints are exact), or NotImplemented."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if raise_error:
        raise TypeError(f"conversion from {type(other).__name__} to Decimal is not supported")
    return NotImplemented


def _make(sign, coefficient, exponent, special=''):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coefficient
    d._exp = exponent
    d._special = special
    return d


def _parse(text):
    """(sign, coefficient, exponent, special) of a numeric string, or None."""
    s = text.strip()
    if not s or s[0] == '_' or s[-1] == '_' or '__' in s:
        return None
    s = s.replace('_', '')
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, 0, 0, 'F'
    for prefix, kind in (('nan', 'n'), ('snan', 'N')):
        if low.startswith(prefix):
            payload = low[len(prefix):]
            if payload == '':
                return sign, 0, 0, kind
            if payload.isdigit() and payload.isascii():
                return sign, int(payload), 0, kind
            return None
    mantissa, e, exp_text = low.partition('e')
    exponent = 0
    if e:
        body = exp_text[1:] if exp_text[:1] in ('+', '-') else exp_text
        if not body or not body.isdigit():
            return None
        exponent = int(exp_text)
    whole, dot, fraction = mantissa.partition('.')
    if not (whole or fraction):
        return None
    for part in (whole, fraction):
        if part and not part.isdigit():
            return None
    digits = whole + fraction
    if not digits:
        return None
    try:
        coefficient = int(digits)
    except ValueError:
        return None
    return sign, coefficient, exponent - len(fraction), ''


def _reflected(name):
    """other OP self, for an int other: Decimal(other) OP self."""
    def method(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return getattr(other, name)(self, context=context)
    return method


class Decimal:
    """A decimal floating point number: Decimal('3.14'), Decimal(314),
    Decimal((0, (3, 1, 4), -2)), Decimal(3.14) (the float's exact value)."""
    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                context = context or getcontext()
                context._raise(ConversionSyntax)
                self._sign, self._int, self._exp, self._special = 0, 0, 0, 'n'
                return self
            self._sign, self._int, self._exp, self._special = parsed
            return self
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(value)
            self._exp = 0
            self._special = ''
            return self
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = (value._sign, value._int,
                                                               value._exp, value._special)
            return self
        if isinstance(value, float):
            (context or getcontext())._raise(FloatOperation)
            d = Decimal.from_float(value)
            self._sign, self._int, self._exp, self._special = d._sign, d._int, d._exp, d._special
            return self
        if isinstance(value, (tuple, list)):
            if len(value) != 3:
                raise ValueError("argument must be a sequence of length 3")
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError("sign must be an integer with the value 0 or 1")
            self._sign = sign
            if exp == 'F':
                self._int, self._exp, self._special = 0, 0, 'F'
                return self
            coefficient = 0
            for digit in digits:
                if not isinstance(digit, int) or not 0 <= digit <= 9:
                    raise ValueError("coefficient must be a tuple of digits")
                coefficient = coefficient * 10 + digit
            self._int = coefficient
            if exp in ('n', 'N'):
                self._exp, self._special = 0, exp
            elif isinstance(exp, int):
                self._exp, self._special = exp, ''
            else:
                raise ValueError("exponent must be an integer")
            return self
        raise TypeError(f"conversion from {type(value).__name__} to Decimal is not supported")

    @classmethod
    def from_float(cls, f):
        """The exact value of a float (or an int)."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float")
        sign = 1 if _math.copysign(1.0, f) < 0 else 0
        if _math.isinf(f):
            d = _make(sign, 0, 0, 'F')
        elif _math.isnan(f):
            d = _make(sign, 0, 0, 'n')
        else:
            n, den = abs(f).as_integer_ratio()
            k = den.bit_length() - 1       # den is 2**k
            d = _make(sign, n * 5 ** k, -k)
        return d if cls is Decimal else cls(d)

    # -- properties ------------------------------------------------------------------------

    def _isnan(self):
        return self._special in ('n', 'N')

    def is_nan(self):
        return self._special in ('n', 'N')

    def is_qnan(self):
        return self._special == 'n'

    def is_snan(self):
        return self._special == 'N'

    def is_infinite(self):
        return self._special == 'F'

    def is_finite(self):
        return not self._special

    def is_zero(self):
        return not self._special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_normal(self, context=None):
        context = context or getcontext()
        return not self._special and self._int != 0 and self.adjusted() >= context.Emin

    def is_canonical(self):
        return True

    def adjusted(self):
        """The exponent of the most significant digit."""
        if self._special:
            return 0
        return self._exp + len(str(self._int)) - 1

    def as_tuple(self):
        digits = tuple(int(c) for c in str(self._int)) if not self._special or self._int else ()
        if self._special == 'F':
            return DecimalTuple(self._sign, (0,), 'F')
        if self._special:
            return DecimalTuple(self._sign, digits if self._int else (), self._special)
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._special:
            if self._isnan():
                raise ValueError("cannot convert NaN to integer ratio")
            raise OverflowError("cannot convert Infinity to integer ratio")
        n = self._int
        if self._exp >= 0:
            n *= 10 ** self._exp
            d = 1
        else:
            d = 10 ** -self._exp
        g = _math.gcd(n, d)
        n, d = n // g, d // g
        return (-n if self._sign else n), d

    # A Decimal is a real number: its own real part and conjugate.
    real = property(lambda self: self)
    imag = property(lambda self: Decimal(0))

    def conjugate(self):
        return self

    def canonical(self):
        return self

    # -- text --------------------------------------------------------------------------------

    def __repr__(self):
        return f"Decimal('{self}')"

    def __str__(self):
        return self._to_string(True)

    def to_eng_string(self, context=None):
        return self._to_string(True, engineering=True)

    def _to_string(self, capitals, engineering=False):
        sign = '-' if self._sign else ''
        if self._special == 'F':
            return sign + 'Infinity'
        if self._special:
            name = 'NaN' if self._special == 'n' else 'sNaN'
            return sign + name + (str(self._int) if self._int else '')
        digits = str(self._int)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not engineering:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            text = '0.' + '0' * -dotplace + digits
        elif dotplace >= len(digits):
            text = digits + '0' * (dotplace - len(digits))
        else:
            text = digits[:dotplace] + '.' + digits[dotplace:]
        exponent = leftdigits - dotplace
        if exponent:
            text += ('E' if capitals else 'e') + ('%+d' % exponent)
        return sign + text

    def __format__(self, spec):
        return _format_decimal(self, spec)

    # -- rounding to a context ---------------------------------------------------------------

    def _fix(self, context):
        """Rounded to the context's precision (and exponent limits)."""
        if self._special:
            if self._special == 'N':
                context._raise(InvalidOperation)
                return _make(self._sign, self._int, 0, 'n')
            return self
        prec = context.prec
        digits = len(str(self._int))
        if self._int == 0:
            exp = max(min(self._exp, context.Emax), context.Etiny())
            if exp != self._exp:
                context._raise(Clamped)
                return _make(self._sign, 0, exp)
            return self
        if digits > prec:
            drop = digits - prec
            coefficient = _round_coefficient(self._int, drop, self._sign, context.rounding)
            exp = self._exp + drop
            if len(str(coefficient)) > prec:
                coefficient //= 10
                exp += 1
            result = _make(self._sign, coefficient, exp)
            if coefficient * 10 ** drop != self._int:
                context._raise(Inexact)
            context._raise(Rounded)
        else:
            result = self
        if result.adjusted() > context.Emax:
            context._raise(Overflow)
            context._raise(Inexact)
            context._raise(Rounded)
            return _make(self._sign, 0, 0, 'F')
        return result

    def _rescale(self, exp, rounding):
        """The value with exponent exp, rounded by `rounding`."""
        if self._special:
            return self
        if not self._int:
            return _make(self._sign, 0, exp)
        if self._exp >= exp:
            return _make(self._sign, self._int * 10 ** (self._exp - exp), exp)
        drop = exp - self._exp
        return _make(self._sign, _round_coefficient(self._int, drop, self._sign, rounding), exp)

    # -- comparison --------------------------------------------------------------------------

    def _cmp(self, other):
        """-1, 0, 1 (neither may be a NaN)."""
        if self._special or other._special:
            a = 0 if not self._special else (-1 if self._sign else 1) * 2
            b = 0 if not other._special else (-1 if other._sign else 1) * 2
            if a or b:
                if a == b:
                    return 0
                if a and b:
                    return -1 if a < b else 1
                if a:
                    return -1 if a < 0 else 1
                return 1 if b < 0 else -1
        if not self._int and not other._int:
            return 0
        if not self._int:
            return 1 if other._sign else -1
        if not other._int:
            return -1 if self._sign else 1
        if self._sign != other._sign:
            return -1 if self._sign else 1
        e = min(self._exp, other._exp)
        x = self._int * 10 ** (self._exp - e)
        y = other._int * 10 ** (other._exp - e)
        r = (x > y) - (x < y)
        return -r if self._sign else r

    def _compare_with(self, other, op, equality=False):
        if isinstance(other, float):
            getcontext()._raise(FloatOperation)
            if _math.isnan(other):
                return op == _operator.ne
            other = Decimal.from_float(other)
        other = _convert(other)
        if other is NotImplemented:
            return NotImplemented
        if self._isnan() or other._isnan():
            if not equality and (self.is_snan() or other.is_snan() or True):
                getcontext()._raise(InvalidOperation)
            return op is _operator.ne
        return op(self._cmp(other), 0)

    def __eq__(self, other):
        if not isinstance(other, (Decimal, int, float)):
            from fractions import Fraction
            if isinstance(other, Fraction):
                if self._special:
                    return False
                return Fraction(*self.as_integer_ratio()) == other
            if isinstance(other, complex) and other.imag == 0:
                return self == other.real
            return NotImplemented
        return self._compare_with(other, _operator.eq, True)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __lt__(self, other):
        return self._compare_with(other, _operator.lt)

    def __le__(self, other):
        return self._compare_with(other, _operator.le)

    def __gt__(self, other):
        return self._compare_with(other, _operator.gt)

    def __ge__(self, other):
        return self._compare_with(other, _operator.ge)

    def compare(self, other, context=None):
        other = _convert(other, True)
        if self._isnan() or other._isnan():
            return _make(0, 0, 0, 'n')
        return Decimal(self._cmp(other))

    def compare_total(self, other, context=None):
        other = _convert(other, True)
        return Decimal(self._cmp(other))

    def __hash__(self):
        if self._special:
            if self.is_snan():
                raise TypeError('Cannot hash a signaling NaN value.')
            if self.is_nan():
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, _HASH_MODULUS)
        else:
            exp_hash = pow(_HASH_10INV, -self._exp, _HASH_MODULUS)
        h = self._int * exp_hash % _HASH_MODULUS
        ans = -h if self._sign else h
        return -2 if ans == -1 else ans

    def __bool__(self):
        return bool(self._special or self._int)

    # -- conversion ----------------------------------------------------------------------------

    def __int__(self):
        if self._special:
            if self._isnan():
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n = self._int // 10 ** -self._exp
        return -n if self._sign else n

    __trunc__ = __int__

    def __float__(self):
        if self._isnan():
            if self.is_snan():
                raise ValueError("cannot convert signaling NaN to float")
            return float('-nan' if self._sign else 'nan')
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    def __floor__(self):
        return int(self.to_integral_value(rounding=ROUND_FLOOR))

    def __ceil__(self):
        return int(self.to_integral_value(rounding=ROUND_CEILING))

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('Second argument to round should be integral')
            return self.quantize(_make(0, 1, -n))
        if self._special:
            if self._isnan():
                raise ValueError("cannot round a NaN")
            raise OverflowError("cannot round an infinity")
        return int(self._rescale(0, ROUND_HALF_EVEN))

    # -- arithmetic ----------------------------------------------------------------------------

    def _nan_result(self, other, context):
        """The NaN an operation with a NaN operand gives, or None."""
        for x in (self, other):
            if x is not None and x.is_snan():
                context._raise(InvalidOperation)
                return _make(x._sign, x._int, 0, 'n')
        for x in (self, other):
            if x is not None and x.is_nan():
                return x
        return None

    def __neg__(self, context=None):
        context = context or getcontext()
        if self._isnan():
            return self._nan_result(None, context)
        sign = 0 if (not self._special and not self._int and context.rounding != ROUND_FLOOR) \
            else 1 - self._sign
        return _make(sign, self._int, self._exp, self._special)._fix(context)

    def __pos__(self, context=None):
        context = context or getcontext()
        if self._isnan():
            return self._nan_result(None, context)
        sign = 0 if (not self._special and not self._int and context.rounding != ROUND_FLOOR) \
            else self._sign
        return _make(sign, self._int, self._exp, self._special)._fix(context)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        if self._sign:
            return self.__neg__(context)
        return self.__pos__(context)

    def __add__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        if self._special or other._special:
            if self._special and other._special and self._sign != other._sign:
                context._raise(InvalidOperation)
                return _make(0, 0, 0, 'n')
            return self if self._special else other
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        total = (-a if self._sign else a) + (-b if other._sign else b)
        if total == 0:
            if self._sign and other._sign:
                sign = 1
            else:
                sign = 1 if context.rounding == ROUND_FLOOR and self._sign != other._sign else 0
            return _make(sign, 0, exp)._fix(context)
        return _make(1 if total < 0 else 0, abs(total), exp)._fix(context)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self.__add__(other.copy_negate(), context=context)

    __rsub__ = _reflected('__sub__')

    def __mul__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special or other._special:
            if (self._special and not other._special and not other._int) or \
                    (other._special and not self._special and not self._int):
                context._raise(InvalidOperation)
                return _make(0, 0, 0, 'n')
            return _make(sign, 0, 0, 'F')
        return _make(sign, self._int * other._int, self._exp + other._exp)._fix(context)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special or other._special:
            if self._special and other._special:
                context._raise(InvalidOperation)
                return _make(0, 0, 0, 'n')
            if self._special:
                return _make(sign, 0, 0, 'F')
            context._raise(Clamped)
            return _make(sign, 0, context.Etiny())
        if not other._int:
            if not self._int:
                context._raise(DivisionUndefined)
                return _make(0, 0, 0, 'n')
            context._raise(DivisionByZero)
            return _make(sign, 0, 0, 'F')
        ideal = self._exp - other._exp
        if not self._int:
            return _make(sign, 0, ideal)._fix(context)
        prec = context.prec
        shift = len(str(other._int)) - len(str(self._int)) + prec + 1
        exp = ideal - shift
        if shift >= 0:
            coefficient, remainder = divmod(self._int * 10 ** shift, other._int)
        else:
            coefficient, remainder = divmod(self._int, other._int * 10 ** -shift)
        if remainder:
            if coefficient % 5 == 0:
                coefficient += 1        # (a sticky digit, for the rounding)
        else:
            while exp < ideal and coefficient % 10 == 0:
                coefficient //= 10
                exp += 1
        return _make(sign, coefficient, exp)._fix(context)

    __rtruediv__ = _reflected('__truediv__')

    def _divide_integer(self, other, context):
        """(quotient truncated toward zero, remainder with self's sign)."""
        sign = self._sign ^ other._sign
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if len(str(q)) > context.prec:
            context._raise(DivisionImpossible)
            nan = _make(0, 0, 0, 'n')
            return nan, nan
        quotient = _make(sign, q, 0)
        remainder = _make(self._sign, r, exp)._fix(context)
        return quotient, remainder

    def _check_division(self, other, context):
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan, nan
        if self._special:
            if other._special:
                context._raise(InvalidOperation)
                nan = _make(0, 0, 0, 'n')
                return nan, nan
            context._raise(InvalidOperation)
            return _make(self._sign ^ other._sign, 0, 0, 'F'), _make(0, 0, 0, 'n')
        if not other._int:
            if not self._int:
                context._raise(DivisionUndefined)
                nan = _make(0, 0, 0, 'n')
                return nan, nan
            context._raise(DivisionByZero)
            return _make(self._sign ^ other._sign, 0, 0, 'F'), _make(0, 0, 0, 'n')
        if other._special:
            return _make(self._sign ^ other._sign, 0, 0), self._fix(context)
        return None

    def _integer_division(self, other, context, part):
        """divmod's pair, or one of its parts (0: //, 1: %)."""
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        result = self._check_division(other, context)
        if result is None:
            result = self._divide_integer(other, context)
        return result if part is None else result[part]

    def __floordiv__(self, other, context=None):
        return self._integer_division(other, context, 0)

    __rfloordiv__ = _reflected('__floordiv__')

    def __mod__(self, other, context=None):
        return self._integer_division(other, context, 1)

    __rmod__ = _reflected('__mod__')

    def __divmod__(self, other, context=None):
        return self._integer_division(other, context, None)

    __rdivmod__ = _reflected('__divmod__')

    def remainder_near(self, other, context=None):
        other = _convert(other, True)
        context = context or getcontext()
        q = (self / other).to_integral_value(rounding=ROUND_HALF_EVEN)
        return self - q * other

    def __pow__(self, other, modulo=None, context=None):
        if modulo is not None:
            base, exponent, m = int(self), int(other), int(modulo)
            return Decimal(pow(base, exponent, m))
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        if other._special or (other._exp < 0 and other._int % 10 ** -other._exp):
            if other == Decimal('0.5') and not self._sign and not self._special:
                # (computed as an inexact power is: to the full precision)
                root = self.sqrt(context)
                missing = context.prec - len(str(root._int))
                if root._int and missing > 0:
                    root = _make(0, root._int * 10 ** missing, root._exp - missing)
                return root
            raise NotImplementedError("decimal: ** with a non-integer exponent is not "
                                      "supported by pyedu")
        n = int(other)
        if self._special:
            if n == 0:
                return Decimal(1)
            if n < 0:
                return _make(0, 0, 0)
            return _make(self._sign if n % 2 else 0, 0, 0, 'F')
        if not self._int:
            if n == 0:
                context._raise(InvalidOperation)
                return _make(0, 0, 0, 'n')
            if n < 0:
                context._raise(DivisionByZero)
                return _make(self._sign if n % 2 else 0, 0, 0, 'F')
            return _make(self._sign if n % 2 else 0, 0, self._exp * n)
        sign = self._sign if n % 2 else 0
        if n >= 0:
            return _make(sign, self._int ** n, self._exp * n)._fix(context)
        # a negative power: 1 / x**-n, worked out with extra digits
        with localcontext(context) as extra:
            extra.prec = context.prec + 3
            extra.traps = {}
            denominator = _make(0, self._int ** -n, self._exp * -n)
            result = Decimal(1).__truediv__(denominator, context=extra)
        return _make(sign, result._int, result._exp)._fix(context)

    __rpow__ = _reflected('__pow__')

    def sqrt(self, context=None):
        """The square root, correctly rounded to the precision."""
        context = context or getcontext()
        if self._isnan():
            return self._nan_result(None, context)
        if self._special:
            if self._sign:
                context._raise(InvalidOperation)
                return _make(0, 0, 0, 'n')
            return self
        if not self._int:
            return _make(self._sign, 0, self._exp // 2)
        if self._sign:
            context._raise(InvalidOperation)
            return _make(0, 0, 0, 'n')
        prec = context.prec + 1
        # coefficient c, exponent e, made e even; then scale c so that its
        # root has about prec digits
        c, e = self._int, self._exp
        if e & 1:
            c *= 10
            e -= 1
        ideal = e // 2
        digits = len(str(c))
        shift = max(prec - (digits + 1) // 2, 0)
        c *= 100 ** shift
        root = _math.isqrt(c)
        exact = root * root == c
        exp = ideal - shift
        if exact:
            while exp < ideal and root % 10 == 0:
                root //= 10
                exp += 1
        elif root % 5 == 0:
            root += 1               # (the sticky digit: the root is not exact)
        with localcontext(context) as ctx:
            ctx.rounding = ROUND_HALF_EVEN
            return _make(0, root, exp)._fix(ctx)

    # -- exponents and rounding ----------------------------------------------------------

    def quantize(self, exp, rounding=None, context=None):
        """The value rounded to exp's exponent: Decimal('3.14159').quantize(Decimal('0.01'))."""
        exp = _convert(exp, True)
        context = context or getcontext()
        rounding = rounding or context.rounding
        nan = self._nan_result(exp, context)
        if nan is not None:
            return nan
        if self._special or exp._special:
            if self._special and exp._special:
                return self
            context._raise(InvalidOperation)
            return _make(0, 0, 0, 'n')
        result = self._rescale(exp._exp, rounding)
        if len(str(result._int)) > context.prec:
            context._raise(InvalidOperation)
            return _make(0, 0, 0, 'n')
        if result._int * 10 ** max(result._exp - self._exp, 0) != self._int * \
                10 ** max(self._exp - result._exp, 0):
            context._raise(Inexact)
        if result._exp != self._exp:
            context._raise(Rounded)
        return result

    def same_quantum(self, other, context=None):
        other = _convert(other, True)
        if self._special or other._special:
            return self._special == other._special
        return self._exp == other._exp

    def to_integral_value(self, rounding=None, context=None):
        context = context or getcontext()
        if self._special:
            return self._nan_result(None, context) or self
        if self._exp >= 0:
            return self
        return self._rescale(0, rounding or context.rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        result = self.to_integral_value(rounding, context)
        if result != self:
            (context or getcontext())._raise(Inexact)
        return result

    def normalize(self, context=None):
        """Without trailing zeros: Decimal('1.200') -> Decimal('1.2')."""
        context = context or getcontext()
        if self._special:
            return self._nan_result(None, context) or self
        result = self._fix(context)
        if not result._int:
            return _make(result._sign, 0, 0)
        c, e = result._int, result._exp
        while c % 10 == 0 and e < context.Emax:
            c //= 10
            e += 1
        return _make(result._sign, c, e)

    def scaleb(self, other, context=None):
        other = _convert(other, True)
        if self._special:
            return self
        return _make(self._sign, self._int, self._exp + int(other))._fix(context or getcontext())

    def fma(self, other, third, context=None):
        other = _convert(other, True)
        exact = _make(self._sign ^ other._sign, self._int * other._int, self._exp + other._exp)
        return exact.__add__(third, context=context)

    def max(self, other, context=None):
        other = _convert(other, True)
        return (self if self._cmp(other) >= 0 else other)._fix(context or getcontext())

    def min(self, other, context=None):
        other = _convert(other, True)
        return (self if self._cmp(other) <= 0 else other)._fix(context or getcontext())

    def max_mag(self, other, context=None):
        other = _convert(other, True)
        return (self if self.copy_abs()._cmp(other.copy_abs()) >= 0 else other)

    def min_mag(self, other, context=None):
        other = _convert(other, True)
        return (self if self.copy_abs()._cmp(other.copy_abs()) <= 0 else other)

    def copy_abs(self):
        return _make(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return _make(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = _convert(other, True)
        return _make(other._sign, self._int, self._exp, self._special)

    def number_class(self, context=None):
        if self.is_snan():
            return 'sNaN'
        if self.is_qnan():
            return 'NaN'
        sign = '-' if self._sign else '+'
        if self._special == 'F':
            return sign + 'Infinity'
        if not self._int:
            return sign + 'Zero'
        if self.is_normal(context):
            return sign + 'Normal'
        return sign + 'Subnormal'

    def radix(self):
        return Decimal(10)

    def next_plus(self, context=None):
        """The smallest number the context can represent that is larger
        than self."""
        return self._next(0, context or getcontext())

    def next_minus(self, context=None):
        """The largest number the context can represent that is smaller
        than self."""
        return self._next(1, context or getcontext())

    def _next(self, toward_sign, context):
        # toward_sign 0 steps up, 1 steps down: a step away from zero when
        # self has that sign, toward it otherwise.
        if self._isnan():
            return self._nan_result(None, context)
        prec = context.prec
        if self._special == 'F':
            if self._sign == toward_sign:
                return self
            return _make(self._sign, 10 ** prec - 1, context.Etop())
        if not self._int:
            return _make(toward_sign, 1, context.Etiny())
        direction = ROUND_FLOOR if toward_sign else ROUND_CEILING
        digits = len(str(self._int))
        if digits > prec:
            rounded = _make(self._sign,
                            _round_coefficient(self._int, digits - prec,
                                               self._sign, direction),
                            self._exp + digits - prec)
            return rounded._fix(context)
        # Write self with prec digits (or down to Etiny), then add or take
        # one unit in the last place.
        widen = min(prec - digits, self._exp - context.Etiny())
        coefficient = self._int * 10 ** widen
        exp = self._exp - widen
        if self._sign == toward_sign:
            coefficient += 1
            if coefficient == 10 ** prec:
                coefficient, exp = 10 ** (prec - 1), exp + 1
                if exp > context.Etop():
                    return _make(self._sign, 0, 0, 'F')
        else:
            coefficient -= 1
            if coefficient < 10 ** (prec - 1) and exp > context.Etiny():
                coefficient, exp = coefficient * 10 + 9, exp - 1
        return _make(self._sign, coefficient, exp)

    def _unsupported(self, *args, **kwargs):
        raise NotImplementedError("decimal: logarithms and exponentials are not supported "
                                  "by pyedu")

    ln = log10 = exp = logb = _unsupported

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _round_coefficient(coefficient, drop, sign, rounding):
    """coefficient without its last `drop` digits, rounded by `rounding`."""
    scale = 10 ** drop
    kept, rest = divmod(coefficient, scale)
    if rest == 0:
        return kept
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = bool(sign)
    elif rounding == ROUND_HALF_UP:
        up = rest * 2 >= scale
    elif rounding == ROUND_HALF_DOWN:
        up = rest * 2 > scale
    elif rounding == ROUND_HALF_EVEN:
        up = rest * 2 > scale or (rest * 2 == scale and kept % 2 == 1)
    else:                           # ROUND_05UP
        up = kept % 10 in (0, 5)
    return kept + 1 if up else kept


# ---- the format mini-language -------------------------------------------------------------

def _parse_spec(spec):
    """fill, align, sign, alternate, zero, width, grouping, precision, type"""
    i = 0
    fill, align = ' ', None
    if len(spec) >= 2 and spec[1] in '<>^=':
        fill, align = spec[0], spec[1]
        i = 2
    elif spec[:1] in '<>^=' and spec:
        align = spec[0]
        i = 1
    sign = '-'
    if i < len(spec) and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    if i < len(spec) and spec[i] == 'z':
        i += 1
    alternate = False
    if i < len(spec) and spec[i] == '#':
        alternate = True
        i += 1
    zero = False
    if i < len(spec) and spec[i] == '0':
        zero = True
        i += 1
    start = i
    while i < len(spec) and spec[i].isdigit():
        i += 1
    width = int(spec[start:i]) if i > start else None
    grouping = None
    if i < len(spec) and spec[i] in ',_':
        grouping = spec[i]
        i += 1
    precision = None
    if i < len(spec) and spec[i] == '.':
        i += 1
        start = i
        while i < len(spec) and spec[i].isdigit():
            i += 1
        if i == start:
            raise ValueError("Invalid format specifier")
        precision = int(spec[start:i])
    kind = spec[i:] if i < len(spec) else None
    if kind is not None and (len(kind) != 1 or kind not in 'eEfFgGn%'):
        raise ValueError(f"Invalid format specifier '{spec}' for object of type 'Decimal'")
    if zero and align is None:
        fill, align = '0', '='
    return fill, align, sign, alternate, width, grouping, precision, kind


def _group(digits, sep):
    if not sep:
        return digits
    out = []
    while len(digits) > 3:
        out.append(digits[-3:])
        digits = digits[:-3]
    out.append(digits)
    return sep.join(reversed(out))


def _format_decimal(d, spec):
    fill, align, sign_opt, alternate, width, grouping, precision, kind = _parse_spec(spec)
    rounding = getcontext().rounding
    sign = '-' if d._sign else ('+' if sign_opt == '+' else ' ' if sign_opt == ' ' else '')
    if d._special:
        body = str(d.copy_abs())
        if kind and kind in 'EFG':
            body = body.upper()
    else:
        if kind is None:
            kind = 'g' if precision is not None else None
            if precision is None:
                kind = None
        if kind == '%':
            d = _make(d._sign, d._int, d._exp + 2)
        if kind in ('f', 'F', '%'):
            if precision is not None:
                d = d._rescale(-precision, rounding)
            body = _fixed_text(d)
        elif kind in ('e', 'E'):
            if precision is not None:
                digits = len(str(d._int))
                d = d._rescale(d._exp + digits - 1 - precision, rounding) if d._int else \
                    _make(d._sign, 0, d._exp)
                if len(str(d._int)) > precision + 1:
                    d = _make(d._sign, d._int // 10, d._exp + 1)
            body = _sci_text(d, kind)
        elif kind in ('g', 'G', 'n', None):
            if precision is not None:
                p = precision or 1
                digits = len(str(d._int))
                if digits > p:
                    d = d._rescale(d._exp + digits - p, rounding)
                    if len(str(d._int)) > p:
                        d = _make(d._sign, d._int // 10, d._exp + 1)
            text = d.copy_abs()._to_string(kind != 'g' if kind else True)
            if kind in ('g', 'G', 'n'):
                leftdigits = d._exp + len(str(d._int))
                if d._exp <= 0 and leftdigits > -6:
                    text = _fixed_text(d)
                else:
                    text = _sci_text(d, 'e' if kind != 'G' else 'E')
            body = text
        if kind == '%':
            body += '%'
        if grouping:
            whole, dot, rest = body.partition('.')
            if whole.isdigit():
                body = _group(whole, grouping) + dot + rest
        if alternate and '.' not in body and kind in ('f', 'F', 'e', 'E', 'g', 'G'):
            body = body.replace('e', '.e', 1) if 'e' in body else body + '.'
    text = sign + body
    if width is not None and len(text) < width:
        pad = width - len(text)
        align = align or '>'
        if align == '<':
            text = text + fill * pad
        elif align == '>':
            text = fill * pad + text
        elif align == '^':
            text = fill * (pad // 2) + text + fill * (pad - pad // 2)
        else:
            if grouping and fill == '0':
                body = _zero_grouped(body, width - len(sign), grouping)
                text = sign + body
            else:
                text = sign + fill * pad + body
    return text


def _zero_grouped(body, width, sep):
    whole, dot, rest = body.partition('.')
    digits = whole.replace(sep, '')
    tail = dot + rest
    while True:
        grouped = _group(digits, sep)
        if len(grouped) + len(tail) >= width:
            return grouped + tail
        digits = '0' + digits


def _fixed_text(d):
    digits = str(d._int)
    if d._exp >= 0:
        return digits + '0' * d._exp if d._int else '0' + ('' if d._exp == 0 else '')
    point = len(digits) + d._exp
    if point <= 0:
        return '0.' + '0' * -point + digits
    return digits[:point] + '.' + digits[point:]


def _sci_text(d, kind):
    digits = str(d._int)
    exponent = d._exp + len(digits) - 1
    mantissa = digits[0] + ('.' + digits[1:] if len(digits) > 1 else '')
    return f"{mantissa}{kind}{exponent:+d}"


# the names CPython's C types have in messages ('decimal.Decimal')
from _pyedu import set_type_name as _set_type_name
_set_type_name(Decimal, 'decimal.Decimal')
_set_type_name(Context, 'decimal.Context')
del _set_type_name

import numbers as _numbers
_numbers.Number.register(Decimal)
