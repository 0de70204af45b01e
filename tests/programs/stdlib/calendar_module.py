# calendar: month/calendar text layouts, first weekday, monthrange, monthcalendar, names, timegm
import calendar
print(calendar.month(2024, 2))
print(calendar.month(2023, 10, w=3, l=1))
print(calendar.calendar(2024))
print(calendar.isleap(2024), calendar.isleap(1900), calendar.leapdays(2000, 2024), calendar.weekday(2024, 7, 4), calendar.monthrange(2024, 2))
print(calendar.monthcalendar(2024, 3), calendar.day_name[0], list(calendar.day_abbr), calendar.month_name[12], calendar.month_abbr[1:4])
calendar.prmonth(2021, 1)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.month(2024, 9))
tc = calendar.TextCalendar(firstweekday=6); print(tc.formatmonth(2024, 1))
print(list(calendar.Calendar().itermonthdays2(2024, 2))[:9], calendar.timegm((2024, 1, 1, 0, 0, 0)))
try: calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e: print(e)
