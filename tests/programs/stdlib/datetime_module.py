from datetime import date, datetime, timedelta, time, timezone
d = date(2024, 3, 15)
print(d, repr(d), d.year, d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), d.strftime('%A %d %B %Y (%a %b) %j'), d.ctime())
print(d + timedelta(days=20), d - timedelta(weeks=10), date(2024, 12, 25) - d, (date(2025, 1, 1) - date(2024, 1, 1)).days, d.replace(day=1))
print(date(2023, 2, 28) + timedelta(1), date(2024, 2, 28) + timedelta(1), date.fromordinal(1), date.fromisoformat('2020-02-29'), d < date(2025, 1, 1), sorted([date(2024, 1, 5), date(2023, 12, 31)]))
td = timedelta(days=1, hours=2, minutes=30, seconds=15, microseconds=500)
print(td, repr(td), td.total_seconds(), td.days, td.seconds, td.microseconds, -td, abs(-td), td * 2, td / 2, td // 3, td / timedelta(hours=1), td % timedelta(hours=1))
print(timedelta(0), repr(timedelta(0)), timedelta(seconds=-1), timedelta(hours=36), timedelta(weeks=1, days=-1), timedelta(minutes=1.5), timedelta(days=0.1), timedelta(milliseconds=1))
print(timedelta(hours=1) == timedelta(minutes=60), timedelta(1) > timedelta(hours=23), bool(timedelta(0)), divmod(timedelta(hours=5), timedelta(hours=2)))
dt = datetime(2024, 3, 15, 14, 30, 45, 123456)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(sep=' ', timespec='seconds'), dt.date(), dt.time(), dt.strftime('%Y-%m-%d %H:%M:%S.%f %I:%M %p'))
print(dt + timedelta(hours=10), dt - datetime(2024, 1, 1), datetime(2024, 1, 1, 23, 59, 59) + timedelta(seconds=1), repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 5)))
print(datetime.strptime('2024-03-15 09:05:07', '%Y-%m-%d %H:%M:%S'), datetime.strptime('15/Mar/2024', '%d/%b/%Y'), datetime.strptime('3:04 PM', '%I:%M %p').time(), datetime.fromisoformat('2024-03-15T10:20:30'))
print(datetime.combine(d, time(8, 15)), time(9, 5), repr(time(9, 5, 3)), time(12, 0) < time(13, 0), time(1, 2, 3, 4).isoformat(), format(d, '%d.%m.%Y'), f'{dt:%H:%M}')
u = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
print(u, repr(u), u.isoformat(), u.utcoffset(), u.tzname(), u.timestamp(), datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=-5))).isoformat(), timezone(timedelta(hours=5, minutes=30)))
print(datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(86400), u - datetime(2024, 1, 1, 7, tzinfo=timezone(timedelta(hours=-5))))
for bad in [lambda: date(2023, 2, 29), lambda: date(2024, 13, 1), lambda: datetime(2024, 1, 1, 25), lambda: datetime.strptime('x', '%Y'), lambda: date(0, 1, 1), lambda: time(10, 60)]:
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)
try:
    datetime(2024, 1, 1) < date(2024, 1, 2)
except TypeError as e:
    print('TypeError:', e)
print(date(2024, 1, 1) == datetime(2024, 1, 1), {d: 1}[date(2024, 3, 15)], date.min, date.max, timedelta.max, datetime.min)
