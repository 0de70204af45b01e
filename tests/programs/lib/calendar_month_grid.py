# calendar: the padded month grid (itermonthdays3/4, itermonthdays2, dates)
# for every first weekday, at the ends of the calendar (year 1, year 9999,
# where the padding falls outside datetime's range), for a month that fills
# whole weeks; firstweekday kept as given and read modulo 7.
import calendar

for first in range(7):
    cal = calendar.Calendar(first)
    for year, month in ((1, 1), (9999, 12), (2021, 2), (2024, 2), (2023, 12)):
        days = list(cal.itermonthdays3(year, month))
        print(first, year, month, len(days), days[0], days[-1],
              [d for d in days if d[1] != month][:3])
    print(list(cal.itermonthdays4(1, 1))[:2], list(cal.itermonthdays2(2021, 2))[:2])

cal = calendar.Calendar()
print(list(cal.itermonthdates(2021, 2))[0], len(list(cal.itermonthdates(2021, 2))))
try:
    list(cal.itermonthdates(1, 1))
except ValueError as exc:
    print("ValueError", exc)

for value in (-1, 13, 0, 6):
    cal.setfirstweekday(value)
    print(value, cal.getfirstweekday(), cal.firstweekday, list(cal.iterweekdays())[:2])
cal.firstweekday = -8
print(cal.getfirstweekday(), cal.firstweekday)
print(calendar.TextCalendar(13).formatweekheader(3))
