"""Basic statistics of numeric data: averages (mean, fmean,
geometric_mean, harmonic_mean, the medians, mode, multimode, quantiles),
spread (variance, pvariance, stdev, pstdev) and relations between two
variables (covariance, correlation, linear_regression).

The results are CPython's to the last bit because the arithmetic is the
same: mean and the variances add the data up exactly (as fractions) and
round once at the end, in the type of the data (int data gives a float
when the result is not whole; Fraction and Decimal data keep their type);
the standard deviations are correctly rounded square roots of those
exact variances; the functions of two variables use math.fsum.
"""

import math
import sys
from bisect import bisect_left, bisect_right
from collections import Counter, namedtuple
from fractions import Fraction

__all__ = ['StatisticsError', 'fmean', 'geometric_mean', 'harmonic_mean',
           'mean', 'median', 'median_grouped', 'median_high', 'median_low',
           'mode', 'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev',
           'variance', 'correlation', 'covariance', 'linear_regression']


class StatisticsError(ValueError):
    pass


# ---- exact sums ---------------------------------------------------------

def _decimal_class():
    # Decimal data can only come from a program that imported decimal, so
    # it is looked up there rather than imported with this module.
    module = sys.modules.get('decimal')
    return module.Decimal if module is not None else None


def _is_decimal_type(kind):
    decimal = _decimal_class()
    return decimal is not None and issubclass(kind, decimal)


def _as_ratio(x):
    """x as (numerator, denominator); a NaN or an infinity as (x, None)."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__) from None


def _result_type(kinds):
    """The type the result of arithmetic on values of these types has:
    int gives way to any other type, a type to its subclasses, Fraction
    to float."""
    result = int
    for kind in kinds:
        result = _wider_type(result, kind)
    return result


def _wider_type(first, second):
    if first is second or second is int or second is bool:
        return first
    if first is int or issubclass(second, first):
        return second
    if issubclass(first, second):
        return first
    if issubclass(first, int):
        return second
    if issubclass(second, int):
        return first
    if issubclass(first, Fraction) and issubclass(second, float):
        return second
    if issubclass(first, float) and issubclass(second, Fraction):
        return first
    raise TypeError("don't know how to coerce %s and %s"
                    % (first.__name__, second.__name__))


class _ExactTotals:
    """Sums of data, and of their squares, kept exact: the numerators are
    added per denominator and turned into fractions only at the end.  A
    NaN or infinity makes the sum that float instead."""

    def __init__(self, data, squares=False):
        self.count = 0
        # The types in the order first seen (CPython's order, that of a
        # set of types, only shows in the message of a TypeError).
        self.kinds = {}
        by_denominator = {}
        squares_by_denominator = {}
        for x in data:
            self.count += 1
            self.kinds[type(x)] = True
            numerator, denominator = _as_ratio(x)
            by_denominator[denominator] = (
                by_denominator.get(denominator, 0) + numerator)
            if squares:
                squares_by_denominator[denominator] = (
                    squares_by_denominator.get(denominator, 0)
                    + numerator * numerator)
        self.special = by_denominator.get(None)
        self.total = self._add_up(by_denominator, 1)
        self.total_of_squares = self._add_up(squares_by_denominator, 2)

    def _add_up(self, numerators, power):
        if self.special is not None:
            return self.special
        return sum((Fraction(numerator, denominator ** power)
                    for denominator, numerator in numerators.items()),
                   Fraction(0))

    def result_type(self):
        return _result_type(self.kinds)


def _in_type(value, kind):
    """An exact result (a Fraction) rounded into the type of the data."""
    if type(value) is kind:
        return value
    if issubclass(kind, int) and value.denominator != 1:
        kind = float
    try:
        return kind(value)
    except TypeError:
        if _is_decimal_type(kind):
            return kind(value.numerator) / kind(value.denominator)
        raise


def _squared_deviations(data, center):
    """(result type, sum of squared deviations, count): from center if
    given, else from the mean of the data."""
    if center is not None:
        totals = _ExactTotals((x - center) * (x - center) for x in data)
        return totals.result_type(), totals.total, totals.count
    totals = _ExactTotals(data, squares=True)
    n = totals.count
    if totals.special is not None:
        spread = totals.special
    elif not n:
        spread = Fraction(0)
    else:
        # sum((x - mean)**2) == sum(x*x) - sum(x)**2 / n, exactly.
        spread = (n * totals.total_of_squares - totals.total ** 2) / n
    return totals.result_type(), spread, n


# ---- averages -----------------------------------------------------------

def mean(data):
    """The arithmetic mean of data, in the type of the data."""
    totals = _ExactTotals(data)
    if totals.count < 1:
        raise StatisticsError('mean requires at least one data point')
    return _in_type(totals.total / totals.count, totals.result_type())


def fmean(data, weights=None):
    """The arithmetic mean (weighted if weights are given), as a float:
    faster than mean()."""
    try:
        n = len(data)
    except TypeError:
        data = list(data)
        n = len(data)
    if weights is None:
        total = math.fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    try:
        weight_count = len(weights)
    except TypeError:
        weights = list(weights)
        weight_count = len(weights)
    weighted = math.fsum(value * weight for value, weight in zip(data, weights))
    if n != weight_count:
        raise StatisticsError('data and weights must be the same length')
    total_weight = math.fsum(weights)
    if not total_weight:
        raise StatisticsError('sum of weights must be non-zero')
    return weighted / total_weight


def geometric_mean(data):
    """The geometric mean of positive data, as a float."""
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


_NEGATIVE_HARMONIC = 'harmonic mean does not support negative values'


def _never_negative(values):
    for value in values:
        if value < 0:
            raise StatisticsError(_NEGATIVE_HARMONIC)
        yield value


def harmonic_mean(data, weights=None):
    """The harmonic mean (weighted if weights are given): the reciprocal
    of the mean of the reciprocals.  0 if a value with weight is 0."""
    if iter(data) is data:
        data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        only = data[0]
        if not isinstance(only, (int, float, Fraction)) and \
                not _is_decimal_type(type(only)):
            raise TypeError('unsupported type')
        if only < 0:
            raise StatisticsError(_NEGATIVE_HARMONIC)
        return only
    if weights is None:
        weights = [1] * n
        total_weight = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        total_weight = _ExactTotals(_never_negative(weights)).total
    try:
        # The data are checked as they are used: a zero before a negative
        # value ends it with 0, as in CPython.
        reciprocals = _ExactTotals(weight / value if weight else 0
                                   for weight, value
                                   in zip(weights, _never_negative(data)))
    except ZeroDivisionError:
        return 0
    if reciprocals.total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _in_type(total_weight / reciprocals.total,
                    reciprocals.result_type())


def _sorted_data(data):
    data = sorted(data)
    if not data:
        raise StatisticsError('no median for empty data')
    return data


def median(data):
    """The middle value of data; the mean of the two middle values if
    their number is even."""
    data = _sorted_data(data)
    middle = len(data) // 2
    if len(data) % 2:
        return data[middle]
    return (data[middle - 1] + data[middle]) / 2


def median_low(data):
    """The middle value of data; the lower of the two if their number is
    even."""
    data = _sorted_data(data)
    return data[(len(data) - 1) // 2]


def median_high(data):
    """The middle value of data; the higher of the two if their number is
    even."""
    data = _sorted_data(data)
    return data[len(data) // 2]


def median_grouped(data, interval=1.0):
    """The median of data grouped in classes of width interval (the 50th
    percentile, interpolated inside the class of the middle value), as a
    float."""
    data = _sorted_data(data)
    n = len(data)
    middle = data[n // 2]
    below = bisect_left(data, middle)
    frequency = bisect_right(data, middle, below) - below
    try:
        interval = float(interval)
        middle = float(middle)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower_limit = middle - interval / 2.0
    return lower_limit + interval * (n / 2 - below) / frequency


def mode(data):
    """The most common value of data (the first seen of the most common)."""
    counts = Counter(iter(data))
    if not counts:
        raise StatisticsError('no mode for empty data')
    return counts.most_common(1)[0][0]


def multimode(data):
    """The most common values of data, in the order first seen."""
    counts = Counter(iter(data))
    if not counts:
        return []
    highest = max(counts.values())
    return [value for value, count in counts.items() if count == highest]


def _interpolate(low, high, position, n):
    # The point position/n of the way from low to high.
    return (low * (n - position) + high * position) / n


def quantiles(data, *, n=4, method='exclusive'):
    """The n - 1 cut points that divide data into n intervals of equal
    probability; 'exclusive' (the default) treats data as a sample,
    'inclusive' as the whole population."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    size = len(data)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    cuts = []
    if method == 'inclusive':
        for i in range(1, n):
            j, position = divmod(i * (size - 1), n)
            cuts.append(_interpolate(data[j], data[j + 1], position, n))
        return cuts
    if method == 'exclusive':
        for i in range(1, n):
            j = min(max(i * (size + 1) // n, 1), size - 1)
            position = i * (size + 1) - j * n
            cuts.append(_interpolate(data[j - 1], data[j], position, n))
        return cuts
    raise ValueError(f'Unknown method: {method!r}')


# ---- spread -------------------------------------------------------------

def _spread(data, center, name, least, population):
    """The exact variance of data (a Fraction, or a float NaN/infinity)
    and the type to give it."""
    kind, squares, n = _squared_deviations(data, center)
    if n < least:
        raise StatisticsError('%s requires at least %s data point%s'
                              % (name, 'one' if least == 1 else 'two',
                                 '' if least == 1 else 's'))
    return squares / (n if population else n - 1), kind


def variance(data, xbar=None):
    """The sample variance of data (xbar: their mean, if known)."""
    value, kind = _spread(data, xbar, 'variance', 2, False)
    return _in_type(value, kind)


def pvariance(data, mu=None):
    """The population variance of data (mu: their mean, if known)."""
    value, kind = _spread(data, mu, 'pvariance', 1, True)
    return _in_type(value, kind)


def stdev(data, xbar=None):
    """The sample standard deviation: the square root of variance()."""
    value, kind = _spread(data, xbar, 'stdev', 2, False)
    return _root(value, kind)


def pstdev(data, mu=None):
    """The population standard deviation: the square root of pvariance()."""
    value, kind = _spread(data, mu, 'pstdev', 1, True)
    return _root(value, kind)


def _root(exact, kind):
    # A NaN or infinite variance has no numerator: that fails here with an
    # AttributeError, as it does in CPython 3.11.
    numerator, denominator = exact.numerator, exact.denominator
    if _is_decimal_type(kind):
        return _decimal_root(numerator, denominator, kind)
    return _float_root(numerator, denominator)


# The square root is first computed as an integer of this many bits (two
# floats' worth of mantissa, and 3 more) so that rounding it to a float
# afterwards rounds only once.
_ROOT_BITS = 2 * sys.float_info.mant_dig + 3


def _float_root(numerator, denominator):
    """sqrt(numerator/denominator), correctly rounded to a float.

    With the fraction scaled by 4**k, the integer square root has about
    _ROOT_BITS bits; its last bit is set when the root is not exact
    ("round to odd"), which keeps the information a correct rounding
    needs.  The final int/int division rounds correctly."""
    k = (numerator.bit_length() - denominator.bit_length() - _ROOT_BITS) // 2
    if k >= 0:
        scaled_denominator = denominator << 2 * k
        root = math.isqrt(numerator // scaled_denominator)
        inexact = root * root * scaled_denominator != numerator
        return ((root | inexact) << k) / 1
    scaled_numerator = numerator << -2 * k
    root = math.isqrt(scaled_numerator // denominator)
    inexact = root * root * denominator != scaled_numerator
    return (root | inexact) / (1 << -k)


def _decimal_root(numerator, denominator, decimal):
    """sqrt(numerator/denominator) correctly rounded to the precision of
    the decimal context: the root of the rounded quotient is at most one
    unit off, so its two neighbours are checked exactly."""
    if numerator <= 0:
        if not numerator:
            return decimal('0.0')
        numerator, denominator = -numerator, -denominator
    root = (decimal(numerator) / decimal(denominator)).sqrt()
    square = Fraction(numerator, denominator)
    exact_root = Fraction(*root.as_integer_ratio())
    for neighbour, above in ((root.next_plus(), True),
                             (root.next_minus(), False)):
        # The true root is nearer the neighbour when the fraction lies
        # beyond the square of their midpoint.
        midpoint = (exact_root + Fraction(*neighbour.as_integer_ratio())) / 2
        if (square > midpoint ** 2) if above else (square < midpoint ** 2):
            return neighbour
    return root


# ---- two variables ------------------------------------------------------

def _paired(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('%s requires that both inputs have same number '
                              'of data points' % what)
    if n < 2:
        raise StatisticsError('%s requires at least two data points' % what)
    return n


def _deviation_sums(x, y, n):
    """The means of x and y, and the sums of products of their deviations
    from them: xy, xx, yy (all with fsum)."""
    x_mean = math.fsum(x) / n
    y_mean = math.fsum(y) / n
    x_dev = [xi - x_mean for xi in x]
    y_dev = [yi - y_mean for yi in y]
    sum_xy = math.fsum(dx * dy for dx, dy in zip(x_dev, y_dev))
    sum_xx = math.fsum(dx * dx for dx in x_dev)
    sum_yy = math.fsum(dy * dy for dy in y_dev)
    return x_mean, y_mean, sum_xy, sum_xx, sum_yy


def covariance(x, y, /):
    """The sample covariance of x and y."""
    n = _paired(x, y, 'covariance')
    sum_xy = _deviation_sums(x, y, n)[2]
    return sum_xy / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of x and y."""
    n = _paired(x, y, 'correlation')
    _, _, sum_xy, sum_xx, sum_yy = _deviation_sums(x, y, n)
    try:
        return sum_xy / math.sqrt(sum_xx * sum_yy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the least-squares line through (x, y); with
    proportional=True, of the line through the origin."""
    n = _paired(x, y, 'linear regression')
    if proportional:
        sum_xy = math.fsum(xi * yi for xi, yi in zip(x, y))
        sum_xx = math.fsum(xi * xi for xi in x)
    else:
        x_mean, y_mean, sum_xy, sum_xx, _ = _deviation_sums(x, y, n)
    try:
        slope = sum_xy / sum_xx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else y_mean - slope * x_mean
    return LinearRegression(slope=slope, intercept=intercept)
