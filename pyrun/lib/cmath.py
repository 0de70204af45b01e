"""Mathematical functions for complex numbers, as CPython's cmath, with
the same formulas for finite arguments (Kahan's, for the inverse
functions), so that the results agree to the last digit.  Infinite and NaN
arguments follow the simpler rules of the formulas, not CPython's tables
of special values."""

import math as _math

__all__ = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp',
           'isclose', 'isfinite', 'isinf', 'isnan', 'log', 'log10', 'phase', 'polar', 'rect',
           'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'pi', 'e', 'tau', 'inf', 'infj', 'nan', 'nanj']

pi = _math.pi
e = _math.e
tau = _math.tau
inf = _math.inf
infj = complex(0.0, inf)
nan = _math.nan
nanj = complex(0.0, nan)

_DBL_MIN = 2.2250738585072014e-308
_LARGE = 1.3407807929942596e+154        # sqrt(DBL_MAX) / 1000-ish: CPython's CM_LARGE_DOUBLE bound
_M_LN2 = 0.6931471805599453
_M_LN10 = 2.302585092994046


def _complex(z):
    """z as a complex, as CPython's argument conversion does."""
    if isinstance(z, complex):
        return z
    if isinstance(z, (int, float)):
        return complex(z)
    for name in ('__complex__', '__float__', '__index__'):
        method = getattr(type(z), name, None)
        if method is not None:
            return complex(method(z))
    raise TypeError(f"must be real number, not {type(z).__name__}")


def _checked(result):
    if _math.isinf(result.real) or _math.isinf(result.imag):
        raise OverflowError("math range error")
    return result


def sqrt(z):
    """The square root (the branch cut along the negative real axis)."""
    z = _complex(z)
    x, y = z.real, z.imag
    if not (_math.isfinite(x) and _math.isfinite(y)):
        if _math.isinf(y):
            return complex(inf, y)
        if _math.isnan(x):
            return complex(nan, nan)
        if _math.isinf(x):
            if x > 0:
                return complex(x, _math.copysign(0.0, y) if not _math.isnan(y) else nan)
            return complex(nan if _math.isnan(y) else 0.0, _math.copysign(inf, y))
        return complex(nan, nan)
    if x == 0 and y == 0:
        return complex(0.0, y)
    ax, ay = abs(x), abs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        ax = _math.ldexp(ax, 53)
        s = _math.ldexp(_math.sqrt(ax + _math.hypot(ax, _math.ldexp(ay, 53))), -27)
    else:
        ax /= 8.0
        s = 2.0 * _math.sqrt(ax + _math.hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0:
        return complex(s, _math.copysign(d, y))
    return complex(d, _math.copysign(s, y))


def exp(z):
    z = _complex(z)
    x, y = z.real, z.imag
    if y == 0 and _math.isfinite(x):
        return complex(_checked_real(_math.exp, x), y)
    if x > 708.0:
        l = _math.exp(x - 1.0)
        r = complex(l * _math.cos(y) * _math.e, l * _math.sin(y) * _math.e)
    else:
        l = _math.exp(x)
        r = complex(l * _math.cos(y), l * _math.sin(y))
    return _checked(r) if _math.isfinite(x) and _math.isfinite(y) else r


def _checked_real(f, x):
    try:
        return f(x)
    except OverflowError:
        raise OverflowError("math range error") from None


def _log(z):
    x, y = z.real, z.imag
    ax, ay = abs(x), abs(y)
    if _math.isinf(ax) or _math.isinf(ay):
        return complex(inf, _math.atan2(y, x))
    if _math.isnan(ax) or _math.isnan(ay):
        return complex(nan, nan)
    if ax > _LARGE or ay > _LARGE:
        real = _math.log(_math.hypot(ax / 2.0, ay / 2.0)) + _M_LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            real = _math.log(_math.hypot(_math.ldexp(ax, 53), _math.ldexp(ay, 53))) - 53 * _M_LN2
        else:
            raise ValueError("math domain error")
    else:
        h = _math.hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            am = max(ax, ay)
            an = min(ax, ay)
            real = _math.log1p((am - 1) * (am + 1) + an * an) / 2.0
        else:
            real = _math.log(h)
    return complex(real, _math.atan2(y, x))


def log(z, base=None):
    """The natural logarithm (or to the given base)."""
    r = _log(_complex(z))
    if base is not None:
        b = _log(_complex(base))
        r = r / b
    return r


def log10(z):
    r = _log(_complex(z))
    return complex(r.real / _M_LN10, r.imag / _M_LN10)


def phase(z):
    z = _complex(z)
    return _math.atan2(z.imag, z.real)


def polar(z):
    z = _complex(z)
    return abs(z), _math.atan2(z.imag, z.real)


def rect(r, phi):
    r = float(r)
    phi = float(phi)
    if _math.isfinite(r) and _math.isfinite(phi):
        if phi == 0.0:
            return complex(r, r * phi)
        return complex(r * _math.cos(phi), r * _math.sin(phi))
    if _math.isinf(r) and _math.isfinite(phi) and phi != 0:
        return complex(r * _math.cos(phi), r * _math.sin(phi))
    if _math.isinf(r) and phi == 0:
        return complex(r, phi)
    if _math.isfinite(r) and r != 0 and _math.isinf(phi):
        raise ValueError("math domain error")
    return complex(nan, nan)


def sinh(z):
    z = _complex(z)
    x, y = z.real, z.imag
    return complex(_math.cos(y) * _math.sinh(x), _math.sin(y) * _math.cosh(x))


def cosh(z):
    z = _complex(z)
    x, y = z.real, z.imag
    return complex(_math.cos(y) * _math.cosh(x), _math.sin(y) * _math.sinh(x))


def tanh(z):
    """tanh(x + iy) from tanh x, tan y and cosh x."""
    z = _complex(z)
    x, y = z.real, z.imag
    if abs(x) > 354.0:         # (CM_LOG_LARGE_DOUBLE / 2: the result is +-1 to double precision)
        return complex(_math.copysign(1.0, x),
                       4 * _math.sin(y) * _math.cos(y) * _math.exp(-2.0 * abs(x)))
    tx = _math.tanh(x)
    ty = _math.tan(y)
    cx = 1.0 / _math.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def sin(z):
    z = _complex(z)
    r = sinh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)


def cos(z):
    z = _complex(z)
    return cosh(complex(-z.imag, z.real))


def tan(z):
    z = _complex(z)
    r = tanh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)


def asinh(z):
    z = _complex(z)
    x, y = z.real, z.imag
    if abs(x) > _LARGE or abs(y) > _LARGE:
        if y >= 0:
            real = _math.copysign(_math.log(_math.hypot(x / 2.0, y / 2.0)) + _M_LN2 * 2.0, x)
        else:
            real = -_math.copysign(_math.log(_math.hypot(x / 2.0, y / 2.0)) + _M_LN2 * 2.0, -x)
        return complex(real, _math.atan2(y, abs(x)))
    s1 = sqrt(complex(1.0 + y, -x))
    s2 = sqrt(complex(1.0 - y, x))
    return complex(_math.asinh(s1.real * s2.imag - s2.real * s1.imag),
                   _math.atan2(y, s1.real * s2.real - s1.imag * s2.imag))


def asin(z):
    z = _complex(z)
    r = asinh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)


def acos(z):
    z = _complex(z)
    x, y = z.real, z.imag
    if abs(x) > _LARGE or abs(y) > _LARGE:
        real = _math.atan2(abs(y), x)
        if x < 0:
            imag = -_math.copysign(_math.log(_math.hypot(x / 2.0, y / 2.0)) + _M_LN2 * 2.0, y)
        else:
            imag = _math.copysign(_math.log(_math.hypot(x / 2.0, y / 2.0)) + _M_LN2 * 2.0, -y)
        return complex(real, imag)
    s1 = sqrt(complex(1.0 - x, -y))
    s2 = sqrt(complex(1.0 + x, y))
    return complex(2.0 * _math.atan2(s1.real, s2.real),
                   _math.asinh(s2.real * s1.imag - s2.imag * s1.real))


def acosh(z):
    z = _complex(z)
    x, y = z.real, z.imag
    if abs(x) > _LARGE or abs(y) > _LARGE:
        return complex(_math.log(_math.hypot(x / 2.0, y / 2.0)) + _M_LN2 * 2.0,
                       _math.atan2(y, x))
    s1 = sqrt(complex(x - 1.0, y))
    s2 = sqrt(complex(x + 1.0, y))
    return complex(_math.asinh(s1.real * s2.real + s1.imag * s2.imag),
                   2.0 * _math.atan2(s1.imag, s2.real))


def atanh(z):
    z = _complex(z)
    x, y = z.real, z.imag
    if x < 0:
        r = atanh(complex(-x, -y))
        return complex(-r.real, -r.imag)
    ay = abs(y)
    if x > _LARGE or ay > _LARGE:
        h = _math.hypot(x / 2.0, y / 2.0)
        return complex(x / 4.0 / h / h, -_math.copysign(_math.pi / 2, -y))
    if x == 1.0 and ay < _math.sqrt(_DBL_MIN):
        if ay == 0:
            raise ValueError("math domain error")
        return complex(-_math.log(_math.sqrt(ay) / _math.sqrt(_math.hypot(ay, 2.0))),
                       _math.copysign(_math.atan2(2.0, -ay) / 2, y))
    return complex(_math.log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0,
                   -_math.atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0)


def atan(z):
    z = _complex(z)
    r = atanh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)


def isfinite(z):
    z = _complex(z)
    return _math.isfinite(z.real) and _math.isfinite(z.imag)


def isnan(z):
    z = _complex(z)
    return _math.isnan(z.real) or _math.isnan(z.imag)


def isinf(z):
    z = _complex(z)
    return _math.isinf(z.real) or _math.isinf(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    a = _complex(a)
    b = _complex(b)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = abs(b - a)
    return ((diff <= rel_tol * abs(b)) or (diff <= rel_tol * abs(a)) or diff <= abs_tol)
