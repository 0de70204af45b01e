"""Decimal floating point, as CPython's decimal module (the General Decimal
Arithmetic specification).

A Decimal is a sign, a coefficient (a non-negative int) and an exponent:
Decimal('-1.50') is (1, 150, -2).  Arithmetic is exact, then rounded to
the context's precision (28 digits by default) by the context's rounding
mode.  Results keep their trailing zeros (1.30 + 1.20 is 2.50), as the
specification says.  Infinities and NaNs are special values.

exp, ln and log10 are correctly rounded (half-even), as CPython's are; **
with a non-integer exponent is computed as CPython's libmpdec does it (ln,
multiply and exp with 23 more digits, then rounded in the context)."""

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


def _check_rounding(rounding):
    if rounding not in _ROUNDINGS:
        raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, "
                        "ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, "
                        "ROUND_HALF_EVEN,\n   ROUND_05UP]")


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
            _check_rounding(value)
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

    def _raise_all(self, conditions):
        """Notes several signals at once, then raises the first trapped
        one (CPython's decimal sets every flag of an operation before it
        raises)."""
        signals = [_CONDITION_SIGNAL.get(c, c) for c in conditions]
        for signal in signals:
            self.flags[signal] = True
        for condition, signal in zip(conditions, signals):
            if self.traps[signal]:
                raise signal([condition])

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
        return _convert(a, True)._to_string(self.capitals)


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
                return sign, _int_from_digits(payload), 0, kind
            return None
    mantissa, e, exp_text = low.partition('e')
    exponent = 0
    if e:
        body = exp_text[1:] if exp_text[:1] in ('+', '-') else exp_text
        if not body or not body.isdigit():
            return None
        exponent = _int_from_digits(body)
        if exp_text[0] == '-':
            exponent = -exponent
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
        coefficient = _int_from_digits(digits)
    except ValueError:
        return None
    exponent -= len(fraction)
    # The exponents a Decimal can have at all (those of the C module, whose
    # behaviour is CPython's): the last digit's no lower than MIN_ETINY,
    # the first digit's no higher than MAX_EMAX.
    adjusted = exponent + (_digits(coefficient) if coefficient else 1) - 1
    if exponent < MIN_ETINY or adjusted > MAX_EMAX:
        return None
    return sign, coefficient, exponent, ''


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

    def is_subnormal(self, context=None):
        context = context or getcontext()
        return not self._special and self._int != 0 and self.adjusted() < context.Emin

    def is_canonical(self):
        return True

    def adjusted(self):
        """The exponent of the most significant digit."""
        if self._special:
            return 0
        return self._exp + _digits(self._int) - 1

    def as_tuple(self):
        digits = tuple(int(c) for c in _digit_string(self._int)) if not self._special or self._int else ()
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
            return sign + name + (_digit_string(self._int) if self._int else '')
        digits = _digit_string(self._int)
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
        """self rounded to the context: to its precision and into its
        exponent range (overflow; subnormal results, which keep fewer
        digits; clamping), raising the signals that says."""
        if self._special:
            if self._special == 'N':
                context._raise(InvalidOperation)
                return _make(self._sign, self._int, 0, 'n')
            return self
        if not self._int:
            highest = context.Etop() if context.clamp else context.Emax
            exp = min(max(self._exp, context.Etiny()), highest)
            if exp != self._exp:
                context._raise(Clamped)
                return _make(self._sign, 0, exp)
            return self
        digits = _digits(self._int)
        adjusted = self._exp + digits - 1
        if adjusted > context.Emax:
            return _overflow(self._sign, context)
        subnormal = adjusted < context.Emin
        # The lowest exponent the result may have: prec digits, but not
        # below Etiny (a subnormal result keeps fewer digits).
        lowest = max(adjusted - context.prec + 1, context.Etiny())
        if self._exp >= lowest:
            if subnormal:
                context._raise(Subnormal)
            if context.clamp and self._exp > context.Etop():
                context._raise(Clamped)
                pad = self._exp - context.Etop()
                return _make(self._sign, self._int * 10 ** pad, context.Etop())
            return self
        coefficient, drop = self._int, lowest - self._exp
        if drop > digits:
            # All of it below the last digit kept: it rounds like any
            # small amount (this one, a tenth of a unit).
            coefficient, drop = 1, 1
        inexact = coefficient % 10 ** drop != 0
        coefficient = _round_coefficient(coefficient, drop, self._sign,
                                         context.rounding)
        exp = lowest
        if _digits(coefficient) > context.prec:
            coefficient //= 10      # rounding carried into a new digit
            exp += 1
        if exp > context.Etop():
            return _overflow(self._sign, context)
        # Which signals this rounding gives, in the order in which a
        # trapped one is raised first.
        happened = {Underflow: inexact and subnormal, Subnormal: subnormal,
                    Inexact: inexact, Rounded: True, Clamped: not coefficient}
        context._raise_all([signal for signal, yes in happened.items() if yes])
        return _make(self._sign, coefficient, exp)

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
        rational = (not isinstance(other, (int, Decimal))
                    and isinstance(other, _numbers.Rational))
        if not rational:
            other = _convert(other)
            if other is NotImplemented:
                return NotImplemented
        if self._isnan() or (not rational and other._isnan()):
            # Ordering a NaN is invalid; so is comparing a signaling one.
            if not equality or self.is_snan() or \
                    (not rational and other.is_snan()):
                getcontext()._raise(InvalidOperation)
            return op is _operator.ne
        if rational:
            return op(self._cmp_rational(other), 0)
        return op(self._cmp(other), 0)

    def _cmp_rational(self, other):
        """-1, 0, 1: self (not a NaN) against a Fraction (or any rational),
        exactly."""
        if self._special:
            return -1 if self._sign else 1
        numerator, denominator = self.as_integer_ratio()
        mine = numerator * other.denominator
        theirs = other.numerator * denominator
        return (mine > theirs) - (mine < theirs)

    def __eq__(self, other):
        if isinstance(other, complex):
            if other.imag != 0:
                return False
            other = other.real
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
        """Decimal(-1), (0) or (1); a NaN operand gives a NaN."""
        other = _convert(other, True)
        if self._isnan() or other._isnan():
            return self._nan_result(other, context or getcontext())
        return Decimal(self._cmp(other))

    def compare_signal(self, other, context=None):
        """compare(), with any NaN operand an invalid operation."""
        other = _convert(other, True)
        context = context or getcontext()
        if self._isnan() or other._isnan():
            context._raise(InvalidOperation)
            return _make(0, 0, 0, 'n')
        return Decimal(self._cmp(other))

    def compare_total_mag(self, other, context=None):
        """compare_total() of the absolute values."""
        other = _convert(other, True)
        return self.copy_abs().compare_total(other.copy_abs())

    def compare_total(self, other, context=None):
        """-1, 0 or 1 by the total ordering of representations: negative
        before positive; then (for positive numbers, reversed for negative)
        finite numbers by value, equal values by exponent, then infinity,
        signaling NaNs, quiet NaNs (NaNs by payload)."""
        other = _convert(other, True)
        if self._sign != other._sign:
            return Decimal(-1 if self._sign else 1)
        order = _magnitude_order(self, other)
        return Decimal(-order if self._sign else order)

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
        x, y = _shrink_far_smaller(self, other, context.prec)
        exp = min(x._exp, y._exp)
        a = x._int * 10 ** (x._exp - exp)
        b = y._int * 10 ** (y._exp - exp)
        total = (-a if x._sign else a) + (-b if y._sign else b)
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
        if self._isnan() or other._isnan():
            # The NaN comes out as it went in (not negated).
            return self._nan_result(other, context or getcontext())
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
        # The integer quotient is to have one digit more than the precision
        # keeps: the dividend is scaled up for it, or, when it has digits
        # to spare, the divisor (so that the quotient stays that short).
        scale = context.prec + 1 - _digits(self._int) + _digits(other._int)
        quotient, remainder = divmod(self._int * 10 ** max(scale, 0),
                                     other._int * 10 ** max(-scale, 0))
        coefficient, exp = _ready_to_round(quotient, ideal - scale, not remainder, ideal)
        return _make(sign, coefficient, exp)._fix(context)

    __rtruediv__ = _reflected('__truediv__')

    def _integer_parts(self, other, context, want_quotient, want_remainder):
        """(self // other, self % other) for non-NaN operands; only the
        parts wanted raise their signals (Infinity // 1 is fine,
        Infinity % 1 is invalid)."""
        sign = self._sign ^ other._sign
        nan = _make(0, 0, 0, 'n')
        if self._special:
            if other._special:
                context._raise(InvalidOperation)
                return nan, nan
            if want_remainder:
                context._raise(InvalidOperation)
            return _make(sign, 0, 0, 'F'), nan
        if other._special:
            return _make(sign, 0, 0), self._fix(context)
        if not other._int:
            if not self._int:
                context._raise(DivisionUndefined)
                return nan, nan
            if want_remainder:
                context._raise(InvalidOperation)
            if want_quotient:
                context._raise(DivisionByZero)
            return _make(sign, 0, 0, 'F'), nan
        exp = min(self._exp, other._exp)
        gap = self.adjusted() - other.adjusted()
        if not self._int or gap <= -2:
            # |self| < |other|: the quotient is 0, the remainder self.
            remainder = _make(self._sign, self._int * 10 ** (self._exp - exp), exp)
            if want_remainder:
                remainder = remainder._fix(context)
            return _make(sign, 0, 0), remainder
        if gap <= context.prec:
            a = self._int * 10 ** (self._exp - exp)
            b = other._int * 10 ** (other._exp - exp)
            q, r = divmod(a, b)
            if q < 10 ** context.prec:
                remainder = _make(self._sign, r, exp)
                if want_remainder:
                    remainder = remainder._fix(context)
                return _make(sign, q, 0), remainder
        context._raise(DivisionImpossible)
        return nan, nan

    def _integer_division(self, other, context, part):
        """divmod's pair, or one of its parts (0: //, 1: %)."""
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._nan_result(other, context)
        if nan is not None:
            result = (nan, nan)
        else:
            result = self._integer_parts(other, context, part != 1,
                                         part != 0)
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
        """self - n * other, n the integer nearest self / other (the even
        one on a tie): the remainder nearest zero."""
        other = _convert(other, True)
        context = context or getcontext()
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        if self._special:
            context._raise(InvalidOperation)
            return _make(0, 0, 0, 'n')
        if other._special:
            return self._fix(context)
        if not other._int:
            context._raise(DivisionUndefined if not self._int
                           else InvalidOperation)
            return _make(0, 0, 0, 'n')
        exp = min(self._exp, other._exp)
        if not self._int:
            return _make(self._sign, 0, exp)._fix(context)
        gap = self.adjusted() - other.adjusted()
        if gap >= context.prec + 1:
            context._raise(DivisionImpossible)
            return _make(0, 0, 0, 'n')
        if gap <= -2:
            # |self| < |other| / 10: self is the nearest remainder.
            return _make(self._sign, self._int * 10 ** (self._exp - exp),
                         exp)._fix(context)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        quotient, rest = divmod(a, b)
        if 2 * rest + (quotient & 1) > b:
            rest -= b               # the next multiple is nearer
            quotient += 1
        if quotient >= 10 ** context.prec:
            context._raise(DivisionImpossible)
            return _make(0, 0, 0, 'n')
        sign = self._sign ^ (rest < 0)
        return _make(sign, abs(rest), exp)._fix(context)

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
            return self._real_power(other, context)
        n = int(other)
        sign = self._sign if n % 2 else 0
        if n == 0:
            if self._special or self._int:
                return Decimal(1)
            context._raise(InvalidOperation)        # 0 ** 0
            return _make(0, 0, 0, 'n')
        if self._special or not self._int:
            # Infinity and zero: one is the other's reciprocal, no signal.
            infinite = bool(self._special) == (n > 0)
            return _make(sign, 0, 0, 'F' if infinite else '')
        beyond = self._far_power(n, context)
        if beyond is not None:
            return beyond
        if n > 0:
            return _make(sign, self._int ** n, self._exp * n)._fix(context)
        # x ** -n == 1 / x ** n: both exact, so the division rounds once
        # (in the direction the sign asks for).
        denominator = _make(sign, self._int ** -n, self._exp * -n)
        return Decimal(1).__truediv__(denominator, context=context)

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
            # (a zero's root is put in the exponent range too: sqrt(0E+19)
            # with Emax=3 is 0E+3, Clamped)
            return _make(self._sign, 0, self._exp // 2)._fix(context)
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
        digits = _digits(c)
        shift = max(prec - (digits + 1) // 2, 0)
        c *= 100 ** shift
        root = _math.isqrt(c)
        root, exp = _ready_to_round(root, ideal - shift, root * root == c, ideal)
        # Always half-even, but the flags are raised in the caller's context.
        rounding, context.rounding = context.rounding, ROUND_HALF_EVEN
        try:
            return _make(0, root, exp)._fix(context)
        finally:
            context.rounding = rounding

    # -- exponents and rounding ----------------------------------------------------------

    def quantize(self, exp, rounding=None, context=None):
        """The value rounded to exp's exponent: Decimal('3.14159').quantize(Decimal('0.01'))."""
        exp = _convert(exp, True)
        context = context or getcontext()
        if rounding is not None:
            _check_rounding(rounding)
        rounding = rounding or context.rounding
        nan = self._nan_result(exp, context)
        if nan is not None:
            return nan
        if self._special or exp._special:
            if self._special and exp._special:
                return self
            context._raise(InvalidOperation)
            return _make(0, 0, 0, 'n')
        if self._int and self.adjusted() - exp._exp + 1 > context.prec:
            context._raise(InvalidOperation)    # more digits than prec
            return _make(0, 0, 0, 'n')
        result = self._rescale(exp._exp, rounding)
        if _digits(result._int or 1) > context.prec:
            context._raise(InvalidOperation)
            return _make(0, 0, 0, 'n')
        if result._exp > self._exp and self._int:
            # Digits were dropped: Rounded, and Inexact if not all zeros.
            if self._int % 10 ** (result._exp - self._exp):
                context._raise(Inexact)
            context._raise(Rounded)
        return result

    def same_quantum(self, other, context=None):
        other = _convert(other, True)
        if self._special or other._special:
            return self._special == other._special
        return self._exp == other._exp

    def to_integral_value(self, rounding=None, context=None):
        context = context or getcontext()
        if rounding is not None:
            _check_rounding(rounding)
        if self._special:
            return self._nan_result(None, context) or self
        if self._exp >= 0:
            return self
        return self._rescale(0, rounding or context.rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        """to_integral_value, raising Inexact and Rounded when it rounds."""
        context = context or getcontext()
        result = self.to_integral_value(rounding, context)
        if not self._special and self._int and self._exp < 0:
            if result != self:
                context._raise(Inexact)
            context._raise(Rounded)
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
        """self times 10 ** other (other an integer)."""
        other = _convert(other, True)
        context = context or getcontext()
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        if other._special or other._exp != 0:
            context._raise(InvalidOperation)
            return _make(0, 0, 0, 'n')
        if self._special:
            return self
        shifted = _make(self._sign, self._int, self._exp + int(other))
        return shifted._fix(context)

    def fma(self, other, third, context=None):
        """self * other + third, rounded once."""
        other = _convert(other, True)
        third = _convert(third, True)
        context = context or getcontext()
        if self._special or other._special:
            # No rounding to fear: the product as the operator makes it,
            # with NaNs and invalid operations signalled there.
            product = self.__mul__(other, context=context)
            if product._isnan():
                return self._nan_result(other, context) or product
        else:
            product = _make(self._sign ^ other._sign, self._int * other._int,
                            self._exp + other._exp)
        return product.__add__(third, context=context)

    def _choose(self, other, context, by_magnitude, want_larger):
        """max, min, max_mag and min_mag: a quiet NaN loses to a number;
        equal values are told apart by the total ordering."""
        other = _convert(other, True)
        context = context or getcontext()
        self_nan, other_nan = self._isnan(), other._isnan()
        if self_nan or other_nan:
            if not (self.is_snan() or other.is_snan()):
                if other_nan and not self_nan:
                    return self._fix(context)
                if self_nan and not other_nan:
                    return other._fix(context)
            return self._nan_result(other, context)
        if by_magnitude:
            order = self.copy_abs()._cmp(other.copy_abs())
        else:
            order = self._cmp(other)
        if order == 0:
            order = int(self.compare_total(other))
        larger, smaller = (other, self) if order == -1 else (self, other)
        return (larger if want_larger else smaller)._fix(context)

    def max(self, other, context=None):
        return self._choose(other, context, False, True)

    def min(self, other, context=None):
        return self._choose(other, context, False, False)

    def max_mag(self, other, context=None):
        return self._choose(other, context, True, True)

    def min_mag(self, other, context=None):
        return self._choose(other, context, True, False)

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
        # A value the context cannot hold as it is (too many digits, out of
        # range) steps to its rounding in the direction asked.
        rounder = context.copy()
        rounder.rounding = direction
        rounder.traps = dict.fromkeys(_SIGNALS, False)
        held = self._fix(rounder)
        if held._special or held._cmp(self) != 0:
            return held
        self = held                 # the same number, as the context holds it
        digits = _digits(self._int)
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

    def _far_power(self, n, context):
        """self ** n when it is surely beyond the context's exponent limits
        (overflow or underflow, without working out a huge power); else
        None."""
        if abs(n) < 1000:
            return None
        digits = _digit_string(self._int)
        leading = int(digits[:15]) / 10 ** (min(len(digits), 15) - 1)
        magnitude = n * (self.adjusted() + _math.log10(leading))
        margin = context.prec + 10
        if context.Etiny() - margin < magnitude < context.Emax + margin:
            return None
        sign = self._sign if n % 2 else 0
        if magnitude > 0:
            return _make(sign, 1, context.Emax + 2)._fix(context)
        return _make(sign, 1, context.Etiny() - 2)._fix(context)

    def _real_power(self, other, context):
        """self ** other for a non-integer or infinite other: e ** (other *
        ln self), correctly rounded in the context's rounding, always
        flagged Inexact (as CPython's)."""
        if self._sign and (self._int or self._special):
            context._raise(InvalidOperation)        # no real result
            return _make(0, 0, 0, 'n')
        if not self._int or self._special:
            # Zero and infinity: one is the other's reciprocal.
            infinite = (not self._int and not self._special) == bool(other._sign)
            return _make(0, 0, 0, 'F' if infinite else '')
        prec = context.prec
        if self._exp <= 0 and self._int == 10 ** -self._exp:
            # 1 ** y: one, shown to the full precision.
            return _rounded_half_even(_make(0, 10 ** (prec - 1), 1 - prec),
                                      context, inexact=True)
        if other._special:
            below_one = self.adjusted() < 0
            infinite = below_one == bool(other._sign)
            return _make(0, 0, 0, 'F' if infinite else '')
        # As CPython's libmpdec: ln, multiply and exp, each correctly
        # rounded half-even to prec + 23 digits (or more, for a base with
        # more digits), then rounded in the context.  (So an exact power
        # such as 9 ** 0.5 may round to 2.999999999 under ROUND_DOWN, as
        # it does in CPython.)
        work = Context(prec=max(_digits(self._int), prec) + 23,
                       rounding=ROUND_HALF_EVEN, Emax=MAX_EMAX, Emin=MIN_EMIN,
                       traps=[])
        product = other.__mul__(self.ln(work), context=work)
        if product.adjusted() >= 8:
            # far beyond the exponent limits: overflow or underflow
            huge = _make(0, 1, context.Emax + 2) if not product._sign \
                else _make(0, 1, context.Etiny() - 2)
            result = huge._fix(context)
        else:
            result = product.exp(work)._fix(context)
        context._raise_all([Inexact, Rounded])
        return result

    # -- exponentials and logarithms: correctly rounded, half-even -------------

    def exp(self, context=None):
        """e ** self, correctly rounded (always half-even)."""
        context = context or getcontext()
        if self._isnan():
            return self._nan_result(None, context)
        if self._special:
            return _make(0, 0, 0) if self._sign else self
        if not self._int:
            return Decimal(1)
        if self.adjusted() >= 8:
            # |self| >= 1E+8: far beyond the exponent limits either way.
            big = _make(0, 1, context.Emax + 1) if not self._sign else \
                _make(0, 1, context.Etiny() - 2)
            return _rounded_half_even(big, context, inexact=True)
        if self.adjusted() < -(context.prec + 3):
            # e ** tiny is 1 to the precision (just above or below it).
            one = _make(0, 10 ** (context.prec + 2) + (-1 if self._sign else 1),
                        -(context.prec + 2))
            return _rounded_half_even(one, context, inexact=True)
        return _correctly_rounded(lambda digits: _exp_fixed(self, digits),
                                  context)

    def ln(self, context=None):
        """The natural logarithm, correctly rounded (always half-even)."""
        context = context or getcontext()
        exact = self._log_special(context)
        if exact is not None:
            return exact
        return _correctly_rounded(lambda digits: _ln_fixed(self, digits),
                                  context)

    def log10(self, context=None):
        """The base-10 logarithm, correctly rounded (always half-even);
        exact for the powers of ten."""
        context = context or getcontext()
        exact = self._log_special(context)
        if exact is not None:
            return exact
        digits = _digit_string(self._int)
        if digits.rstrip('0') == '1':
            return Decimal(self._exp + len(digits) - 1)     # 10 ** k
        return _correctly_rounded(lambda work: _log10_fixed(self, work),
                                  context)

    def _log_special(self, context):
        # The logarithm of a NaN, infinity, zero, negative number or one.
        if self._isnan():
            return self._nan_result(None, context)
        if self._sign and (self._int or self._special):
            context._raise(InvalidOperation)
            return _make(0, 0, 0, 'n')
        if self._special:
            return self
        if not self._int:
            return _make(1, 0, 0, 'F')
        if self._exp <= 0 and self._int == 10 ** -self._exp:
            return Decimal(0)
        return None

    # -- digit-wise operations ---------------------------------------------------

    def _logical_digits(self, context):
        """The coefficient as prec digits of 0 and 1, or None if self is not
        a logical operand (finite, positive, exponent 0, digits 0 and 1)."""
        if self._special or self._sign or self._exp != 0:
            return None
        digits = _digit_string(self._int)
        if digits.strip('01'):
            return None
        return digits.rjust(context.prec, '0')[-context.prec:]

    def _logical(self, other, context, combine):
        other = _convert(other, True)
        context = context or getcontext()
        mine = self._logical_digits(context)
        theirs = other._logical_digits(context)
        if mine is None or theirs is None:
            context._raise(InvalidOperation)
            return _make(0, 0, 0, 'n')
        digits = ''.join(str(combine(int(a), int(b)))
                         for a, b in zip(mine, theirs))
        return _make(0, _int_from_digits(digits), 0)

    def logical_and(self, other, context=None):
        return self._logical(other, context, lambda a, b: a & b)

    def logical_or(self, other, context=None):
        return self._logical(other, context, lambda a, b: a | b)

    def logical_xor(self, other, context=None):
        return self._logical(other, context, lambda a, b: a ^ b)

    def logical_invert(self, context=None):
        context = context or getcontext()
        return self._logical(_make(0, (10 ** context.prec - 1) // 9, 0), context,
                             lambda a, b: a ^ b)

    def _moved_digits(self, other, context, move):
        """rotate and shift: the coefficient as prec digits, moved by
        other (an integer from -prec to prec) places."""
        other = _convert(other, True)
        context = context or getcontext()
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        places = int(other) if not other._special and other._exp == 0 else None
        if places is None or not -context.prec <= places <= context.prec:
            context._raise(InvalidOperation)
            return _make(0, 0, 0, 'n')
        if self._special:
            return self
        digits = _digit_string(self._int).rjust(context.prec, '0')[-context.prec:]
        return _make(self._sign, int(move(digits, places) or '0'), self._exp)

    def rotate(self, other, context=None):
        """The digits (prec of them) rotated left by other places (right
        if negative)."""
        return self._moved_digits(other, context,
                                  lambda digits, n: digits[n:] + digits[:n])

    def shift(self, other, context=None):
        """The digits (prec of them) shifted left by other places (right if
        negative), zeros coming in."""
        def move(digits, n):
            if n < 0:
                return digits[:n]
            return (digits + '0' * n)[-len(digits):]
        return self._moved_digits(other, context, move)

    def next_toward(self, other, context=None):
        """The number next to self in the direction of other (other's sign
        when they are equal)."""
        other = _convert(other, True)
        context = context or getcontext()
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        order = self._cmp(other)
        if order == 0:
            return self.copy_sign(other)
        result = self.next_plus(context) if order < 0 else self.next_minus(context)
        if result._special == 'F':
            context._raise_all([Overflow, Inexact, Rounded])
        elif result.adjusted() < context.Emin:
            signals = [Underflow, Subnormal, Inexact, Rounded]
            if not result._int:
                signals.append(Clamped)
            context._raise_all(signals)
        return result

    def logb(self, context=None):
        """The adjusted exponent of self, as a Decimal (-Infinity for
        zero, with DivisionByZero)."""
        context = context or getcontext()
        if self._isnan():
            return self._nan_result(None, context)
        if self._special:
            return _make(0, 0, 0, 'F')
        if not self._int:
            context._raise(DivisionByZero)
            return _make(1, 0, 0, 'F')
        return Decimal(self.adjusted())._fix(context)

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _shrink_far_smaller(x, y, prec):
    """x and y for adding, the one far smaller than the other's last digit
    and rounding position replaced by a single unit below both (or a zero
    there): the sum rounds the same, without aligning coefficients over a
    huge exponent gap (1E+999999 + 1E-999999)."""
    big, small = (x, y) if x.adjusted() >= y.adjusted() else (y, x)
    if not big._int:
        return x, y
    floor = min(big._exp, big.adjusted() - prec - 1) - 1
    if small.adjusted() >= floor:
        return x, y
    small = _make(small._sign, 1 if small._int else 0, floor)
    return big, small


def _ready_to_round(coefficient, exp, exact, ideal):
    """A quotient or square root worked out to more digits than the
    precision keeps, made ready for _fix: an exact one sheds trailing zeros
    until it reaches the ideal exponent (the specification's rule for exact
    results); an inexact one gets a 1 written after its last digit, so that
    rounding sees, as for the true value, something strictly between two
    neighbours - never a tie, never exact."""
    if not exact:
        return coefficient * 10 + 1, exp - 1
    while exp < ideal and coefficient % 10 == 0:
        coefficient //= 10
        exp += 1
    return coefficient, exp


# int() and str() refuse numbers of more than 4300 digits (the limit of
# sys.set_int_max_str_digits); a Decimal's coefficient may be far longer,
# so it is converted in halves, each within the limit.
_SHORT_DIGITS = 4000
_SHORT_LIMIT = 10 ** _SHORT_DIGITS


def _int_from_digits(digits):
    """int(digits), for a string of decimal digits of any length."""
    if len(digits) <= _SHORT_DIGITS:
        return int(digits)
    high = len(digits) // 2
    return (_int_from_digits(digits[:high]) * 10 ** (len(digits) - high)
            + _int_from_digits(digits[high:]))


def _digit_string(n):
    """str(n), for an int n >= 0 of any size."""
    if n < _SHORT_LIMIT:
        return str(n)
    low_digits = _digits(n) // 2
    high, low = divmod(n, 10 ** low_digits)
    return _digit_string(high) + _digit_string(low).rjust(low_digits, '0')


def _digits(n):
    """How many decimal digits n (> 0) has, without str() (which refuses
    ints of more than 4300 digits)."""
    if n < 1 << 60:
        return len(str(n))
    estimate = int(n.bit_length() * 0.30102999566398120)
    return estimate + 1 if n >= 10 ** estimate else estimate


def _overflow(sign, context):
    """The result of a number too large for the context: infinity, or the
    largest finite number when rounding toward zero."""
    context._raise_all([Overflow, Inexact, Rounded])
    rounding = context.rounding
    toward_zero = (rounding in (ROUND_DOWN, ROUND_05UP)
                   or rounding == (ROUND_CEILING if sign else ROUND_FLOOR))
    if toward_zero:
        return _make(sign, 10 ** context.prec - 1, context.Etop())
    return _make(sign, 0, 0, 'F')


_KIND_RANK = {'': 0, 'F': 1, 'N': 2, 'n': 3}


def _magnitude_order(a, b):
    """-1, 0, 1: a and b (of one sign) ordered by kind (finite, infinity,
    sNaN, NaN), then value or payload, then exponent."""
    rank_a, rank_b = _KIND_RANK[a._special], _KIND_RANK[b._special]
    if rank_a != rank_b:
        return -1 if rank_a < rank_b else 1
    if rank_a == 1:
        return 0
    if rank_a == 0:
        by_value = a.copy_abs()._cmp(b.copy_abs())
        if by_value:
            return by_value
        return (a._exp > b._exp) - (a._exp < b._exp)
    return (a._int > b._int) - (a._int < b._int)


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
        raise ValueError("invalid format string")   # as CPython's decimal
    zero = False
    if i < len(spec) and spec[i] == '0':
        zero = True
        i += 1
    start = i
    while i < len(spec) and spec[i].isdigit():
        i += 1
    width = int(spec[start:i]) if i > start else None
    grouping = None
    if i < len(spec) and spec[i] == ',':
        grouping = spec[i]
        i += 1
    if i < len(spec) and spec[i] == '_':
        raise ValueError("invalid format string")   # as CPython's decimal
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
        # Infinities and NaNs: as str() gives them, padded with spaces.
        body = str(d.copy_abs())
        if kind == '%':
            body += '%'
        if fill == '0' and align == '=':
            fill, align = ' ', '>'
    else:
        if kind is None and precision is not None:
            # No type but a precision: 'g', with the context's capitals.
            kind = 'G' if getcontext().capitals else 'g'
        if kind == '%':
            d = _make(d._sign, d._int, d._exp + 2)
        if kind in ('f', 'F', '%'):
            if precision is not None:
                d = d._rescale(-precision, rounding)
            body = _fixed_text(d)
        elif kind in ('e', 'E') and precision is not None and not d._int:
            # A zero shows precision zero digits after the point, the
            # exponent raised to match.
            mantissa = '0' + ('.' + '0' * precision if precision else '')
            body = f"{mantissa}{kind}{d._exp + precision:+d}"
        elif kind in ('e', 'E'):
            if precision is not None:
                digits = _digits(d._int)
                d = d._rescale(d._exp + digits - 1 - precision, rounding) if d._int else \
                    _make(d._sign, 0, d._exp)
                if _digits(d._int) > precision + 1:
                    d = _make(d._sign, d._int // 10, d._exp + 1)
            body = _sci_text(d, kind)
        elif kind in ('g', 'G', 'n', None):
            if precision is not None:
                p = precision or 1
                digits = _digits(d._int)
                if digits > p:
                    d = d._rescale(d._exp + digits - p, rounding)
                    if _digits(d._int) > p:
                        d = _make(d._sign, d._int // 10, d._exp + 1)
            text = d.copy_abs()._to_string(kind != 'g' if kind else True)
            if kind in ('g', 'G', 'n'):
                leftdigits = d._exp + _digits(d._int)
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
    digits = _digit_string(d._int)
    if d._exp >= 0:
        return digits + '0' * d._exp if d._int else '0' + ('' if d._exp == 0 else '')
    point = len(digits) + d._exp
    if point <= 0:
        return '0.' + '0' * -point + digits
    return digits[:point] + '.' + digits[point:]


def _sci_text(d, kind):
    digits = _digit_string(d._int)
    exponent = d._exp + len(digits) - 1
    mantissa = digits[0] + ('.' + digits[1:] if len(digits) > 1 else '')
    return f"{mantissa}{kind}{exponent:+d}"


# ---- exponentials and logarithms in fixed point -------------------------------------------
#
# A value v is worked with as the integer V = v * 10**digits (truncated);
# the series below lose at most a few units of the last digit.  The
# result is rounded by _correctly_rounded, which widens the working
# precision until the error bound cannot change the rounding (Ziv's
# strategy).

def _atanh_fixed(numerator, denominator, digits):
    """atanh(numerator/denominator) * 10**digits, for |n/d| <= 1/3."""
    term = 10 ** digits * numerator // denominator
    square_num, square_den = numerator * numerator, denominator * denominator
    total = 0
    k = 1
    while term:
        total += term // k
        term = term * square_num // square_den
        k += 2
    return total


_LOG_CONSTANTS = {}


def _log_constants(digits):
    """(ln 2, ln 10) * 10**digits."""
    if digits not in _LOG_CONSTANTS:
        ln2 = 2 * _atanh_fixed(1, 3, digits + 5)            # 2 = (1+1/3)/(1-1/3)
        ln10 = 3 * ln2 + 2 * _atanh_fixed(1, 9, digits + 5)  # 10 = 2**3 * 1.25
        _LOG_CONSTANTS[digits] = (ln2 // 10 ** 5, ln10 // 10 ** 5)
    return _LOG_CONSTANTS[digits]


def _ln_fixed(x, digits):
    """ln(x) * 10**digits for a finite x > 0, x != 1."""
    coefficient = x._int
    length = _digits(coefficient)
    adjusted = x._exp + length - 1
    # ln x = ln m + adjusted * ln 10, m = x / 10**adjusted in [1, 10): the
    # error of ln 10 is multiplied by adjusted, hence the guard digits.
    guard = len(str(abs(adjusted))) + 2
    work = digits + guard
    one = 10 ** work
    shift = work - (length - 1)
    m = coefficient * 10 ** shift if shift >= 0 else coefficient // 10 ** -shift
    halvings = 0                        # m / 2**halvings in [1, 2)
    while m >= 2 * one:
        m //= 2
        halvings += 1
    ln2, ln10 = _log_constants(work)
    # ln t = 2 atanh((t - 1) / (t + 1)), and (t - 1) / (t + 1) <= 1/3
    value = (2 * _atanh_fixed(m - one, m + one, work) + halvings * ln2
             + adjusted * ln10)
    return value // 10 ** guard


def _log10_fixed(x, digits):
    wider = digits + 5
    _, ln10 = _log_constants(wider)
    return _ln_fixed(x, wider) * 10 ** digits // ln10


def _exp_fixed(x, digits):
    """(E, V): e ** x == V * 10 ** (E - digits), for |x| < 1E+8."""
    digits += 12
    one = 10 ** digits
    _, ln10 = _log_constants(digits)
    # x in fixed point (exact, or truncated past the working digits)
    if x._exp >= -digits:
        value = x._int * 10 ** (x._exp + digits)
    else:
        value = x._int // 10 ** (-x._exp - digits)
    if x._sign:
        value = -value
    power = value // ln10                       # e ** x = 10 ** power * e ** f
    f = value - power * ln10                    # 0 <= f < ln 10
    halvings = 12
    g = f >> halvings                           # e ** f = (e ** (f / 2**12)) ** 2**12
    term, total, k = one, one, 1
    while term:
        term = term * g // (one * k)
        total += term
        k += 1
    for _ in range(halvings):
        total = total * total // one
    return power, total // 10 ** 12


def _correctly_rounded(compute, context):
    """The value compute(digits) approximates (see above) rounded half-even
    to the context's precision; Inexact and Rounded raised.  The working
    precision grows until the error bound cannot change the rounding
    (exponentials and logarithms of other numbers than the special ones
    are never exact, nor midpoints)."""
    prec = context.prec
    digits = prec + 10
    for _ in range(8):
        result = compute(digits)
        power, fixed = result if isinstance(result, tuple) else (0, result)
        slack = 10 ** 6
        if _digits(abs(fixed) or 1) < prec + 8:
            digits += prec + 8 - _digits(abs(fixed) or 1) + 5
            continue
        low = _round_fixed(fixed - slack, power - digits, prec)
        high = _round_fixed(fixed + slack, power - digits, prec)
        if low == high:
            return _rounded_half_even(low, context, inexact=True)
        digits += digits // 2 + 10
    return _rounded_half_even(_round_fixed(fixed, power - digits, prec),
                              context, inexact=True)


def _round_fixed(value, exp, prec):
    """value * 10**exp rounded half-even to prec digits, as a Decimal."""
    sign = 1 if value < 0 else 0
    value = abs(value)
    drop = _digits(value) - prec
    if drop > 0:
        value = _round_coefficient(value, drop, sign, ROUND_HALF_EVEN)
        exp += drop
        if _digits(value) > prec:
            value //= 10
            exp += 1
    return _make(sign, value, exp)


def _rounded_half_even(value, context, inexact):
    """value through the context's exponent limits, rounding half-even,
    with Inexact and Rounded raised for an inexact result."""
    rounding, context.rounding = context.rounding, ROUND_HALF_EVEN
    try:
        result = value._fix(context)
    finally:
        context.rounding = rounding
    if inexact:
        context._raise(Inexact)
        context._raise(Rounded)
    return result


# ---- the rest of Context's operations ----------------------------------------------------

def _context_operation(method, with_context=True):
    """A Context method doing Decimal's method on its operands (converted
    to Decimal, ints included), in this context."""
    def operation(self, a, *operands):
        a = _convert(a, True)
        operands = [_convert(x, True) if isinstance(x, (int, Decimal)) else x
                    for x in operands]
        if with_context:
            return getattr(a, method)(*operands, context=self)
        return getattr(a, method)(*operands)
    operation.__name__ = method.strip('_')
    return operation


# The operations CPython's Context has that are not written out in it:
# (Context method, Decimal method, whether that takes the context).
for _name, _method, _with_context in [
        ('divmod', '__divmod__', True), ('max_mag', 'max_mag', True),
        ('min_mag', 'min_mag', True), ('compare_total', 'compare_total', False),
        ('compare_signal', 'compare_signal', True), ('copy_abs', 'copy_abs', False),
        ('copy_negate', 'copy_negate', False), ('copy_sign', 'copy_sign', False),
        ('fma', 'fma', True), ('next_plus', 'next_plus', True),
        ('next_minus', 'next_minus', True), ('number_class', 'number_class', True),
        ('remainder_near', 'remainder_near', True),
        ('same_quantum', 'same_quantum', False), ('scaleb', 'scaleb', True),
        ('to_integral_exact', 'to_integral_exact', True),
        ('to_integral', 'to_integral_value', True),
        ('to_eng_string', 'to_eng_string', True), ('canonical', 'canonical', False),
        ('is_canonical', 'is_canonical', False), ('is_finite', 'is_finite', False),
        ('is_infinite', 'is_infinite', False), ('is_nan', 'is_nan', False),
        ('is_normal', 'is_normal', True), ('is_qnan', 'is_qnan', False),
        ('is_signed', 'is_signed', False), ('is_snan', 'is_snan', False),
        ('is_subnormal', 'is_subnormal', True), ('is_zero', 'is_zero', False),
        ('compare_total_mag', 'compare_total_mag', False), ('exp', 'exp', True),
        ('ln', 'ln', True), ('log10', 'log10', True), ('logb', 'logb', True),
        ('logical_and', 'logical_and', True), ('logical_or', 'logical_or', True),
        ('logical_xor', 'logical_xor', True),
        ('logical_invert', 'logical_invert', True), ('rotate', 'rotate', True),
        ('shift', 'shift', True), ('next_toward', 'next_toward', True)]:
    if not hasattr(Context, _name) and hasattr(Decimal, _method):
        setattr(Context, _name, _context_operation(_method, _with_context))
del _name, _method, _with_context
Context.radix = lambda self: Decimal(10)
Context.copy_decimal = lambda self, a: Decimal(a)


# the names CPython's C types have in messages ('decimal.Decimal')
from _pyedu import set_type_name as _set_type_name
_set_type_name(Decimal, 'decimal.Decimal')
_set_type_name(Context, 'decimal.Context')
del _set_type_name

import numbers as _numbers
_numbers.Number.register(Decimal)
