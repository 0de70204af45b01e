"""Calendars, as CPython's calendar module (with the English names of the
C locale): leap years, weekdays, month grids (Calendar), the plain-text
calendars of the Unix cal program (TextCalendar, month(), calendar()),
HTML calendars (HTMLCalendar) and timegm().

Every grid is a month padded to whole weeks: the days of the weeks it
starts and ends in that belong to the neighbouring months are 0 in the
"days" views, and real dates in the "dates" views.
"""

import datetime

__all__ = ["IllegalMonthError", "IllegalWeekdayError", "setfirstweekday",
           "firstweekday", "isleap", "leapdays", "weekday", "monthrange",
           "monthcalendar", "prmonth", "month", "prcal", "calendar",
           "timegm", "month_name", "month_abbr", "day_name", "day_abbr",
           "Calendar", "TextCalendar", "HTMLCalendar", "weekheader",
           "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
           "SATURDAY", "SUNDAY", "error"]

error = ValueError


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return "bad month number %r; must be 1-12" % (self.month,)


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return "bad weekday number %r; must be 0 (Monday) to 6 (Sunday)" % (self.weekday,)


MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)
January = 1
February = 2

# Days per month in a common year (index 0 unused).
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

day_name = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
day_abbr = [name[:3] for name in day_name]
month_name = ["", "January", "February", "March", "April", "May", "June", "July",
              "August", "September", "October", "November", "December"]
month_abbr = [name[:3] for name in month_name]


def isleap(year):
    """True for a leap year of the Gregorian calendar."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    """How many leap years there are from y1 up to, not including, y2."""
    def leap_years_before(year):
        past = year - 1
        return past // 4 - past // 100 + past // 400
    return leap_years_before(y2) - leap_years_before(y1)


def weekday(year, month, day):
    """0 for Monday to 6 for Sunday.  Years outside datetime's range are
    moved by whole 400-year cycles, which repeat the weekdays exactly."""
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        year = 2000 + year % 400
    return datetime.date(year, month, day).weekday()


def _month_length(year, month):
    return 29 if month == 2 and isleap(year) else mdays[month]


def monthrange(year, month):
    """(weekday of the 1st, number of days) of a month."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _month_length(year, month)


def _previous_month(year, month):
    return (year, month - 1) if month > 1 else (year - 1, 12)


def _next_month(year, month):
    return (year, month + 1) if month < 12 else (year + 1, 1)


def _in_weeks(items):
    """A flat list cut into rows of seven."""
    return [items[start:start + 7] for start in range(0, len(items), 7)]


def _in_rows(items, width):
    return [items[start:start + width] for start in range(0, len(items), width)]


class Calendar:
    """Month and year grids whose weeks start on firstweekday (0 is
    Monday, 6 Sunday)."""

    def __init__(self, firstweekday=0):
        self._week_start = firstweekday

    @property
    def firstweekday(self):
        # any int is accepted and kept as given; it is read modulo 7
        return self._week_start % 7

    @firstweekday.setter
    def firstweekday(self, firstweekday):
        self._week_start = firstweekday

    # the documented accessors, from before properties

    def getfirstweekday(self):
        return self.firstweekday

    def setfirstweekday(self, firstweekday):
        self.firstweekday = firstweekday

    def iterweekdays(self):
        """The weekday numbers of one week, in display order."""
        first = self.firstweekday
        for offset in range(7):
            yield (first + offset) % 7

    def _padding(self, year, month):
        """(days shown before the 1st, days in the month, days shown after
        the last) to fill whole weeks."""
        first_weekday, length = monthrange(year, month)
        before = (first_weekday - self.firstweekday) % 7
        after = (-(before + length)) % 7
        return before, length, after

    def itermonthdays3(self, year, month):
        """(year, month, day) of every day of the padded month."""
        before, length, after = self._padding(year, month)
        last_year, last_month = _previous_month(year, month)
        last_length = _month_length(last_year, last_month)
        # (year, month, first day, last day) of the three parts of the grid
        parts = ((last_year, last_month, last_length - before + 1, last_length),
                 (year, month, 1, length),
                 (*_next_month(year, month), 1, after))
        for part_year, part_month, first, last in parts:
            for day in range(first, last + 1):
                yield part_year, part_month, day

    def itermonthdays4(self, year, month):
        """(year, month, day, weekday) of every day of the padded month."""
        for position, (y, m, d) in enumerate(self.itermonthdays3(year, month)):
            yield y, m, d, (self.firstweekday + position) % 7

    def itermonthdates(self, year, month):
        """datetime.date of every day of the padded month."""
        for y, m, d in self.itermonthdays3(year, month):
            yield datetime.date(y, m, d)

    def itermonthdays(self, year, month):
        """Day numbers of the padded month, 0 for the padding."""
        before, length, after = self._padding(year, month)
        yield from [0] * before
        yield from range(1, length + 1)
        yield from [0] * after

    def itermonthdays2(self, year, month):
        """(day number or 0, weekday) of the padded month."""
        first = self.firstweekday
        for position, day in enumerate(self.itermonthdays(year, month)):
            yield day, (first + position) % 7

    def monthdatescalendar(self, year, month):
        return _in_weeks(list(self.itermonthdates(year, month)))

    def monthdays2calendar(self, year, month):
        return _in_weeks(list(self.itermonthdays2(year, month)))

    def monthdayscalendar(self, year, month):
        return _in_weeks(list(self.itermonthdays(year, month)))

    def yeardatescalendar(self, year, width=3):
        """The year's months (as monthdatescalendar) in rows of width."""
        return _in_rows([self.monthdatescalendar(year, m) for m in range(1, 13)], width)

    def yeardays2calendar(self, year, width=3):
        return _in_rows([self.monthdays2calendar(year, m) for m in range(1, 13)], width)

    def yeardayscalendar(self, year, width=3):
        return _in_rows([self.monthdayscalendar(year, m) for m in range(1, 13)], width)


class TextCalendar(Calendar):
    """Calendars as plain text, laid out as the Unix cal program does.
    w is the width of a day's column, l the lines per week, c the spaces
    between months and m the months per row of a year."""

    def formatday(self, day, weekday, width):
        return ('%2i' % day if day else '').center(width)

    def formatweek(self, theweek, width):
        return ' '.join(self.formatday(day, wd, width) for day, wd in theweek)

    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end='')

    def formatweekday(self, day, width):
        # Full names where they fit, else abbreviations, cut to the width.
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        return ' '.join(self.formatweekday(day, width) for day in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        title = month_name[themonth]
        if withyear:
            title += ' ' + repr(theyear)
        return title.center(width)

    def formatmonth(self, theyear, themonth, w=0, l=0):
        """A month: its title, the weekday names and the weeks, each line
        followed by l newlines."""
        w = max(2, w)
        newlines = '\n' * max(1, l)
        lines = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1),
                 self.formatweekheader(w)]
        lines.extend(self.formatweek(week, w) for week in self.monthdays2calendar(theyear, themonth))
        return ''.join(line.rstrip() + newlines for line in lines)

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end='')

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end='')

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        """A year: its number, then rows of m months side by side."""
        w = max(2, w)
        newlines = '\n' * max(1, l)
        gap = max(2, c)
        column = 7 * (w + 1) - 1
        header = self.formatweekheader(w)
        out = [repr(theyear).center(column * m + gap * (m - 1)).rstrip(), newlines]
        for row_number, row in enumerate(self.yeardays2calendar(theyear, m)):
            first_month = row_number * m + 1
            months = range(first_month, first_month + len(row))
            out.append(newlines)
            titles = [self.formatmonthname(theyear, k, column, False) for k in months]
            for cells in (titles, [header] * len(row)):
                out += [formatstring(cells, column, gap).rstrip(), newlines]
            for week_number in range(max(len(weeks) for weeks in row)):
                cells = [self.formatweek(weeks[week_number], w) if week_number < len(weeks) else ''
                         for weeks in row]
                out += [formatstring(cells, column, gap).rstrip(), newlines]
        return ''.join(out)



class HTMLCalendar(Calendar):
    """Calendars as HTML tables; the class names are class attributes, so
    that a subclass can restyle them."""

    cssclasses = [name.lower() for name in day_abbr]     # "mon" ... "sun"
    cssclasses_weekday_head = cssclasses
    cssclass_noday = "noday"
    cssclass_month_head = "month"
    cssclass_month = "month"
    cssclass_year_head = "year"
    cssclass_year = "year"

    def formatday(self, day, weekday):
        # A padding day (0) is an empty cell.
        if day:
            return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)
        return '<td class="%s">&nbsp;</td>' % self.cssclass_noday

    def formatweek(self, theweek):
        return '<tr>%s</tr>' % ''.join(self.formatday(day, wd) for day, wd in theweek)

    def formatweekday(self, day):
        return '<th class="%s">%s</th>' % (self.cssclasses_weekday_head[day], day_abbr[day])

    def formatweekheader(self):
        return '<tr>%s</tr>' % ''.join(self.formatweekday(day) for day in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, withyear=True):
        title = month_name[themonth]
        if withyear:
            title = '%s %s' % (title, theyear)
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (self.cssclass_month_head, title)

    def formatmonth(self, theyear, themonth, withyear=True):
        rows = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">'
                % self.cssclass_month,
                self.formatmonthname(theyear, themonth, withyear=withyear),
                self.formatweekheader()]
        rows += [self.formatweek(week) for week in self.monthdays2calendar(theyear, themonth)]
        rows.append('</table>')
        return '\n'.join(rows) + '\n'

    def formatyear(self, theyear, width=3):
        width = max(width, 1)
        parts = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">'
                 % self.cssclass_year, '\n',
                 '<tr><th colspan="%d" class="%s">%s</th></tr>'
                 % (width, self.cssclass_year_head, theyear)]
        for first in range(1, 13, width):
            parts.append('<tr>')
            for month_number in range(first, min(first + width, 13)):
                parts += ['<td>', self.formatmonth(theyear, month_number, withyear=False),
                          '</td>']
            parts.append('</tr>')
        parts.append('</table>')
        return ''.join(parts)

    def formatyearpage(self, theyear, width=3, css='calendar.css', encoding=None):
        """A whole XHTML page with the year's calendar, as bytes."""
        if encoding is None:
            import sys
            encoding = sys.getdefaultencoding()
        head = ['<?xml version="1.0" encoding="%s"?>\n' % encoding,
                '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n',
                '<html>\n', '<head>\n',
                '<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n'
                % encoding]
        if css is not None:
            head.append('<link rel="stylesheet" type="text/css" href="%s" />\n' % css)
        head += ['<title>Calendar for %d</title>\n' % theyear, '</head>\n', '<body>\n',
                 self.formatyear(theyear, width), '</body>\n', '</html>\n']
        return ''.join(head).encode(encoding, 'xmlcharrefreplace')


# The module's functions are the methods of one shared TextCalendar.
c = TextCalendar()
for _function, _method in [('firstweekday', 'getfirstweekday'),
                           ('monthcalendar', 'monthdayscalendar'),
                           ('week', 'formatweek'), ('prweek', 'prweek'),
                           ('weekheader', 'formatweekheader'),
                           ('month', 'formatmonth'), ('prmonth', 'prmonth'),
                           ('calendar', 'formatyear'), ('prcal', 'pryear')]:
    globals()[_function] = getattr(c, _method)
del _function, _method


def setfirstweekday(firstweekday):
    """Set the first day of the week of the module's calendars."""
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday

_colwidth = 7 * 3 - 1     # a month's width with two-character days
_spacing = 6


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    """The strings of cols centred in columns of colwidth, spacing apart."""
    return (' ' * spacing).join(text.center(colwidth) for text in cols)


def format(cols, colwidth=_colwidth, spacing=_spacing):
    """Print formatstring(cols, colwidth, spacing)."""
    print(formatstring(cols, colwidth, spacing))


EPOCH = 1970
_EPOCH_ORDINAL = datetime.date(EPOCH, 1, 1).toordinal()


def timegm(tuple):
    """Seconds since the epoch of a UTC time tuple (the inverse of
    time.gmtime)."""
    year, month, day, hour, minute, second = tuple[:6]
    days = datetime.date(year, month, 1).toordinal() - _EPOCH_ORDINAL + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second
