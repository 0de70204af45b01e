from datetime import date, datetime, timedelta, time
d = date(2024, 2, 28)
print(d, d + timedelta(days=1), d + timedelta(days=2), d.weekday(), d.isoweekday(), d.isoformat(), d.replace(day=1), d.toordinal())
print(date(2024, 12, 31) - date(2024, 1, 1), (date(2025, 3, 1) - date(2024, 3, 1)).days, date.fromisoformat("2023-07-04").strftime("%A %d %B %Y"))
print(repr(d), repr(timedelta(days=1, seconds=5)), repr(timedelta(0)), repr(datetime(2020, 1, 2, 3, 4, 5, 6)), repr(time(1, 2)))
dt = datetime(2023, 12, 31, 23, 59, 30)
print(dt + timedelta(seconds=45), dt - timedelta(weeks=1), dt.strftime("%Y-%m-%d %H:%M:%S %j %a %b %p %I %y %%"), dt.date(), dt.time())
print(dt.isoformat(), dt.isoformat(sep=" "), datetime.fromisoformat("2021-05-06T07:08:09"), dt.timetuple().tm_yday, dt.replace(year=2000))
td = timedelta(days=2, hours=3, minutes=4, seconds=5.5)
print(td, td.total_seconds(), td.days, td.seconds, td.microseconds, -td, abs(-td), td * 2, td / 2, td // 3, td / timedelta(hours=1), td % timedelta(days=1))
print(timedelta(hours=-1), timedelta(microseconds=1), timedelta(days=1) == timedelta(hours=24), timedelta(seconds=90) > timedelta(minutes=1), str(timedelta(days=-1, seconds=1)))
print(datetime.strptime("03/15/2022 14:30", "%m/%d/%Y %H:%M"), datetime(2020, 1, 1) < datetime(2020, 1, 2), max(date(2020, 1, 1), date(2019, 5, 5)))
print(time(13, 5, 9).strftime("%H:%M %I%p"), time(23, 59, 59, 999999), time.fromisoformat("10:20:30"), date.min, date.max, timedelta.max)
print(date(2000, 1, 1).strftime("%U %W %w"), datetime(2024, 1, 1).isocalendar(), date(2024, 3, 10).isocalendar()[1], date.fromordinal(738000))
deadline = datetime(2024, 6, 1, 17, 0)
start = datetime(2024, 5, 20, 9, 30)
left = deadline - start
print(f"{left.days} days, {left.seconds // 3600} hours left; {left}")
for expr in ['date(2023, 2, 29)', 'date(2023, 13, 1)', 'datetime(2020, 1, 1, 25)', 'date(2020, 1, 1) + 1', 'timedelta(days=1e10)',
             'date.fromisoformat("2020-1-1")', 'datetime.strptime("2020", "%d")', 'date(2020, 1, 1) - datetime(2020, 1, 1)',
             'timedelta(1) / 0', 'date(0, 1, 1)', 'time(24)', 'datetime.strptime("x", "%Y")', 'timedelta(1) * 1.5', 'date("2020")']:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
