"""Dates and times, as CPython's datetime module: timedelta, date, time,
datetime, tzinfo and timezone (fixed offsets), with CPython's reprs, string
forms, parsing, arithmetic and error messages.

Days are counted in the proleptic Gregorian calendar by "ordinal":
date(1, 1, 1) is day 1.  A date converts to and from its ordinal with
plain calendar arithmetic (_ordinal_of, _date_of_ordinal); everything that
moves a date (adding days, weekdays, ISO weeks) goes through the ordinal.
A timedelta is kept as (days, seconds, microseconds), normalized so that
only days may be negative, and does its arithmetic on its total number of
microseconds.
"""

import time as _time
from math import modf as _modf

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999

_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND
_MAX_DELTA_DAYS = 999999999

# ---------------------------------------------------------------------------
# The calendar.

_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
# Days before the first of each month in a common year (index 13: a year).
_DAYS_BEFORE_MONTH = [0, 0]
for _length in _MONTH_DAYS[1:]:
    _DAYS_BEFORE_MONTH.append(_DAYS_BEFORE_MONTH[-1] + _length)
del _length

_DAYS_PER_400_YEARS = 146097     # 400 * 365 + 97 leap days
_DAYS_PER_CENTURY = 36524        # 100 * 365 + 24 leap days
_DAYS_PER_4_YEARS = 1461         # 4 * 365 + 1 leap day

_WEEKDAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                  "Saturday", "Sunday")
_MONTH_ABBR = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
               "Sep", "Oct", "Nov", "Dec")
_MONTH_NAMES = (None, "January", "February", "March", "April", "May", "June",
                "July", "August", "September", "October", "November", "December")


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _MONTH_DAYS[month]


def _day_of_year(year, month, day):
    """1 for January 1st."""
    leap_day = 1 if month > 2 and _is_leap(year) else 0
    return _DAYS_BEFORE_MONTH[month] + leap_day + day


def _ordinal_of(year, month, day):
    """The day number of a date: 1 for 0001-01-01."""
    past = year - 1           # whole years before this one
    return past * 365 + past // 4 - past // 100 + past // 400 + _day_of_year(year, month, day)


def _date_of_ordinal(ordinal):
    """(year, month, day) of a day number."""
    days = ordinal - 1        # days since 0001-01-01
    cycles, days = divmod(days, _DAYS_PER_400_YEARS)
    centuries, days = divmod(days, _DAYS_PER_CENTURY)
    if centuries == 4:        # the leap day ending a 400-year cycle
        centuries, days = 3, _DAYS_PER_CENTURY
    olympiads, days = divmod(days, _DAYS_PER_4_YEARS)
    years, days = divmod(days, 365)
    if years == 4:            # the leap day ending a 4-year cycle
        years, days = 3, 365
    year = cycles * 400 + centuries * 100 + olympiads * 4 + years + 1
    # days is now 0-based within the year.  No month is longer than 31
    # days, so days // 31 never overshoots: walk forward from there.
    leap = 1 if _is_leap(year) else 0
    month = days // 31 + 1
    while month < 12 and days >= _DAYS_BEFORE_MONTH[month + 1] + (leap if month >= 2 else 0):
        month += 1
    first = _DAYS_BEFORE_MONTH[month] + (leap if month > 2 else 0)
    return year, month, days - first + 1


_MAX_ORDINAL = _ordinal_of(MAXYEAR, 12, 31)


def _weekday_of_ordinal(ordinal):
    """0 for Monday: day 1 (0001-01-01) was a Monday."""
    return (ordinal + 6) % 7


def _iso_year_start(year):
    """The ordinal of the Monday of ISO week 1: the week with January 4th."""
    january4 = _ordinal_of(year, 1, 4)
    return january4 - _weekday_of_ordinal(january4)


def _iso_week_date(ordinal, year):
    """(ISO year, week, weekday) of the day ordinal, in or near year."""
    if ordinal >= _iso_year_start(year + 1):
        year += 1
    elif ordinal < _iso_year_start(year):
        year -= 1
    week, day = divmod(ordinal - _iso_year_start(year), 7)
    return year, week + 1, day + 1


# ---------------------------------------------------------------------------
# Checking arguments.

def _as_int(value):
    if type(value) is int:
        return value
    if hasattr(type(value), '__index__'):
        return type(value).__index__(value)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


def _checked_date(year, month, day):
    year, month, day = _as_int(year), _as_int(month), _as_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


_TIME_LIMITS = (('hour', 23), ('minute', 59), ('second', 59), ('microsecond', 999999))


def _checked_time(hour, minute, second, microsecond, tz, fold):
    fields = (_as_int(hour), _as_int(minute), _as_int(second), _as_int(microsecond))
    for value, (name, top) in zip(fields, _TIME_LIMITS):
        if not 0 <= value <= top:
            raise ValueError('%s must be in 0..%d' % (name, top))
    _check_tzinfo(tz)
    if fold != 0 and fold != 1:
        raise ValueError('fold must be either 0 or 1')
    return fields


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError('tzinfo argument must be None or of a tzinfo subclass, not type %r'
                        % type(tz).__name__)


def _checked_offset(offset, method):
    """What a tzinfo's utcoffset() or dst() returned, checked."""
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError('tzinfo.%s() must return None or timedelta, not %r'
                        % (method, type(offset).__name__))
    if not -_ONE_DAY < offset < _ONE_DAY:
        raise ValueError('offset must be a timedelta strictly between '
                         '-timedelta(hours=24) and timedelta(hours=24).')
    return offset


def _checked_name(name):
    if name is not None and not isinstance(name, str):
        raise TypeError('tzinfo.tzname() must return None or a string, not %r'
                        % type(name).__name__)
    return name


def _type_label(obj):
    """How a repr names obj's class: datetime.X for ours, the bare name for
    a subclass (as CPython's C types do)."""
    cls = type(obj)
    if cls in _PUBLIC_TYPES:
        return 'datetime.' + cls.__name__
    return cls.__qualname__


def _check_format(fmt, function, position):
    """A format must be a str (it is argument position of function)."""
    if not isinstance(fmt, str):
        raise TypeError('%s argument %d must be str, not %s'
                        % (function, position, type(fmt).__name__))


# ---------------------------------------------------------------------------
# Text forms shared by the classes.

def _clock_text(hour, minute, second, microsecond, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if microsecond else 'seconds'
    if timespec == 'hours':
        return '%02d' % hour
    if timespec == 'minutes':
        return '%02d:%02d' % (hour, minute)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hour, minute, second)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hour, minute, second, microsecond // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hour, minute, second, microsecond)
    raise ValueError('Unknown timespec value')


def _offset_text(offset, separator):
    """+HH:MM (with :SS and .ffffff when needed) for an offset from UTC."""
    if offset is None:
        return ''
    sign = '+'
    if offset._days < 0:
        sign = '-'
        offset = -offset
    minutes, seconds = divmod(offset._seconds, 60)
    hours, minutes = divmod(minutes, 60)
    text = '%s%02d%s%02d' % (sign, hours, separator, minutes)
    if seconds or offset._microseconds:
        text += '%s%02d' % (separator, seconds)
        if offset._microseconds:
            text += '.%06d' % offset._microseconds
    return text


def _strftime(obj, fmt, timetuple):
    """strftime with %f, %z and %Z filled in from obj first: the C library
    behind time.strftime knows nothing of microseconds or tzinfo."""
    pieces = []
    start = 0
    while True:
        at = fmt.find('%', start)
        if at < 0 or at + 1 >= len(fmt):
            break
        code = fmt[at + 1]
        if code in 'fzZ':
            pieces.append(fmt[start:at])
            pieces.append(_strftime_field(obj, code))
        else:
            pieces.append(fmt[start:at + 2])
        start = at + 2
    pieces.append(fmt[start:])
    return _time.strftime(''.join(pieces), timetuple)


def _strftime_field(obj, code):
    if code == 'f':
        return '%06d' % getattr(obj, 'microsecond', 0)
    if not isinstance(obj, (time, datetime)):
        return ''
    if code == 'z':
        return _offset_text(obj.utcoffset(), '')
    name = obj.tzname()
    return '' if name is None else name.replace('%', '%%')


_TIME_TUPLE_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
                      'tm_wday', 'tm_yday', 'tm_isdst')


class _TimeTuple(tuple):
    """What timetuple() returns.  CPython gives a time.struct_time, which
    pyrun's time module cannot build from fields: this tuple has the same
    items, attribute names and repr."""

    __slots__ = ()

    def __repr__(self):
        return 'time.struct_time(%s)' % ', '.join(
            '%s=%r' % pair for pair in zip(_TIME_TUPLE_FIELDS, self))


for _index, _name in enumerate(_TIME_TUPLE_FIELDS):
    setattr(_TimeTuple, _name, property(lambda self, _i=_index: self[_i]))
del _index, _name


def _struct_time(year, month, day, hour, minute, second, dst_flag):
    weekday = _weekday_of_ordinal(_ordinal_of(year, month, day))
    return _TimeTuple((year, month, day, hour, minute, second, weekday,
                       _day_of_year(year, month, day), dst_flag))


# ---------------------------------------------------------------------------

class timedelta:
    """A duration: days, seconds and microseconds."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    # Microseconds per unit of each argument, in the order CPython adds
    # their fractional parts up.
    _UNITS = (('microseconds', 1), ('milliseconds', 1000), ('seconds', _US_PER_SECOND),
              ('minutes', 60 * _US_PER_SECOND), ('hours', 3600 * _US_PER_SECOND),
              ('days', _US_PER_DAY), ('weeks', 7 * _US_PER_DAY))

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0,
                hours=0, weeks=0):
        # All ints (the usual case): exact arithmetic.
        if int is type(days) is type(seconds) is type(microseconds) is type(milliseconds) \
                is type(minutes) is type(hours) is type(weeks):
            hours += (weeks * 7 + days) * 24
            seconds += (hours * 60 + minutes) * 60
            return _make_delta(cls, (seconds * 1000 + milliseconds) * 1000 + microseconds)
        given = {'days': days, 'seconds': seconds, 'microseconds': microseconds,
                 'milliseconds': milliseconds, 'minutes': minutes, 'hours': hours,
                 'weeks': weeks}
        total = 0
        fractions = 0.0       # the parts below a microsecond, summed as floats
        for name, unit in cls._UNITS:
            value = given[name]
            if isinstance(value, int):
                total += value * unit
            elif isinstance(value, float):
                fraction, whole = _modf(value)
                total += int(whole) * unit
                if fraction:
                    fraction, whole = _modf(unit * fraction)
                    total += int(whole)
                    fractions += fraction
            else:
                raise TypeError('unsupported type for timedelta %s component: %s'
                                % (name, type(value).__name__))
        if fractions:
            total += int(_round_fraction(total, fractions))
        return _make_delta(cls, total)

    # -- fields --

    days = property(lambda self: self._days, doc='Number of days.')
    seconds = property(lambda self: self._seconds, doc='Number of seconds (0 to 86399).')
    microseconds = property(lambda self: self._microseconds,
                            doc='Number of microseconds (0 to 999999).')

    def _total_us(self):
        return (self._days * 86400 + self._seconds) * _US_PER_SECOND + self._microseconds

    def total_seconds(self):
        """The whole duration in seconds."""
        return self._total_us() / _US_PER_SECOND

    # -- text --

    def __repr__(self):
        parts = []
        for name in ('days', 'seconds', 'microseconds'):
            value = getattr(self, '_' + name)
            if value:
                parts.append('%s=%d' % (name, value))
        return '%s(%s)' % (_type_label(self), ', '.join(parts) or '0')

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = '%d:%02d:%02d' % (hours, minutes, seconds)
        if self._microseconds:
            text += '.%06d' % self._microseconds
        if self._days:
            plural = '' if abs(self._days) == 1 else 's'
            text = '%d day%s, %s' % (self._days, plural, text)
        return text

    # -- arithmetic, all on total microseconds --

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _delta(self._total_us() + other._total_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _delta(self._total_us() - other._total_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _delta(other._total_us() - self._total_us())
        return NotImplemented

    def __neg__(self):
        return _delta(-self._total_us())

    def __pos__(self):
        return _delta(self._total_us())

    def __abs__(self):
        return _delta(abs(self._total_us()))

    def __mul__(self, other):
        if isinstance(other, int):
            return _delta(self._total_us() * other)
        if isinstance(other, float):
            numerator, denominator = other.as_integer_ratio()
            return _delta(_round_half_even(self._total_us() * numerator, denominator))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._total_us() // _nonzero_us(other, 'integer division or modulo')
        if isinstance(other, int):
            return _delta(self._total_us() // _nonzero(other, 'integer division or modulo'))
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._total_us() / other._total_us()
        if isinstance(other, int):
            return _delta(_round_half_even(self._total_us(),
                                           _nonzero(other, 'integer division or modulo')))
        if isinstance(other, float):
            numerator, denominator = other.as_integer_ratio()
            return _delta(_round_half_even(self._total_us() * denominator,
                                           _nonzero(numerator, 'integer division or modulo')))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _delta(self._total_us() % _nonzero_us(other, 'integer modulo'))
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            quotient, rest = divmod(self._total_us(), _nonzero_us(other, 'integer division or modulo'))
            return quotient, _delta(rest)
        return NotImplemented

    # -- comparison --

    def _fields(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._fields() == other._fields()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._fields() < other._fields()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._fields() <= other._fields()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._fields() > other._fields()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._fields() >= other._fields()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._fields())
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return type(self), self._fields()


def _make_delta(cls, total_us):
    days, rest = divmod(total_us, _US_PER_DAY)
    if not -_MAX_DELTA_DAYS <= days <= _MAX_DELTA_DAYS:
        if not -2 ** 31 <= days < 2 ** 31:
            # CPython's days field is a C int: it fails converting first.
            raise OverflowError('Python int too large to convert to C int')
        raise OverflowError('days=%d; must have magnitude <= %d' % (days, _MAX_DELTA_DAYS))
    self = object.__new__(cls)
    self._days = days
    self._seconds, self._microseconds = divmod(rest, _US_PER_SECOND)
    self._hashcode = -1
    return self


def _delta(total_us):
    """A plain timedelta of so many microseconds (what arithmetic returns,
    whatever the operands' classes)."""
    return _make_delta(timedelta, total_us)


def _nonzero(divisor, what):
    if divisor == 0:
        raise ZeroDivisionError(what + ' by zero')
    return divisor


def _nonzero_us(delta, what):
    return _nonzero(delta._total_us(), what)


def _round_half_even(numerator, denominator):
    """numerator / denominator, rounded to the nearest int, ties to even."""
    quotient, rest = divmod(numerator, denominator)
    twice = 2 * rest
    if denominator < 0:
        twice, denominator = -twice, -denominator
    if twice > denominator or (twice == denominator and quotient % 2 == 1):
        quotient += 1
    return quotient


def _round_fraction(whole_us, fraction):
    """The whole microseconds to add for the float fractions left over by
    timedelta(): the nearest int, and at an exact half the one that makes
    the total even."""
    nearest = round(fraction)
    if abs(nearest - fraction) == 0.5:
        below = nearest if nearest < fraction else nearest - 1
        return below if (whole_us + below) % 2 == 0 else below + 1
    return int(nearest)


timedelta.min = _delta(-_MAX_DELTA_DAYS * _US_PER_DAY)
timedelta.max = _delta((_MAX_DELTA_DAYS + 1) * _US_PER_DAY - 1)
timedelta.resolution = _delta(1)
_ONE_DAY = _delta(_US_PER_DAY)
_ZERO = _delta(0)


# ---------------------------------------------------------------------------

# ---- the packed states pickles hold (CPython's layout) --------------------------------
# a date: year (2 bytes, big-endian), month, day; a time: hour, minute,
# second, microsecond (3 bytes); a datetime: both.  From protocol 4 on, a
# fold of 1 is the high bit of the month (datetime) or hour (time).

def _is_state(value, size, index, limit):
    # a packed state rather than a field: bytes (or a Latin-1 str, as
    # Python 2 pickles hold them) of the size, with a plausible byte there
    if isinstance(value, str) and len(value) == size:
        value = value.encode('latin-1')
    return isinstance(value, bytes) and len(value) == size and value[index] & 0x7f <= limit


def _date_state(obj, fold_bit):
    return [obj._year >> 8, obj._year & 0xff, obj._month | fold_bit, obj._day]


def _clock_state(obj, with_fold):
    fold_bit = 0x80 if with_fold and obj._fold else 0
    us = obj._microsecond
    clock = [obj._hour, obj._minute, obj._second, us >> 16, (us >> 8) & 0xff, us & 0xff]
    if isinstance(obj, datetime):
        return _date_state(obj, fold_bit) + clock
    clock[0] |= fold_bit
    return clock


def _as_state_bytes(state):
    return state.encode('latin-1') if isinstance(state, str) else state


def _date_from_state(state):
    state = _as_state_bytes(state)
    return state[0] << 8 | state[1], state[2] & 0x7f, state[3]


def _clock_from_state(state, start):
    """(hour, minute, second, microsecond, fold) from state[start:]."""
    state = _as_state_bytes(state)
    hour, minute, second, a, b, c = state[start:start + 6]
    return hour & 0x7f, minute, second, a << 16 | b << 8 | c, hour >> 7


class date:
    """A day of the proleptic Gregorian calendar: date(year, month, day)."""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        if month is None and _is_state(year, 4, 2, 12):
            year, month, day = _date_from_state(year)
        year, month, day = _checked_date(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hashcode = -1
        return self

    # -- other constructors --

    @classmethod
    def fromordinal(cls, n):
        """The date of day n, where date(1, 1, 1) is day 1."""
        n = _as_int(n)
        if not 1 <= n <= _MAX_ORDINAL:
            raise ValueError('ordinal must be >= 1' if n < 1 else 'year %d is out of range'
                             % _date_of_ordinal(n)[0])
        return cls(*_date_of_ordinal(n))

    @classmethod
    def fromtimestamp(cls, t):
        """The local date of a POSIX timestamp."""
        fields = _time.localtime(_split_timestamp(t)[0])
        return cls(fields[0], fields[1], fields[2])

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromisoformat(cls, date_string):
        """The date written YYYY-MM-DD, YYYYMMDD or as an ISO week date."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        fields = _date_from_iso(date_string)
        if fields is None:
            raise ValueError('Invalid isoformat string: %r' % date_string)
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """The date of an ISO calendar (year, week number, weekday)."""
        return cls(*_iso_calendar_to_date(year, week, day))

    # -- fields --

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    def toordinal(self):
        """The day number, date(1, 1, 1) being 1."""
        return _ordinal_of(self._year, self._month, self._day)

    def weekday(self):
        """0 for Monday to 6 for Sunday."""
        return _weekday_of_ordinal(self.toordinal())

    def isoweekday(self):
        """1 for Monday to 7 for Sunday."""
        return _weekday_of_ordinal(self.toordinal()) + 1

    def isocalendar(self):
        """(ISO year, week number, weekday) as a named tuple."""
        return IsoCalendarDate(*_iso_week_date(self.toordinal(), self._year))

    def timetuple(self):
        return _struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def replace(self, year=None, month=None, day=None):
        """This date with some fields changed."""
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    # -- text --

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_type_label(self), self._year, self._month, self._day)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        return '%s %s %2d 00:00:00 %04d' % (_WEEKDAY_ABBR[self.weekday()],
                                            _MONTH_ABBR[self._month], self._day, self._year)

    def strftime(self, fmt):
        _check_format(fmt, 'strftime()', 1)
        return _strftime(self, fmt, self.timetuple())

    def __format__(self, fmt):
        _check_format(fmt, 'format()', 2)
        return self.strftime(fmt) if fmt else str(self)

    # -- comparison and arithmetic --

    def _key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        ordinal = self.toordinal() + other._days
        if not 1 <= ordinal <= _MAX_ORDINAL:
            raise OverflowError('date value out of range')
        if type(self) is date:
            return _trusted_date(*_date_of_ordinal(ordinal))
        return type(self)(*_date_of_ordinal(ordinal))

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other._days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return _delta((self.toordinal() - other.toordinal()) * _US_PER_DAY)
        return NotImplemented

    # pickle and copy: the class called with the date packed in 4 bytes,
    # as CPython's C datetime packs it
    def __reduce__(self):
        return type(self), (bytes(_date_state(self, 0)),)


date.min = date(MINYEAR, 1, 1)
date.max = date(MAXYEAR, 12, 31)
date.resolution = _ONE_DAY


class IsoCalendarDate(tuple):
    """What isocalendar() returns: (year, week, weekday), named."""

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return '%s(year=%d, week=%d, weekday=%d)' % ((_type_label(self),) + tuple(self))

    def __reduce__(self):
        return tuple, (tuple(self),)


def _iso_calendar_to_date(year, week, day):
    year, week, day = _as_int(year), _as_int(week), _as_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('Year is out of range: %d' % year)
    # A year has 53 ISO weeks when its week 1 and the next year's are 53
    # weeks apart.
    weeks = (_iso_year_start(year + 1) - _iso_year_start(year)) // 7
    if not 1 <= week <= weeks:
        raise ValueError('Invalid week: %d' % week)
    if not 1 <= day <= 7:
        raise ValueError('Invalid day: %d (range is [1, 7])' % day)
    return _date_of_ordinal(_iso_year_start(year) + (week - 1) * 7 + day - 1)


# ---------------------------------------------------------------------------

class tzinfo:
    """The base of time zone descriptions: a subclass says, for a datetime,
    its offset from UTC, its daylight saving adjustment and its name."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        """The local time of dt, a UTC time carrying this tzinfo.  The
        default, as documented: add the standard offset, then the
        daylight saving adjustment in force at that local time."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        saving = dt.dst()
        if saving is None:
            raise ValueError('fromutc: non-None dst() result required')
        standard = offset - saving
        if standard:
            dt += standard
            saving = dt.dst()
            if saving is None:
                raise ValueError('fromutc: tz.dst() gave inconsistent results; cannot convert')
        return dt + saving

    def __reduce__(self):
        make_args = getattr(self, '__getinitargs__', None)
        args = make_args() if make_args else ()
        return type(self), args, getattr(self, '__dict__', None) or None


class timezone(tzinfo):
    """A fixed offset from UTC, optionally with a name."""

    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s'
                            % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s' % type(name).__name__)
        if not -_ONE_DAY < offset < _ONE_DAY:
            raise ValueError('offset must be a timedelta strictly between '
                             '-timedelta(hours=24) and timedelta(hours=24), not %r.' % offset)
        if name is None and not offset and cls is timezone and _UTC is not None:
            return _UTC
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)

    # Two timezones are equal when their offsets are: names do not count.
    def __eq__(self, other):
        return self._offset == other._offset if isinstance(other, timezone) else NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return 'datetime.timezone.utc'
        return '%s(%s)' % (_type_label(self), ', '.join(map(repr, self.__getinitargs__())))

    def __str__(self):
        return self.tzname(None)

    def _check_argument(self, dt, method):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError('%s(dt) argument must be a datetime instance or None, not %s'
                            % (method, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_argument(dt, 'utcoffset')
        return self._offset

    def dst(self, dt):
        self._check_argument(dt, 'dst')
        return None

    def tzname(self, dt):
        self._check_argument(dt, 'tzname')
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _offset_text(self._offset, ':')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() argument must be a datetime instance or None')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset


_UTC = None
_UTC = timezone.utc = UTC = timezone(_ZERO)
timezone.min = timezone(-_delta(_US_PER_DAY - 60 * _US_PER_SECOND))
timezone.max = timezone(_delta(_US_PER_DAY - 60 * _US_PER_SECOND))


# ---------------------------------------------------------------------------

class time:
    """A time of day, optionally with a tzinfo:
    time(hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0)."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold',
                 '_hashcode')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if _is_state(hour, 6, 0, 23):
            tzinfo = minute if minute != 0 else None
            hour, minute, second, microsecond, fold = _clock_from_state(hour, 0)
        fields = _checked_time(hour, minute, second, microsecond, tzinfo, fold)
        self = object.__new__(cls)
        self._hour, self._minute, self._second, self._microsecond = fields
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    @classmethod
    def fromisoformat(cls, time_string):
        """The time written HH[:MM[:SS[.ffffff]]][+HH:MM], or the same without
        colons."""
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        fields = _time_from_iso(time_string)
        if fields is None:
            raise ValueError('Invalid isoformat string: %r' % time_string)
        return cls(*fields)

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        """This time with some fields changed."""
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    # -- the tzinfo's answers (a time asks with None for the datetime) --

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _checked_offset(self._tzinfo.utcoffset(None), 'utcoffset')

    def dst(self):
        if self._tzinfo is None:
            return None
        return _checked_offset(self._tzinfo.dst(None), 'dst')

    def tzname(self):
        if self._tzinfo is None:
            return None
        return _checked_name(self._tzinfo.tzname(None))

    # -- text --

    def __repr__(self):
        shown = [self._hour, self._minute]
        if self._second or self._microsecond:
            shown.append(self._second)
        if self._microsecond:
            shown.append(self._microsecond)
        return '%s(%s%s)' % (_type_label(self), ', '.join(map(str, shown)), _repr_extras(self))

    def isoformat(self, timespec='auto'):
        return (_clock_text(self._hour, self._minute, self._second, self._microsecond, timespec)
                + _offset_text(self.utcoffset(), ':'))

    def __str__(self):
        return self.isoformat()

    def strftime(self, fmt):
        _check_format(fmt, 'strftime()', 1)
        # The date part of a time's struct_time is 1900-01-01, as in CPython.
        return _strftime(self, fmt, _TimeTuple(
            (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)))

    def __format__(self, fmt):
        _check_format(fmt, 'format()', 2)
        return self.strftime(fmt) if fmt else str(self)

    # -- comparison --

    def _compare(self, other, equality):
        """<0, 0 or >0; None when a naive and an aware time are tested for
        equality (they are unequal)."""
        mine = other_offset = None
        if self._tzinfo is not other._tzinfo:
            mine, other_offset = self.utcoffset(), other.utcoffset()
        if mine == other_offset:
            return _compare_keys(self._clock_key(), other._clock_key())
        if mine is None or other_offset is None:
            if equality:
                return None
            raise TypeError("can't compare offset-naive and offset-aware times")
        # As CPython does: whole seconds after the offsets (whose own
        # microseconds do not count), then the microseconds.
        return _compare_keys(self._utc_key(mine), other._utc_key(other_offset))

    def _utc_key(self, offset):
        seconds = (self._hour * 60 + self._minute) * 60 + self._second
        return (seconds - offset._days * 86400 - offset._seconds, self._microsecond)

    def _clock_key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def _utc_us(self, offset):
        local = ((self._hour * 60 + self._minute) * 60 + self._second) * _US_PER_SECOND
        return local + self._microsecond - offset._total_us()

    def __eq__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) == 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        # fold does not change equality, so it must not change the hash:
        # the offset is taken with fold=0.
        if self._hashcode == -1:
            offset = (self.replace(fold=0) if self._fold else self).utcoffset()
            if offset is None:
                self._hashcode = hash(self._clock_key())
            else:
                self._hashcode = hash(self._utc_us(offset))
        return self._hashcode

    def __bool__(self):
        return True

    def __reduce_ex__(self, protocol):
        return _reduce_clock(self, _clock_state(self, protocol > 3))


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = _delta(1)


def _repr_extras(obj):
    """The ', tzinfo=...' and ', fold=1' that end a time's or datetime's
    repr (a datetime's fold comes first, a time's last, as in CPython)."""
    tz = ', tzinfo=%r' % (obj._tzinfo,) if obj._tzinfo is not None else ''
    fold = ', fold=1' if obj._fold else ''
    return fold + tz if isinstance(obj, datetime) else tz + fold


def _fold_matters(moment, offset):
    """Whether moment's UTC offset changes with its fold."""
    return moment.replace(fold=1 - moment._fold).utcoffset() != offset


def _reduce_clock(obj, state):
    """__reduce__ of a time or datetime: the class called with its fields
    packed in bytes, and its tzinfo when it has one."""
    if obj._tzinfo is not None:
        return type(obj), (bytes(state), obj._tzinfo)
    return type(obj), (bytes(state),)


def _compare_keys(a, b):
    return (a > b) - (a < b)


# ---------------------------------------------------------------------------

class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if _is_state(year, 10, 2, 12):
            tzinfo = month
            fold = 1 if _as_state_bytes(year)[2] & 0x80 else 0
            hour, minute, second, microsecond, _ = _clock_from_state(year, 4)
            year, month, day = _date_from_state(year)
        year, month, day = _checked_date(year, month, day)
        clock = _checked_time(hour, minute, second, microsecond, tzinfo, fold)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hour, self._minute, self._second, self._microsecond = clock
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    # -- other constructors --

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """The local time of a POSIX timestamp; with tz, the time in tz."""
        _check_tzinfo(tz)
        if tz is None:
            return cls._from_timestamp(t, _time.localtime, None)
        return tz.fromutc(cls._from_timestamp(t, _time.gmtime, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        """The naive UTC time of a POSIX timestamp."""
        return cls._from_timestamp(t, _time.gmtime, None)

    @classmethod
    def _from_timestamp(cls, t, breakdown, tz):
        seconds, microseconds = _split_timestamp(t)
        fields = breakdown(seconds)
        # A leap second (60) is folded into the second before.
        wall = tuple(fields[:5]) + (min(fields[5], 59),)
        fold = 0
        if breakdown is _time.localtime and _is_second_reading(seconds, _wall_seconds(*wall)):
            fold = 1
        return cls(*wall, microseconds, tz, fold=fold)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """The datetime of a date and a time (with the time's tzinfo unless
        another is given)."""
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time).__name__)
        zone = time.tzinfo if tzinfo is True else tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, zone, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """The datetime written as an ISO 8601 date, then any one
        character, then an ISO 8601 time."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        fields = _datetime_from_iso(date_string)
        if fields is None:
            raise ValueError('Invalid isoformat string: %r' % date_string)
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_iso_calendar_to_date(year, week, day))

    @classmethod
    def strptime(cls, date_string, format):
        """The datetime that date_string spells in format."""
        return cls(*_strptime_fields(date_string, format))

    # -- parts --

    def date(self):
        return _date_class(self._year, self._month, self._day)

    def time(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond,
                           fold=self._fold)

    def timetz(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond,
                           self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        """This datetime with some fields changed."""
        changes = (year, month, day, hour, minute, second, microsecond)
        fields = tuple(old if new is None else new
                       for old, new in zip(self._all_fields(), changes))
        return type(self)(*fields, self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _all_fields(self):
        return (self._year, self._month, self._day, self._hour, self._minute,
                self._second, self._microsecond)

    # -- the tzinfo's answers --

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _checked_offset(self._tzinfo.utcoffset(self), 'utcoffset')

    def dst(self):
        if self._tzinfo is None:
            return None
        return _checked_offset(self._tzinfo.dst(self), 'dst')

    def tzname(self):
        if self._tzinfo is None:
            return None
        return _checked_name(self._tzinfo.tzname(self))

    # -- conversions --

    def timetuple(self):
        saving = self.dst()
        flag = -1 if saving is None else (1 if saving else 0)
        return _struct_time(self._year, self._month, self._day, self._hour,
                            self._minute, self._second, flag)

    def utctimetuple(self):
        moment = self
        offset = self.utcoffset()
        if offset:
            moment = self - offset
        return _struct_time(moment._year, moment._month, moment._day, moment._hour,
                            moment._minute, moment._second, 0)

    def timestamp(self):
        """Seconds since the epoch (a naive datetime is local time)."""
        if self._tzinfo is None:
            return self._local_posix_seconds() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def _local_posix_seconds(self):
        wall = _wall_seconds(self._year, self._month, self._day, self._hour, self._minute,
                             self._second)
        return _posix_of_local(wall, self._fold)

    def astimezone(self, tz=None):
        """The same moment as a time in tz (by default the local zone)."""
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError('tzinfo argument must be None or of a tzinfo subclass, not type %r'
                            % type(tz).__name__)
        offset = self.utcoffset()
        if offset is None:
            offset = _local_zone(self._local_posix_seconds())._offset
        if tz is None:
            utc_time = self - offset
            tz = _local_zone((utc_time.replace(tzinfo=_UTC) - _EPOCH).total_seconds())
        elif tz is self._tzinfo:
            return self
        moment = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(moment)

    # -- text --

    def __repr__(self):
        shown = [self._year, self._month, self._day, self._hour, self._minute]
        if self._second or self._microsecond:
            shown.append(self._second)
        if self._microsecond:
            shown.append(self._microsecond)
        return '%s(%s%s)' % (_type_label(self), ', '.join(map(str, shown)), _repr_extras(self))

    def isoformat(self, sep='T', timespec='auto'):
        return ('%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep)
                + _clock_text(self._hour, self._minute, self._second, self._microsecond,
                              timespec)
                + _offset_text(self.utcoffset(), ':'))

    def __str__(self):
        return self.isoformat(' ')

    def ctime(self):
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _WEEKDAY_ABBR[self.weekday()], _MONTH_ABBR[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def strftime(self, fmt):
        _check_format(fmt, 'strftime()', 1)
        return _strftime(self, fmt, self.timetuple())

    # -- comparison and arithmetic --

    def _local_us(self):
        """Microseconds since 0001-01-01 00:00 of the wall-clock time."""
        clock = (self._hour * 60 + self._minute) * 60 + self._second
        return (self.toordinal() * 86400 + clock) * _US_PER_SECOND + self._microsecond

    def _compare(self, other, equality):
        mine = theirs = None
        if self._tzinfo is not other._tzinfo:
            mine, theirs = self.utcoffset(), other.utcoffset()
        if mine == theirs:
            order = _compare_keys(self._all_fields(), other._all_fields())
        elif mine is None or theirs is None:
            if equality:
                return None
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        else:
            order = _compare_keys(self._local_us() - mine._total_us(),
                                  other._local_us() - theirs._total_us())
        if order == 0 and equality and mine is not None:
            # PEP 495: across time zones, a time whose offset depends on
            # its fold (an ambiguous or missing local time) equals nothing.
            if _fold_matters(self, mine) or _fold_matters(other, theirs):
                return None
        return order

    def _refuse_date(self, other):
        raise TypeError("can't compare %s to %s" % (_type_label(self), _type_label(other)))

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False) < 0
        if isinstance(other, date):
            self._refuse_date(other)
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False) <= 0
        if isinstance(other, date):
            self._refuse_date(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False) > 0
        if isinstance(other, date):
            self._refuse_date(other)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False) >= 0
        if isinstance(other, date):
            self._refuse_date(other)
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            offset = (self.replace(fold=0) if self._fold else self).utcoffset()
            if offset is None:
                self._hashcode = hash(self._all_fields())
            else:
                self._hashcode = hash(self._local_us() - offset._total_us())
        return self._hashcode

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        total = self._local_us() + other._total_us()
        days, rest = divmod(total, _US_PER_DAY)
        if not 1 <= days <= _MAX_ORDINAL:
            raise OverflowError('date value out of range')
        seconds, microsecond = divmod(rest, _US_PER_SECOND)
        minutes, second = divmod(seconds, 60)
        hour, minute = divmod(minutes, 60)
        if type(self) is datetime:
            return _trusted_datetime(*_date_of_ordinal(days), hour, minute, second,
                                     microsecond, self._tzinfo)
        return type(self)(*_date_of_ordinal(days), hour, minute, second, microsecond,
                          self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        difference = self._local_us() - other._local_us()
        if self._tzinfo is not other._tzinfo:
            mine, theirs = self.utcoffset(), other.utcoffset()
            if (mine is None) != (theirs is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if mine is not None:
                difference += theirs._total_us() - mine._total_us()
        return _delta(difference)

    def __reduce_ex__(self, protocol):
        return _reduce_clock(self, _clock_state(self, protocol > 3))


datetime.min = datetime(MINYEAR, 1, 1)
datetime.max = datetime(MAXYEAR, 12, 31, 23, 59, 59, 999999)
datetime.resolution = _delta(1)

_date_class = date
_time_class = time


# Arithmetic makes its results without checking fields it computed itself
# (a subclass still gets its constructor called, as in CPython).

def _trusted_date(year, month, day):
    self = object.__new__(date)
    self._year, self._month, self._day = year, month, day
    self._hashcode = -1
    return self


def _trusted_datetime(year, month, day, hour, minute, second, microsecond, tz):
    self = object.__new__(datetime)
    self._year, self._month, self._day = year, month, day
    self._hour, self._minute, self._second, self._microsecond = hour, minute, second, microsecond
    self._tzinfo = tz
    self._fold = 0
    self._hashcode = -1
    return self
_EPOCH = datetime(1970, 1, 1, tzinfo=_UTC)
_PUBLIC_TYPES = (timedelta, date, time, datetime, timezone, tzinfo, IsoCalendarDate)


# CPython's types are C types named 'datetime.date' in their messages
# ("unsupported operand type(s) for +: 'datetime.date' and 'int'")
from _pyedu import set_type_name as _set_type_name
for _cls in _PUBLIC_TYPES:
    _cls.__module__ = 'datetime'
    _set_type_name(_cls, 'datetime.' + _cls.__name__)
del _cls, _set_type_name


def _local_zone(timestamp):
    """The local time zone at a moment, as a fixed timezone."""
    seconds = _floor_seconds(timestamp)
    local = _time.localtime(seconds)
    utc = _time.gmtime(seconds)
    offset = datetime(*local[:6]) - datetime(*utc[:6])
    return timezone(offset, _time.strftime('%Z', local))


# Local time, with PEP 495's fold: when the clock is set back, a wall-clock
# time happens twice, and fold=1 names the second time; when it jumps
# forward, the skipped times are read with the offset from before the jump
# (fold=0) or after it (fold=1).  The local zone is only known through
# time.localtime, so these functions probe it.

_EPOCH_ORDINAL = _ordinal_of(1970, 1, 1)
_MAX_FOLD_SECONDS = 24 * 3600   # no zone has set its clock back further


def _wall_seconds(year, month, day, hour, minute, second):
    """Seconds from 1970-01-01 00:00 to a wall-clock time (as if in UTC)."""
    days = _ordinal_of(year, month, day) - _EPOCH_ORDINAL
    return ((days * 24 + hour) * 60 + minute) * 60 + second


def _local_wall(posix_seconds):
    """The local wall clock at a POSIX time, as _wall_seconds."""
    return _wall_seconds(*_time.localtime(posix_seconds)[:6])


def _posix_of_local(wall, fold):
    """The POSIX time at which the local clock reads wall."""
    offset = _local_wall(wall) - wall            # the offset near that time
    first = wall - offset
    if _local_wall(first) == wall:
        # A solution; is there another a day before (fold 0) or after
        # (fold 1) under another offset?
        probe = first + (_MAX_FOLD_SECONDS if fold else -_MAX_FOLD_SECONDS)
        other_offset = _local_wall(probe) - probe
        if other_offset == offset:
            return first
    else:
        other_offset = _local_wall(first) - first
    second = wall - other_offset
    if _local_wall(second) == wall:
        return second
    if _local_wall(first) == wall:
        return first
    # In a gap: neither offset gives the wall time back.
    return min(first, second) if fold else max(first, second)


def _is_second_reading(posix_seconds, wall):
    """Whether the local clock read wall already, earlier, at POSIX time
    posix_seconds (that is, the clock was set back in between)."""
    probe = _local_wall(posix_seconds - _MAX_FOLD_SECONDS)
    shift = wall - probe - _MAX_FOLD_SECONDS     # < 0: the clock went back
    return shift < 0 and _local_wall(posix_seconds + shift) == wall


def _floor_seconds(timestamp):
    whole = int(timestamp)
    return whole - 1 if whole > timestamp else whole


def _split_timestamp(t):
    """(whole seconds, microseconds) of a timestamp, rounding the
    microseconds half to even."""
    if isinstance(t, int):
        return t, 0
    if not isinstance(t, float):
        t = float(t) if hasattr(type(t), '__float__') else _not_a_number(t)
    if t != t:
        raise ValueError('Invalid value NaN (not a number)')
    fraction, whole = _modf(t)
    microseconds = round(fraction * 1e6)
    if microseconds >= 1000000:
        microseconds -= 1000000
        whole += 1.0
    elif microseconds < 0:
        microseconds += 1000000
        whole -= 1.0
    return int(whole), microseconds


def _not_a_number(value):
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


# ---------------------------------------------------------------------------
# ISO 8601 parsing, with the leniency of Python 3.11's fromisoformat.
#
# CPython parses the UTF-8 bytes of the string, reading past the end of a
# part as a C string would (up to the terminating NUL), and it ignores some
# trailing characters.  To give the same answers these functions read a
# "byte view" of the text (one character per UTF-8 byte) through _char,
# which gives '\0' past the end.

def _byte_view(text):
    """text's UTF-8 bytes as a str of one character per byte, or None if
    it cannot be encoded (a lone surrogate)."""
    try:
        return text.encode('utf-8').decode('latin-1')
    except UnicodeEncodeError:
        return None


def _char(text, at):
    return text[at] if at < len(text) else '\0'


def _digits(text, start, count):
    """The int written by exactly count ASCII digits at text[start:], or None."""
    piece = text[start:start + count]
    if len(piece) != count or not all('0' <= c <= '9' for c in piece):
        return None
    return int(piece)


def _parse_iso_date(text, length):
    """(year, month, day) of YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or
    YYYYWww[D] at the start of text, or None.  length (where the date
    part ends) only decides whether a week date has its weekday; what
    follows a complete date is not looked at."""
    year = _digits(text, 0, 4)
    if year is None:
        return None
    dashed = _char(text, 4) == '-'
    at = 5 if dashed else 4
    if _char(text, at) == 'W':
        week = _digits(text, at + 1, 2)
        if week is None:
            return None
        at += 3
        weekday = 1
        if at < length:
            if dashed:
                if _char(text, at) != '-':
                    return None
                at += 1
            weekday = _digits(text, at, 1)
            if weekday is None:
                return None
        try:
            return _iso_calendar_to_date(year, week, weekday)
        except ValueError:
            return None
    month = _digits(text, at, 2)
    at += 2
    if month is None or (dashed and _char(text, at) != '-'):
        return None
    day = _digits(text, at + 1 if dashed else at, 2)
    return None if day is None else (year, month, day)


def _iso_separator_position(text):
    """Where the date ends in an ISO datetime, whose separator may be any
    character: told apart by the date forms' lengths (-1: no position)."""
    if len(text) == 7:
        return 7
    if _char(text, 4) == '-':
        if _char(text, 5) != 'W':
            return 10                              # YYYY-MM-DD
        if len(text) < 8:
            return -1
        if len(text) > 8 and _char(text, 8) == '-':
            if len(text) == 9:
                return -1
            # YYYY-Www-D, unless the hyphen is itself the separator
            # (YYYY-Www-HH...): taken to be, when a digit follows D.
            return 8 if len(text) > 10 and _char(text, 10).isdigit() else 10
        return 8                                   # YYYY-Www
    if _char(text, 4) != 'W':
        return 8                                   # YYYYMMDD
    # YYYYWww or YYYYWwwD: count the digits from the week on; an odd
    # number of them beyond the week means the weekday is there.
    end = 7
    while end < len(text) and '0' <= text[end] <= '9':
        end += 1
    if end < 9:
        return end
    return 7 if end % 2 == 0 else 8


def _parse_clock(text, at, stop):
    """Read HH[:MM[:SS]] or HHMMSS (in which parts may be missing from
    the end), then an optional fraction, from text[at:stop].  Returns
    (status, [hour, minute, second, microsecond]): status < 0 if the
    text is malformed, 1 if unread characters remain, else 0."""
    fields = [0, 0, 0, 0]
    separated = True
    for index in range(3):
        value = _digits(text, at, 2)
        if value is None:
            return -3, fields
        fields[index] = value
        follower = _char(text, at + 2)
        at += 3
        if index == 0:
            separated = follower == ':'
        if at >= stop:
            return (1 if follower != '\0' else 0), fields
        if separated and follower == ':':
            continue
        if follower in '.,':
            break
        if separated:
            return -4, fields
        at -= 1                # no separators: the character is a digit
    # A fraction of a second, after any of the parts: up to six digits
    # count, more are skipped.
    count = min(stop - at, 6)
    fraction = _digits(text, at, count)
    if fraction is None:
        return -3, fields
    fields[3] = fraction * 10 ** (6 - count)
    at += count
    while '0' <= _char(text, at) <= '9':
        at += 1
    return (1 if _char(text, at) != '\0' else 0), fields


def _parse_iso_time(text, start):
    """(hour, minute, second, microsecond, tzinfo) of the time written in
    text[start:], or None."""
    end = len(text)
    zone_at = start
    while True:
        if _char(text, zone_at) in 'Z+-':
            break
        zone_at += 1
        if zone_at >= end:
            break
    status, clock = _parse_clock(text, start, zone_at)
    if status < 0 or (status == 1 and zone_at >= end):
        return None
    if zone_at >= end:
        return tuple(clock) + (None,)
    if text[zone_at] == 'Z':
        return tuple(clock) + (_UTC,) if _char(text, zone_at + 1) == '\0' else None
    status, offset = _parse_clock(text, zone_at + 1, end)
    if status != 0:
        return None
    sign = -1 if text[zone_at] == '-' else 1
    seconds = sign * ((offset[0] * 60 + offset[1]) * 60 + offset[2])
    if seconds == 0:
        zone = _UTC            # (even with microseconds, as in CPython)
    else:
        zone = timezone(_delta(seconds * _US_PER_SECOND + sign * offset[3]))
    return tuple(clock) + (zone,)


def _date_from_iso(date_string):
    """The date fields of date.fromisoformat(date_string), or None."""
    text = _byte_view(date_string)
    if text is None or len(text) not in (7, 8, 10):
        return None
    return _parse_iso_date(text, len(text))


def _datetime_from_iso(date_string):
    """The fields of datetime.fromisoformat(date_string), or None."""
    if len(date_string) < 7:
        return None
    # The separator may be any character, even one that is not ASCII.
    for position in (7, 8, 10):
        if position < len(date_string) and date_string[position] > '\x7f':
            date_string = date_string[:position] + 'T' + date_string[position + 1:]
            break
    text = _byte_view(date_string)
    if text is None:
        return None
    split = _iso_separator_position(text)
    day = _parse_iso_date(text, split) if split >= 0 else None
    if day is None:
        return None
    if len(text) <= split:
        return day + (0, 0, 0, 0, None)
    clock = _parse_iso_time(text, split + 1)
    return None if clock is None else day + clock


def _time_from_iso(time_string):
    """The fields of time.fromisoformat(time_string), or None."""
    text = _byte_view(time_string)
    if text is None:
        return None
    return _parse_iso_time(text, 1 if text[:1] == 'T' else 0)


# ---------------------------------------------------------------------------
# strptime: the format becomes a regular expression with one named group per
# directive (the C locale's names); the groups' texts become the fields.

_NUMBER_PATTERNS = {
    'Y': r'\d\d\d\d', 'G': r'\d\d\d\d', 'y': r'\d\d',
    'm': r'1[0-2]|0[1-9]|[1-9]',
    'd': r'3[01]|[12]\d|0[1-9]|[1-9]| [1-9]',
    'H': r'2[0-3]|[01]\d|\d',
    'I': r'1[0-2]|0[1-9]|[1-9]',
    'M': r'[0-5]\d|\d',
    'S': r'6[01]|[0-5]\d|\d',
    'f': r'\d{1,6}',
    'j': r'36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9]',
    'U': r'5[0-3]|[0-4]\d|\d', 'W': r'5[0-3]|[0-4]\d|\d',
    'V': r'5[0-3]|0[1-9]|[1-4]\d|\d',
    'w': r'[0-6]', 'u': r'[1-7]',
    'z': r'[+-]\d\d:?[0-5]\d(?::?[0-5]\d(?:\.\d{1,6})?)?|(?-i:Z)',
}
_SHORTHANDS = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}


def _names_pattern(names):
    # Longest first, so that a name is not cut short by its prefix.
    import re
    return '|'.join(re.escape(name.lower()) for name in sorted(names, key=len, reverse=True))


def _directive_pattern(code):
    if code in _NUMBER_PATTERNS:
        return _NUMBER_PATTERNS[code]
    names = {'a': _WEEKDAY_ABBR, 'A': _WEEKDAY_NAMES, 'b': _MONTH_ABBR[1:],
             'B': _MONTH_NAMES[1:], 'p': ('AM', 'PM'),
             'Z': ('utc', 'gmt') + tuple(_time.tzname)}.get(code)
    return None if names is None else _names_pattern(names)


def _strptime_regex(format):
    import re
    for code, expansion in _SHORTHANDS.items():
        format = format.replace('%' + code, expansion)
    pieces = []
    at = 0
    while at < len(format):
        char = format[at]
        if char == '%':
            if at + 1 >= len(format):
                raise ValueError("stray %% in format '%s'" % format)
            code = format[at + 1]
            pattern = '%' if code == '%' else _directive_pattern(code)
            if pattern is None:
                raise ValueError("'%s' is a bad directive in format '%s'" % (code, format))
            pieces.append(pattern if code == '%' else '(?P<%s>%s)' % (code, pattern))
            at += 2
        elif char.isspace():
            while at < len(format) and format[at].isspace():
                at += 1
            pieces.append(r'\s+')
        else:
            pieces.append(re.escape(char))
            at += 1
    return re.compile(''.join(pieces), re.IGNORECASE)


_strptime_cache = {}      # format -> compiled regex


def _strptime_fields(text, format):
    """The datetime() arguments for text read with format."""
    if not isinstance(text, str):
        raise TypeError('strptime() argument 1 must be str, not %s' % type(text).__name__)
    if not isinstance(format, str):
        raise TypeError('strptime() argument 2 must be str, not %s' % type(format).__name__)
    regex = _strptime_cache.get(format)
    if regex is None:
        if len(_strptime_cache) > 100:
            _strptime_cache.clear()
        regex = _strptime_cache[format] = _strptime_regex(format)
    found = regex.match(text)
    if found is None:
        raise ValueError('time data %r does not match format %r' % (text, format))
    if found.end() != len(text):
        raise ValueError('unconverted data remains: %s' % text[found.end():])
    return _StrptimeResult(found.groupdict()).fields()


class _StrptimeResult:
    """The fields strptime read, and the date and time they make."""

    def __init__(self, groups):
        self.year = None
        self.month = self.day = 1
        self.hour = self.minute = self.second = self.microsecond = 0
        self.day_of_year = self.weekday = self.week = None
        self.week_starts_monday = True
        self.iso_year = self.iso_week = None
        self.offset = self.zone_name = None
        for code, value in groups.items():
            getattr(self, '_read_' + code, self._read_ignored)(value, groups)

    def _read_ignored(self, value, groups):
        pass

    def _read_Y(self, value, groups):
        self.year = int(value)

    def _read_y(self, value, groups):
        self.year = int(value) + (2000 if int(value) <= 68 else 1900)

    def _read_G(self, value, groups):
        self.iso_year = int(value)

    def _read_m(self, value, groups):
        self.month = int(value)

    def _read_b(self, value, groups):
        self.month = [m.lower() for m in _MONTH_ABBR[1:]].index(value.lower()) + 1

    def _read_B(self, value, groups):
        self.month = [m.lower() for m in _MONTH_NAMES[1:]].index(value.lower()) + 1

    def _read_d(self, value, groups):
        self.day = int(value)

    def _read_H(self, value, groups):
        self.hour = int(value)

    def _read_I(self, value, groups):
        # 12 AM is midnight, 12 PM noon; without %p the hour is AM.
        hour = int(value) % 12
        if (groups.get('p') or '').lower() == 'pm':
            hour += 12
        self.hour = hour

    def _read_M(self, value, groups):
        self.minute = int(value)

    def _read_S(self, value, groups):
        self.second = int(value)

    def _read_f(self, value, groups):
        self.microsecond = int(value.ljust(6, '0'))

    def _read_a(self, value, groups):
        self.weekday = [d.lower() for d in _WEEKDAY_ABBR].index(value.lower())

    def _read_A(self, value, groups):
        self.weekday = [d.lower() for d in _WEEKDAY_NAMES].index(value.lower())

    def _read_w(self, value, groups):
        self.weekday = (int(value) + 6) % 7      # %w counts from Sunday = 0

    def _read_u(self, value, groups):
        self.weekday = int(value) - 1

    def _read_j(self, value, groups):
        self.day_of_year = int(value)

    def _read_U(self, value, groups):
        self.week = int(value)
        self.week_starts_monday = False

    def _read_W(self, value, groups):
        self.week = int(value)
        self.week_starts_monday = True

    def _read_V(self, value, groups):
        self.iso_week = int(value)

    def _read_Z(self, value, groups):
        self.zone_name = value

    def _read_z(self, value, groups):
        if value == 'Z':
            self.offset = 0
            return
        sign = -1 if value[0] == '-' else 1
        digits = value[1:]
        if digits[2:3] == ':':
            digits = digits[:2] + digits[3:]
            if len(digits) > 4 and digits[4] != ':':
                raise ValueError('Inconsistent use of : in %s' % value)
            digits = digits[:4] + digits[5:]
        seconds = int(digits[:2]) * 3600 + int(digits[2:4]) * 60 + int(digits[4:6] or 0)
        micro = int(digits[7:].ljust(6, '0')) if len(digits) > 7 else 0
        self.offset = sign * (seconds * _US_PER_SECOND + micro)

    def _check_iso_directives(self):
        # As Python 3.11 checks them: %G needs %V and a weekday, and no %j
        # (unless %Y or %y is there too); %V without %U or %W needs %G.
        weekday_codes = "('%A', '%a', '%w', or '%u')"
        if self.year is None and self.iso_year is not None:
            if self.iso_week is None or self.weekday is None:
                raise ValueError("ISO year directive '%G' must be used with the ISO week "
                                 "directive '%V' and a weekday directive " + weekday_codes + ".")
            if self.day_of_year is not None:
                raise ValueError("Day of the year directive '%j' is not compatible with ISO "
                                 "year directive '%G'. Use '%Y' instead.")
        elif self.week is None and self.iso_week is not None:
            if self.weekday is None:
                raise ValueError("ISO week directive '%V' must be used with the ISO year "
                                 "directive '%G' and a weekday directive " + weekday_codes + ".")
            raise ValueError("ISO week directive '%V' is incompatible with the year "
                             "directive '%Y'. Use the ISO year '%G' instead.")

    def _ordinal_from_weeks(self):
        """The day a week number and weekday name, or None if they do not."""
        if self.weekday is None:
            return None
        if self.week is None:
            # %U and %W win over the ISO week.
            if self.iso_year is None or self.iso_week is None:
                return None
            return _iso_year_start(self.iso_year) + (self.iso_week - 1) * 7 + self.weekday
        january1 = _ordinal_of(self.year, 1, 1)
        # Days counted from the week's first day (Monday for %W, Sunday for %U).
        shift = 0 if self.week_starts_monday else 1
        first = (_weekday_of_ordinal(january1) + shift) % 7
        day = (self.weekday + shift) % 7
        if self.week == 0:
            return january1 + day - first
        first_full_week = january1 + (7 - first) % 7
        return first_full_week + (self.week - 1) * 7 + day

    def fields(self):
        self._check_iso_directives()
        # Without a year, the year is 1900; but February 29th is worked
        # out in 1904 (a leap year) before the year goes back to 1900.
        february29 = self.year is None and (self.month, self.day) == (2, 29)
        if self.year is None:
            self.year = 1904 if february29 else 1900
        ordinal = None
        if self.day_of_year is not None:
            ordinal = _ordinal_of(self.year, 1, 1) + self.day_of_year - 1
        else:
            ordinal = self._ordinal_from_weeks()
        year, month, day = self.year, self.month, self.day
        if ordinal is not None:
            year, month, day = _date_of_ordinal(ordinal)
        if february29:
            year = 1900
        result = (year, month, day, self.hour, self.minute, self.second, self.microsecond)
        if self.offset is None:
            return result
        span = _delta(self.offset)
        return result + (timezone(span, self.zone_name) if self.zone_name else timezone(span),)
