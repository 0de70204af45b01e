# calendar: grids, text and HTML layouts for every first weekday, errors
import calendar

def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)

for first in range(7):
    cal = calendar.TextCalendar(first)
    print(first, list(cal.iterweekdays()), cal.getfirstweekday())
    print(cal.formatmonth(2024, 2), end='')
    print(cal.formatmonth(2021, 2, 3, 2), end='')
    print(cal.monthdayscalendar(2023, 4))
    print(cal.monthdays2calendar(2026, 11)[0], cal.monthdatescalendar(2024, 12)[-1])
    print(list(cal.itermonthdays3(2024, 1))[:3], list(cal.itermonthdays4(2024, 12))[-2:])
    print(cal.formatweekheader(1), '|', cal.formatweekheader(3), '|', cal.formatweekheader(9), '|', cal.formatweekheader(12))
print(calendar.TextCalendar().formatyear(2024, 3, 1, 4, 4))
print(calendar.TextCalendar(6).formatyear(1999, 2, 2, 2, 5))
print(calendar.TextCalendar().formatyear(2025, m=2, c=1))
print(calendar.TextCalendar().formatmonthname(2024, 5, 20), '|', calendar.TextCalendar().formatmonthname(2024, 5, 20, False), '|')
print(calendar.TextCalendar().formatweek([(0, 0), (1, 1), (22, 2)], 4), '|', calendar.TextCalendar().formatday(5, 0, 5), '|')
cal = calendar.Calendar(3)
print(cal.yeardayscalendar(2024, 4)[0][0], len(cal.yeardays2calendar(2024)), len(cal.yeardatescalendar(2024, 5)), cal.yeardatescalendar(2024, 5)[2][1][0])
cal.firstweekday = 9
print(cal.firstweekday, list(cal.iterweekdays()), list(cal.itermonthdays(2024, 6)))
print(list(calendar.Calendar().itermonthdates(2024, 3))[0], list(calendar.Calendar().itermonthdays2(2024, 2))[:9])
print(calendar.month(2024, 2), calendar.month(2023, 10, w=3, l=1))
print(calendar.calendar(2024))
calendar.prmonth(2021, 1)
calendar.prcal(2000, 1, 1, 3, 6)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.month(2024, 9), calendar.monthcalendar(2024, 9), calendar.weekheader(2))
calendar.prweek([(1, 6), (2, 0)], 3)
print()
calendar.setfirstweekday(0)
for y in [1, 4, 100, 400, 1900, 2000, 2023, 2024, 9999, 0, -4, 10000, 12000]:
    print(y, calendar.isleap(y), calendar.leapdays(1, y), calendar.leapdays(y, 2024), calendar.weekday(y, 3, 1), calendar.monthrange(y, 2))
print(calendar.weekday(2024, 7, 4), calendar.monthrange(2024, 12), calendar.mdays, calendar.January, calendar.February, calendar.EPOCH)
print(calendar.day_name[0], list(calendar.day_abbr), calendar.month_name[12], calendar.month_abbr[1:4], len(calendar.month_name), calendar.month_name[0] == '')
print(calendar.MONDAY, calendar.SUNDAY, calendar.error is ValueError)
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59, 0, 0, 0)), calendar.timegm((2000, 2, 30, 25, 61, 61)))
print(calendar.formatstring(['a', 'bb', 'ccc'], 5, 2) + '|', calendar.formatstring(['x']))
calendar.format(['one', 'two'], 6, 1)
show('month 13', lambda: calendar.monthrange(2024, 13))
show('month 0', lambda: calendar.month(2024, 0))
show('weekday', lambda: calendar.setfirstweekday(7))
show('weekday neg', lambda: calendar.setfirstweekday(-1))
show('bad day', lambda: calendar.weekday(2024, 2, 30))
e = calendar.IllegalMonthError(14)
print(isinstance(e, ValueError), e.month, str(e), calendar.IllegalWeekdayError(9))
html = calendar.HTMLCalendar()
print(html.formatmonth(2024, 2))
print(html.formatmonth(2024, 3, withyear=False))
print(html.formatyear(2023, 4))
print(html.formatyear(2023, 5)[-200:])
print(html.formatday(0, 3), html.formatday(5, 6), html.formatweekday(2), html.formatweekheader(), html.formatmonthname(2024, 1))
class Styled(calendar.HTMLCalendar):
    cssclasses = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
    cssclass_noday = 'none'
    cssclass_month = 'm'
print(Styled(6).formatmonth(2024, 6))
page = html.formatyearpage(2024, 6, css=None)
print(type(page).__name__, page[:400].decode(), page[-60:])
print(html.formatyearpage(2024, encoding='ascii')[:300])
