# datetime: date/time/datetime/timedelta arithmetic, formatting, parsing, comparisons, replace, fixed-offset timezones
from datetime import date, time, datetime, timedelta, timezone, MINYEAR, MAXYEAR
import datetime as dt

d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=1), d + timedelta(days=2), d - date(2023, 1, 1))
print(d.weekday(), d.isoweekday(), d.isocalendar(), tuple(d.isocalendar()), d.toordinal())
print(date.fromordinal(738000), date.fromisoformat("2021-12-31"), date(2021, 1, 4).isocalendar().week)
print(d.replace(day=1), d.replace(year=2023, month=3), d.timetuple()[:9])
print(d.strftime("%A %a %B %b %d %m %y %Y %j %U %W %%"), d.ctime())
print(format(d, "%d/%m/%Y"), f"{d:%Y}", format(d, ""), d.isoformat())
print(date.min, date.max, date.resolution, MINYEAR, MAXYEAR)
print(date(2020, 1, 1) < date(2020, 1, 2), date(2020, 1, 1) == date(2020, 1, 1), hash(date(2020,1,1)) == hash(date(2020,1,1)))
print(date.fromisocalendar(2020, 53, 7), date(2000, 1, 1) == datetime(2000, 1, 1))
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError", e)
try:
    date(2023, 13, 1)
except ValueError as e:
    print("ValueError", e)
try:
    date(2023, 1, 1) < datetime(2023, 1, 1)
except TypeError as e:
    print("TypeError", e)
try:
    date.fromisoformat("2021-1-1")
except ValueError as e:
    print("ValueError", e)

t = time(13, 5, 9, 1500)
print(t, repr(t), t.isoformat(), t.isoformat("minutes"), t.isoformat(timespec="milliseconds"))
print(time(1, 2), repr(time(1, 2)), time(), repr(time(0, 0, 0, 5)), t.strftime("%H:%M:%S.%f %I %p"))
print(time.fromisoformat("10:20:30.123"), time.fromisoformat("10:20"), time(5).replace(minute=7))
print(time(1) < time(2), bool(time(0)), time(12, tzinfo=timezone.utc), repr(time(12, tzinfo=timezone.utc)))

td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(td, repr(td), td.total_seconds(), td.days, td.seconds, td.microseconds)
print(timedelta(hours=-1), repr(timedelta(hours=-1)), -td, abs(-td), td * 2, td / 2, td // 3, td % timedelta(hours=5))
print(timedelta(weeks=1, milliseconds=1), timedelta(0), repr(timedelta(0)), timedelta(days=-1, seconds=1))
print(td / timedelta(hours=1), td // timedelta(hours=1), divmod(td, timedelta(hours=7)))
print(timedelta(seconds=1.5), timedelta(days=0.5), timedelta(microseconds=0.5), timedelta(microseconds=1.5), timedelta(microseconds=2.5))
print(timedelta.max, timedelta.min, timedelta.resolution, timedelta(days=10) * 1.5, timedelta(days=10) / 3)
print(timedelta(1) > timedelta(0), timedelta(hours=24) == timedelta(days=1), bool(timedelta()), repr(timedelta(seconds=59, microseconds=1)))
print(sum([timedelta(minutes=30)] * 5, timedelta()))
try:
    timedelta(days=1000000000)
except OverflowError as e:
    print("OverflowError", e)

x = datetime(2024, 3, 10, 14, 30, 15, 250000)
print(x, repr(x), x.isoformat(), x.isoformat(" "), x.isoformat(timespec="seconds"), x.date(), x.time())
print(x + timedelta(hours=12), x - timedelta(days=70), x - datetime(2024, 1, 1), x.timetuple().tm_yday)
print(x.strftime("%Y-%m-%d %H:%M:%S.%f %a %b %j %I%p %c"), x.ctime(), f"{x:%x %X}")
print(datetime.strptime("2023-07-04 09:08:07", "%Y-%m-%d %H:%M:%S"))
print(datetime.strptime("04/Jul/2023:13:55:36", "%d/%b/%Y:%H:%M:%S"))
print(datetime.strptime("Tuesday 5 March 24 3PM", "%A %d %B %y %I%p"))
print(datetime.strptime("2023-07-04T09:08:07.5+0200", "%Y-%m-%dT%H:%M:%S.%f%z"))
print(repr(datetime.strptime("12:30", "%H:%M")), datetime.strptime("2023 100", "%Y %j"))
try:
    datetime.strptime("2023-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError", e)
try:
    datetime.strptime("2023-01-01 extra", "%Y-%m-%d")
except ValueError as e:
    print("ValueError", e)
print(datetime.fromisoformat("2011-11-04T00:05:23"), datetime.fromisoformat("2011-11-04 00:05:23.283+00:00"))
print(repr(datetime.fromisoformat("2011-11-04T00:05:23+04:00")), datetime.fromisoformat("2011-11-04"))
print(datetime.fromisoformat("20111104T000523Z"), datetime.fromisoformat("2011-W01-2T00:05:23.283"))
print(x.replace(hour=0, minute=0, second=0, microsecond=0), x.replace(tzinfo=timezone.utc))
print(datetime.combine(date(2020, 5, 17), time(8, 30)), datetime(2020, 1, 1) < datetime(2020, 1, 1, 0, 0, 1))
print(x.weekday(), x.isoweekday(), x.isocalendar(), x.toordinal(), datetime.fromordinal(5))
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(1700000000.5, tz=timezone.utc))
print(datetime(2000, 1, 1, tzinfo=timezone.utc).timestamp(), datetime(1970, 1, 2, tzinfo=timezone.utc).timestamp())
print(datetime.min, datetime.max, datetime(2020, 2, 29) + timedelta(days=365))

utc = timezone.utc
est = timezone(timedelta(hours=-5), "EST")
ist = timezone(timedelta(hours=5, minutes=30))
print(utc, repr(utc), est, repr(est), ist, repr(ist), timezone(timedelta(0)), repr(timezone(timedelta(0))))
print(timezone(timedelta(hours=-3, minutes=-30)), timezone(timedelta(seconds=61)), ist.utcoffset(None), est.tzname(None), ist.dst(None))
a = datetime(2024, 1, 1, 12, 0, tzinfo=utc)
b = a.astimezone(est)
c = a.astimezone(ist)
print(a, b, c, repr(b), b.tzname(), c.utcoffset(), b.dst())
print(a == b, a - b, b - c, a.isoformat(), c.isoformat(timespec="minutes"), b.strftime("%H:%M %z %Z"), c.strftime("%z|%Z"))
print(sorted([c, a, b]) == [a, b, c], hash(a) == hash(b), a.utctimetuple()[:6], b.timetz(), b.time())
naive = datetime(2024, 1, 1)
try:
    naive < a
except TypeError as e:
    print("TypeError", e)
try:
    naive - a
except TypeError as e:
    print("TypeError", e)
print(naive == a, a.replace(tzinfo=None) == naive.replace(hour=12))
try:
    timezone(timedelta(hours=25))
except ValueError as e:
    print("ValueError", e)
print(datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=1))) == datetime(2024, 1, 1, 1, tzinfo=timezone(timedelta(hours=2))))
print(datetime.fromisoformat("2024-06-01T10:00:00-07:00").astimezone(utc))
print(timezone.min, timezone.max, ist == timezone(timedelta(minutes=330)), {est: 1}[timezone(timedelta(hours=-5), "EST")])

class MyTZ(dt.tzinfo):
    def utcoffset(self, d):
        return timedelta(hours=2)
    def tzname(self, d):
        return "MY"
    def dst(self, d):
        return timedelta(0)
m = datetime(2024, 5, 5, 5, tzinfo=MyTZ())
print(m, m.tzname(), m.astimezone(utc), m.strftime("%Z %z"), m.isoformat())
days = [date(2024, 1, 1) + timedelta(days=i) for i in range(0, 40, 7)]
print([d.strftime("%b %d") for d in days])
print(max(days), min(days), sorted(days, reverse=True)[0])
