"""Basic statistics of numeric data: averages (mean, fmean,
geometric_mean, harmonic_mean, the medians, mode, multimode, quantiles),
spread (variance, pvariance, stdev, pstdev) and relations between two
variables (covariance, correlation, linear_regression), and NormalDist,
the normal distribution.

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
           'variance', 'correlation', 'covariance', 'linear_regression',
           'NormalDist']


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
        return value                # (a Fraction, or a NaN or infinity)
    if issubclass(kind, int):
        # int data: a whole result stays of their type, any other is a float
        return kind(value) if value.denominator == 1 else float(value)
    try:
        return kind(value)
    except TypeError:
        # Decimal refuses a Fraction: it is then the quotient of the two
        # parts, rounded by the current decimal context.
        if not _is_decimal_type(kind):
            raise
    return kind(value.numerator) / kind(value.denominator)


def _squared_deviations(data, center):
    """(result type, sum of squared deviations, count, center): from
    center if given, else from the mean of the data (then exact, and the
    center returned)."""
    if center is not None:
        totals = _ExactTotals((x - center) * (x - center) for x in data)
        return totals.result_type(), totals.total, totals.count, center
    totals = _ExactTotals(data, squares=True)
    n = totals.count
    if totals.special is not None:
        spread = center = totals.special
    elif not n:
        spread = center = Fraction(0)
    else:
        # sum((x - mean)**2) == sum(x*x) - sum(x)**2 / n, exactly.
        spread = (n * totals.total_of_squares - totals.total ** 2) / n
        center = totals.total / n
    return totals.result_type(), spread, n, center


# ---- averages -----------------------------------------------------------

def mean(data):
    """The arithmetic mean of data, in the type of the data."""
    totals = _ExactTotals(data)
    if totals.count < 1:
        raise StatisticsError('mean requires at least one data point')
    return _in_type(totals.total / totals.count, totals.result_type())


def _sized(values):
    """values as something len() can measure: as they are if they have a
    length, else gathered in a list."""
    try:
        len(values)
    except TypeError:
        return list(values)
    return values


def fmean(data, weights=None):
    """The arithmetic mean (weighted if weights are given), as a float:
    faster than mean()."""
    data = _sized(data)
    if weights is None:
        if not len(data):
            raise StatisticsError('fmean requires at least one data point')
        return math.fsum(data) / len(data)
    weights = _sized(weights)
    # The weighted sum comes before the checks, as in CPython: a value
    # that cannot be multiplied is reported first.
    weighted = math.fsum(value * weight for value, weight in zip(data, weights))
    if len(data) != len(weights):
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
    kind, squares, n, _ = _squared_deviations(data, center)
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


# ---- the normal distribution --------------------------------------------

# Wichura's algorithm AS 241 (PPND16, Applied Statistics 37, 1988): the
# inverse of the normal cumulative distribution, as ratios of polynomials
# in r, valid to about 1e-16.  Coefficients highest power first.
_CENTRAL_TOP = [2.5090809287301226727e+3, 3.3430575583588128105e+4,
                6.7265770927008700853e+4, 4.5921953931549871457e+4,
                1.3731693765509461125e+4, 1.9715909503065514427e+3,
                1.3314166789178437745e+2, 3.3871328727963666080e+0]
_CENTRAL_BOTTOM = [5.2264952788528545610e+3, 2.8729085735721942674e+4,
                   3.9307895800092710610e+4, 2.1213794301586595867e+4,
                   5.3941960214247511077e+3, 6.8718700749205790830e+2,
                   4.2313330701600911252e+1, 1.0]
_NEAR_TOP = [7.74545014278341407640e-4, 2.27238449892691845833e-2,
             2.41780725177450611770e-1, 1.27045825245236838258e+0,
             3.64784832476320460504e+0, 5.76949722146069140550e+0,
             4.63033784615654529590e+0, 1.42343711074968357734e+0]
_NEAR_BOTTOM = [1.05075007164441684324e-9, 5.47593808499534494600e-4,
                1.51986665636164571966e-2, 1.48103976427480074590e-1,
                6.89767334985100004550e-1, 1.67638483018380384940e+0,
                2.05319162663775882187e+0, 1.0]
_FAR_TOP = [2.01033439929228813265e-7, 2.71155556874348757815e-5,
            1.24266094738807843860e-3, 2.65321895265761230930e-2,
            2.96560571828504891230e-1, 1.78482653991729133580e+0,
            5.46378491116411436990e+0, 6.65790464350110377720e+0]
_FAR_BOTTOM = [2.04426310338993978564e-15, 1.42151175831644588870e-7,
               1.84631831751005468180e-5, 7.86869131145613259100e-4,
               1.48753612908506148525e-2, 1.36929880922735805310e-1,
               5.99832206555887937690e-1, 1.0]


def _polynomial(coefficients, x):
    # Horner's rule, highest power first.
    value = coefficients[0]
    for coefficient in coefficients[1:]:
        value = value * x + coefficient
    return value


def _standard_normal_quantile(p):
    """The x at which the standard normal distribution reaches p."""
    q = p - 0.5
    if math.fabs(q) <= 0.425:
        r = 0.180625 - q * q
        return (_polynomial(_CENTRAL_TOP, r) * q
                / _polynomial(_CENTRAL_BOTTOM, r))
    r = math.sqrt(-math.log(p if q <= 0.0 else 1.0 - p))
    if r <= 5.0:
        r -= 1.6
        x = _polynomial(_NEAR_TOP, r) / _polynomial(_NEAR_BOTTOM, r)
    else:
        r -= 5.0
        x = _polynomial(_FAR_TOP, r) / _polynomial(_FAR_BOTTOM, r)
    return -x if q < 0.0 else x


_SQRT2 = math.sqrt(2.0)


class NormalDist:
    """The normal distribution of mean mu and standard deviation sigma."""

    __slots__ = {'_mu': 'Arithmetic mean of a normal distribution',
                 '_sigma': 'Standard deviation of a normal distribution'}

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu, self._sigma = float(mu), float(sigma)

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'

    def __reduce__(self):
        # For copy (and pickling): made again from its two numbers.
        return type(self), (self._mu, self._sigma)

    @classmethod
    def from_samples(cls, data):
        """The normal distribution with the mean and (sample) standard
        deviation of data."""
        _, squares, n, mean_value = _squared_deviations(data, None)
        if n < 2:
            raise StatisticsError('stdev requires at least two data points')
        spread = squares / (n - 1)
        try:
            return cls(float(mean_value),
                       _float_root(spread.numerator, spread.denominator))
        except AttributeError:
            # A NaN or infinity among the data: so is the deviation.
            return cls(float(mean_value), float(mean_value) / float(squares))

    def samples(self, n, *, seed=None):
        """n random values from the distribution (random.gauss; a seed
        makes them repeatable)."""
        import random
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        return [gauss(self._mu, self._sigma) for _ in range(n)]

    def pdf(self, x):
        """The probability density at x."""
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        offset = x - self._mu
        return (math.exp(offset * offset / (-2.0 * variance))
                / math.sqrt(math.tau * variance))

    def cdf(self, x):
        """The probability of a value at most x."""
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        """The value x with cdf(x) == p (the quantile function)."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below '
                                  'zero')
        return self._mu + _standard_normal_quantile(p) * self._sigma

    def quantiles(self, n=4):
        """The n - 1 cut points dividing the distribution into n intervals
        of equal probability."""
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """The area the two probability density functions share (0.0 to
        1.0)."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        # The narrower first (then the lower mean), so that
        # a.overlap(b) == b.overlap(a) to the bit.
        first, second = sorted((self, other),
                               key=lambda d: (d._sigma, d._mu))
        first_var, second_var = first.variance, second.variance
        if not first_var or not second_var:
            raise StatisticsError('overlap() not defined when sigma is zero')
        var_gap = second_var - first_var
        mean_gap = math.fabs(second._mu - first._mu)
        if not var_gap:
            return 1.0 - math.erf(mean_gap / (2.0 * first._sigma * _SQRT2))
        # Where the two densities cross.
        a = first._mu * second_var - second._mu * first_var
        b = first._sigma * second._sigma * math.sqrt(
            mean_gap * mean_gap + var_gap * math.log(second_var / first_var))
        crossings = ((a + b) / var_gap, (a - b) / var_gap)
        return 1.0 - sum(math.fabs(second.cdf(x) - first.cdf(x))
                         for x in crossings)

    def zscore(self, x):
        """How many standard deviations x is above the mean."""
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    mean = property(lambda self: self._mu, doc='The arithmetic mean.')
    median = property(lambda self: self._mu, doc='The median (the mean).')
    mode = property(lambda self: self._mu, doc='The mode (the mean).')
    stdev = property(lambda self: self._sigma, doc='The standard deviation.')
    variance = property(lambda self: self._sigma * self._sigma,
                        doc='The square of the standard deviation.')

    # Arithmetic: with another NormalDist, the distribution of the sum or
    # difference of independent variables; with a number, a shift or a
    # scaling.
    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu,
                              math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu,
                              math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu - other, self._sigma)

    def __mul__(self, other):
        return NormalDist(self._mu * other, self._sigma * math.fabs(other))

    def __truediv__(self, other):
        return NormalDist(self._mu / other, self._sigma / math.fabs(other))

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    __radd__ = __add__
    __rmul__ = __mul__

    def __rsub__(self, other):
        return -(self - other)

    def __eq__(self, other):
        if not isinstance(other, NormalDist):
            return NotImplemented
        return (self._mu, self._sigma) == (other._mu, other._sigma)

    def __hash__(self):
        return hash((self._mu, self._sigma))

