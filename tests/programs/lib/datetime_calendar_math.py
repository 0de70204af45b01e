# datetime: calendar arithmetic, ISO weeks, timedelta rounding, text forms
from datetime import date, datetime, time, timedelta, timezone, tzinfo, MINYEAR, MAXYEAR, UTC

def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)

def show_type(label, thunk):
    # For an operator's TypeError, only its type: CPython names C types
    # with their module ('datetime.date') where pyrun gives a class's name.
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__)

# ordinals round-trip over leap years, century years and cycle ends
for y, m, d in [(1, 1, 1), (1, 12, 31), (4, 2, 29), (100, 3, 1), (400, 12, 31), (401, 1, 1),
                (1600, 2, 29), (1900, 2, 28), (1900, 3, 1), (2000, 2, 29), (2000, 12, 31),
                (2023, 12, 31), (2024, 2, 29), (2024, 12, 31), (9999, 12, 31)]:
    o = date(y, m, d).toordinal()
    print(y, m, d, o, date.fromordinal(o), date(y, m, d).weekday(), date(y, m, d).isocalendar())
total = 0
for o in range(1, 800000, 997):
    dd = date.fromordinal(o)
    total += dd.year * 10000 + dd.month * 100 + dd.day
    assert dd.toordinal() == o
print(total)
for y in [2004, 2009, 2015, 2020, 2021, 2026, 1, 9998]:
    print(y, [date(y, 12, d).isocalendar()[1:] for d in (28, 29, 30, 31)], date(y, 1, 1).isocalendar(),
          date.fromisocalendar(y, 1, 1), date.fromisocalendar(y, 52, 7))
print(date.fromisocalendar(2020, 53, 5), date.fromisocalendar(2015, 53, 1), date(2024, 3, 15).isocalendar().week)
ic = date(2021, 1, 3).isocalendar()
print(ic, ic.year, ic.week, ic.weekday, tuple(ic), ic == (2020, 53, 7), ic[0])

# timedelta construction, normalization and rounding
for args, kw in [((), {}), ((1, 2, 3), {}), ((-1,), {}), ((0, -1), {}), ((0, 0, -1), {}),
                 ((), {'hours': 25.5}), ((), {'days': 1.5, 'seconds': 0.5}), ((), {'microseconds': 0.5}),
                 ((), {'microseconds': 1.5}), ((), {'microseconds': 2.5}), ((), {'microseconds': -0.5}),
                 ((), {'milliseconds': 0.0005}), ((), {'weeks': 1.2345678}), ((), {'seconds': 1e-7}),
                 ((), {'days': -0.000001}), ((), {'minutes': -1.25, 'seconds': 30}),
                 ((), {'seconds': 86399.9999995}), ((1,), {'seconds': -0.5, 'microseconds': 0.5})]:
    td = timedelta(*args, **kw)
    print(args, kw, repr(td), str(td), td.total_seconds())
td = timedelta(days=3, hours=4, minutes=5, seconds=6, microseconds=7)
for k in [2, -3, 0.5, 1.1, -0.3, 1 / 3]:
    print(k, td * k, k * td)
for k in [2, 3, 7, -4, 0.7, 3.5]:
    print(k, td / k, td // k if isinstance(k, int) else '')
print(td / timedelta(hours=1), td // timedelta(hours=1), td % timedelta(hours=5), divmod(td, timedelta(hours=7)),
      divmod(-td, timedelta(hours=7)), -td // timedelta(hours=1), timedelta(microseconds=5) / 2, timedelta(microseconds=7) / 2)
print(abs(timedelta(-1, 5)), +td, -timedelta(0), timedelta.max, timedelta.min, timedelta.resolution, repr(timedelta.min))
print(timedelta(1) == timedelta(hours=24), timedelta(1) != 1, timedelta(1) == 1, sorted([timedelta(2), timedelta(-1), timedelta(0, 5)]))
print(hash(timedelta(1)) == hash(timedelta(hours=24)), bool(timedelta(microseconds=1)), timedelta(2, 3, 4).days, timedelta(2, 3, 4).seconds)
class Span(timedelta):
    pass
print(repr(Span(1)), type(Span(1) + Span(1)).__name__, repr(Span(hours=5) * 2), str(Span(days=2)))
show('overflow', lambda: timedelta(days=1000000000))
show('overflow add', lambda: timedelta.max + timedelta(microseconds=1))
show('bad type', lambda: timedelta(seconds='1'))
show('div zero', lambda: timedelta(1) / 0)
show('floordiv zero', lambda: timedelta(1) // 0)
show('div td zero', lambda: timedelta(1) / timedelta(0))
show('mod zero', lambda: timedelta(1) % timedelta(0))
show('divmod zero', lambda: divmod(timedelta(1), timedelta(0)))
show('div float zero', lambda: timedelta(1) / 0.0)
show_type('mul str', lambda: timedelta(1) * 'a')
show_type('add int', lambda: timedelta(1) + 1)
show_type('lt int', lambda: timedelta(1) < 1)
show('mul nan', lambda: timedelta(1) * float('nan'))

# dates
d = date(2024, 2, 29)
print(d + timedelta(days=365), d - timedelta(days=366), d + timedelta(hours=47), d - timedelta(hours=1), d - date(2000, 1, 1))
print(d.replace(year=2028), d.replace(month=3, day=31), d.timetuple(), d.timetuple().tm_yday, d.ctime(), d.isoformat(), str(d))
print(format(d, ''), format(d, '%Y/%m/%d %a %%f=%f %z|%Z|'), d.strftime('%j %U %W %w %y %b %B %A %%'), f'{d:%d %b}')
print(date.fromisoformat('2024-01-31'), date.fromisoformat('20240131'), date.fromisoformat('2024-W05'), date.fromisoformat('2024-W05-3'),
      date.fromisoformat('2024W053'), date.fromisoformat('2024W05'))
for bad in ['2024-1-31', '2024-01-31T', '24-01-01', '2024/01/31', '2024-01-3x', '', '2024-W5', '2024-W05-8', '2024-W60-1', '2024-02-30', '2024-13-01', '２０２４-01-01']:
    show('fromisoformat %r' % bad, lambda: date.fromisoformat(bad))
show('fromisoformat int', lambda: date.fromisoformat(20240101))
show('fromordinal 0', lambda: date.fromordinal(0))
show('fromordinal big', lambda: date.fromordinal(3652060))
show('fromisocalendar 54', lambda: date.fromisocalendar(2020, 54, 1))
show('fromisocalendar 53', lambda: date.fromisocalendar(2021, 53, 1))
show('fromisocalendar day', lambda: date.fromisocalendar(2020, 5, 0))
show('fromisocalendar year', lambda: date.fromisocalendar(10000, 5, 1))
show('date float', lambda: date(2024.0, 1, 1))
show('date str', lambda: date('2024', 1, 1))
show('date 0', lambda: date(0, 1, 1))
show('date day', lambda: date(2023, 2, 29))
show('date max', lambda: date.max + timedelta(1))
show('date min', lambda: date.min - timedelta(1))
show_type('date lt int', lambda: date(2024, 1, 1) < 5)
show('date eq', lambda: date(2024, 1, 1) == datetime(2024, 1, 1))
show('date lt datetime', lambda: date(2024, 1, 1) < datetime(2024, 1, 1))
show_type('date minus datetime', lambda: date(2024, 1, 1) - datetime(2024, 1, 1))
show('strftime int', lambda: d.strftime(5))
show('format int', lambda: format(d, 5))
class Day(date):
    def label(self):
        return 'day %d' % self.day
dd = Day(2024, 1, 31) + timedelta(1)
print(type(dd).__name__, repr(dd), dd.label(), repr(Day.fromordinal(5)), type(Day.fromisoformat('2024-05-05')).__name__, repr(Day(2020, 1, 1).replace(day=2)))
print(date.min, date.max, date.resolution, MINYEAR, MAXYEAR, date(2024, 1, 1) in {date(2024, 1, 1)}, hash(date(2024, 1, 1)) == hash(date(2024, 1, 1)))
import copy
print(copy.copy(date(2024, 5, 6)), copy.deepcopy([datetime(2024, 5, 6, 1, tzinfo=UTC), time(1, 2, 3, 4), timedelta(5, 6)]), date(5, 1, 1).isoformat(), date(5, 1, 1).ctime())

# times
for t in [time(), time(1), time(1, 2), time(1, 2, 3), time(1, 2, 3, 4), time(0, 0, 0, 5), time(23, 59, 59, 999999, UTC),
          time(12, 30, tzinfo=timezone(timedelta(hours=-3, minutes=-30))), time(5, fold=1), time(1, 2, tzinfo=timezone(timedelta(seconds=5), 'Odd'))]:
    print(repr(t), str(t), t.isoformat('hours'), t.isoformat('minutes'), t.isoformat('milliseconds'), t.isoformat('microseconds'),
          t.utcoffset(), t.tzname(), t.dst(), t.strftime('%H.%M.%S.%f %p %z %Z'), bool(t))
print(time(1, 2).replace(hour=5), time(1, 2, tzinfo=UTC).replace(tzinfo=None), repr(time(1, 2).replace(fold=1)), time.min, time.max, time.resolution)
print(time(10) < time(11), time(10, tzinfo=UTC) == time(11, tzinfo=timezone(timedelta(hours=1))), time(10) == time(10, tzinfo=UTC),
      time(10, tzinfo=UTC) > time(10, 30, tzinfo=timezone(timedelta(hours=1))), sorted([time(3), time(1), time(2)]))
for text in ['10', '1020', '10:20', '10:20:30', '102030', '10:20:30.5', '10:20:30.123', '10:20:30.123456', '10:20:30.1234567', '10:20:30,5',
             'T10:20', '10:20Z', '10:20+05:30', '10:20:30-0130', '10:20+05', '10:20:30.5+05:30:15', '10:20:30+05:30:15.5']:
    show('time.fromisoformat %r' % text, lambda: time.fromisoformat(text))
for text in ['10:2', '1:20', '10:20:', '10::20', '10:20:30.', '10.5', '25:00', '10:20Z5', '10:20+5', 'x', '']:
    show('time.fromisoformat %r' % text, lambda: time.fromisoformat(text))
show('time naive<aware', lambda: time(1) < time(1, tzinfo=UTC))
show_type('time < int', lambda: time(1) < 5)
show('time fold', lambda: time(1, fold=2))
show('time tzinfo', lambda: time(1, tzinfo=5))
show('time second', lambda: time(1, 2, 60))
show('time us', lambda: time(1, 2, 3, 1000000))
show('timespec', lambda: time(1).isoformat('days'))

# datetimes
dt = datetime(2024, 12, 31, 23, 59, 59, 999999)
print(dt + timedelta(microseconds=1), dt - timedelta(days=366), dt - datetime(2000, 1, 1), datetime(2000, 1, 1) - dt, dt.date(), dt.time(), dt.timetz())
print(repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 0, 0, 1)), repr(datetime(2024, 1, 1, 0, 0, 0, 1)), repr(datetime(2024, 1, 1, fold=1)))
print(dt.isoformat(), dt.isoformat(' '), dt.isoformat('x', 'minutes'), dt.isoformat(timespec='milliseconds'), str(datetime(2024, 1, 1, 5)))
print(dt.timetuple(), dt.utctimetuple(), dt.ctime(), dt.strftime('%c|%x|%X|%f|%I %p|%H'), f'{dt:%Y-%m-%d}', f'{dt}')
print(datetime.combine(date(2024, 1, 2), time(3, 4, tzinfo=UTC)), datetime.combine(date(2024, 1, 2), time(3, 4), UTC).tzinfo,
      repr(datetime.combine(datetime(2024, 1, 2, 9), time(3))))
print(dt.replace(year=2020, microsecond=0), dt.replace(tzinfo=UTC), dt.replace(tzinfo=UTC).replace(tzinfo=None) == dt)
print(datetime.fromisoformat('2024-03-05'), datetime.fromisoformat('2024-03-05T10'), datetime.fromisoformat('2024-03-05 10:20:30.5+01:00'),
      datetime.fromisoformat('20240305T102030Z'), repr(datetime.fromisoformat('2024-03-05X10:20')), datetime.fromisoformat('2024-W10-2T08:00'))
for bad in ['2024-03-05T', '2024-03-05T25:00', '2024-03-05 10:2', '2024-03-0510:20', 'nonsense']:
    show('datetime.fromisoformat %r' % bad, lambda: datetime.fromisoformat(bad))
print(datetime.fromtimestamp(1700000000.5, UTC), datetime.fromtimestamp(1e9, timezone(timedelta(hours=2))), datetime.utcfromtimestamp(-1.25),
      datetime.utcfromtimestamp(1.0000005), datetime.utcfromtimestamp(1.0000015), datetime.utcfromtimestamp(0.9999999), datetime.utcfromtimestamp(10))
print(datetime(2024, 1, 1, tzinfo=UTC).timestamp(), datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=UTC).timestamp(),
      datetime(2024, 1, 1, 10, tzinfo=timezone(timedelta(hours=5))).timestamp())
print(type(datetime.now()).__name__, type(datetime.now(UTC).tzinfo).__name__, type(date.today()).__name__, type(datetime.utcnow()).__name__)
plus5 = timezone(timedelta(hours=5), 'PLUS5')
aware = datetime(2024, 6, 1, 12, tzinfo=plus5)
print(aware, repr(aware), aware.astimezone(UTC), aware.astimezone(timezone(timedelta(hours=-8))), aware.astimezone(plus5) is aware,
      aware.utcoffset(), aware.tzname(), aware.dst(), aware.utctimetuple(), aware.strftime('%z %Z'))
print(aware == datetime(2024, 6, 1, 7, tzinfo=UTC), aware < datetime(2024, 6, 1, 7, 0, 1, tzinfo=UTC), aware - datetime(2024, 6, 1, tzinfo=UTC),
      hash(aware) == hash(datetime(2024, 6, 1, 7, tzinfo=UTC)), aware == datetime(2024, 6, 1, 12), aware != datetime(2024, 6, 1, 12))
show('naive<aware', lambda: aware < datetime(2024, 6, 1, 12))
show('naive-aware', lambda: aware - datetime(2024, 6, 1, 12))
show('dt<date', lambda: datetime(2024, 1, 1) < date(2024, 1, 2))
show('dt>=date', lambda: datetime(2024, 1, 1) >= date(2024, 1, 2))
show('dt==date', lambda: datetime(2024, 1, 1) == date(2024, 1, 1))
show('dt max', lambda: datetime.max + timedelta(microseconds=1))
show('dt min', lambda: datetime.min - timedelta(microseconds=1))
show('dt fold', lambda: datetime(2024, 1, 1, fold=2))
show('dt tz', lambda: datetime(2024, 1, 1, tzinfo='UTC'))
show('astimezone int', lambda: aware.astimezone(5))
show('combine', lambda: datetime.combine(5, time()))
print(datetime.min, datetime.max, datetime.resolution, repr(datetime.max))

# time zones
for tz in [UTC, timezone(timedelta(0)), timezone(timedelta(0), 'Z0'), timezone(timedelta(hours=5, minutes=30)), timezone(-timedelta(hours=23, minutes=59)),
           timezone(timedelta(seconds=5)), timezone(timedelta(microseconds=-1)), timezone.min, timezone.max]:
    print(repr(tz), str(tz), tz.tzname(None), tz.utcoffset(None), tz.dst(None), tz == UTC, tz is UTC)
print(timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), 'x'), hash(timezone(timedelta(hours=1))) == hash(timezone(timedelta(hours=1), 'y')), UTC == 5)
show('tz big', lambda: timezone(timedelta(1)))
show('tz name', lambda: timezone(timedelta(hours=1), 5))
show('tz int', lambda: timezone(5))
show('tz utcoffset', lambda: UTC.utcoffset(5))
show('tz fromutc', lambda: UTC.fromutc(datetime(2024, 1, 1)))

class Summer(tzinfo):
    """+1 hour, +2 in June to August."""
    def utcoffset(self, dt):
        return timedelta(hours=1) + self.dst(dt)
    def dst(self, dt):
        return timedelta(hours=1) if dt is not None and 6 <= dt.month <= 8 else timedelta(0)
    def tzname(self, dt):
        return 'SUMMER' if self.dst(dt) else 'WINTER'
    def __repr__(self):
        return 'Summer()'
s = Summer()
for month in (1, 7):
    local = datetime(2024, month, 10, 12, tzinfo=s)
    print(local, repr(local), local.utcoffset(), local.dst(), local.tzname(), local.timetuple().tm_isdst, local.astimezone(UTC),
          datetime(2024, month, 10, 12, tzinfo=UTC).astimezone(s), time(5, tzinfo=s).utcoffset(), time(5, tzinfo=s).tzname())
class Broken(tzinfo):
    def utcoffset(self, dt):
        return 5
    def tzname(self, dt):
        return 5
class Huge(tzinfo):
    def utcoffset(self, dt):
        return timedelta(days=2)
show('broken utcoffset', lambda: datetime(2024, 1, 1, tzinfo=Broken()).utcoffset())
show('broken tzname', lambda: datetime(2024, 1, 1, tzinfo=Broken()).tzname())
show('huge', lambda: datetime(2024, 1, 1, tzinfo=Huge()).utcoffset())
show('base utcoffset', lambda: tzinfo().utcoffset(None))
show('base tzname', lambda: tzinfo().tzname(None))
show('base fromutc', lambda: tzinfo().fromutc(5))
show('base fromutc self', lambda: tzinfo().fromutc(datetime(2024, 1, 1)))

# strptime
for text, fmt in [('2024-03-15 09:05:07', '%Y-%m-%d %H:%M:%S'), ('15/Mar/2024', '%d/%b/%Y'), ('March 5, 24', '%B %d, %y'),
                  ('5 march 1969', '%d %B %Y'), ('1/2/68', '%m/%d/%y'), ('1/2/69', '%m/%d/%y'), ('12:30 AM', '%I:%M %p'),
                  ('12:30 pm', '%I:%M %p'), ('1:05 PM', '%I:%M %p'), ('07', '%I'), ('2024 60', '%Y %j'), ('2023 365', '%Y %j'),
                  ('Tue 2024 10', '%a %Y %W'), ('Sunday 2024 10', '%A %Y %U'), ('2024 0 1', '%Y %W %w'), ('2024 0 0', '%Y %U %w'),
                  ('2020 53 5', '%G %V %u'), ('2021 1 Mon', '%G %V %a'), ('2024-03-15T10:20:30.25', '%Y-%m-%dT%H:%M:%S.%f'),
                  ('10:20:30 +0130', '%H:%M:%S %z'), ('10:20 -05:30', '%H:%M %z'), ('10:20 Z', '%H:%M %z'), ('10:20 +01:02:03.5', '%H:%M %z'),
                  ('10:20 +0000 UTC', '%H:%M %z %Z'), ('10:20 GMT', '%H:%M %Z'), ('Fri Mar 15 10:20:30 2024', '%c'), ('03/15/24', '%x'),
                  ('10:20:30', '%X'), ('  2024   5', '%Y %m'), ('2024%05', '%Y%%%m'), ('2024.05(x)', '%Y.%m(x)'), ('1112', '%d%m'),
                  ('2024 5 6', '%Y %m %d'), (' 6', '%d'), ('61', '%S'), ('02-29', '%m-%d'), ('2024 02 30', '%Y %m %d'),
                  ('x', '%Y'), ('2024x', '%Y'), ('2024', '%Y %Q'), ('2024', '%Y%'), ('2024 10', '%G %V'), ('2024 10 1', '%Y %V %u'),
                  ('10 1', '%V %u'), ('2024 100 1 10', '%G %j %u %V'), ('10:20 +01:0203', '%H:%M %z')]:
    show('strptime %r %r' % (text, fmt), lambda: datetime.strptime(text, fmt))
show('strptime int', lambda: datetime.strptime(5, '%Y'))
print(datetime.strptime('2024', '%Y').__class__.__name__)

# local time: round trips that hold in every time zone
stamps = [0, 86400 * 365.25, 1e9 + 0.25, 1710054000, 1730613600, 1730617200, -1e9, 1234567890.5]
print([datetime.fromtimestamp(t).timestamp() == t for t in stamps])
print([datetime.fromtimestamp(t).astimezone().timestamp() == t for t in stamps])
print([datetime.fromtimestamp(t, UTC).astimezone().astimezone(UTC) == datetime.fromtimestamp(t, UTC) for t in stamps])
print([datetime.fromtimestamp(t) == datetime.fromtimestamp(t, UTC).astimezone().replace(tzinfo=None) for t in stamps])
print([date.fromtimestamp(t) == datetime.fromtimestamp(t).date() for t in stamps], type(datetime.now().astimezone().tzinfo).__name__)

# PEP 495: a tzinfo whose offset depends on fold; time comparisons ignore the offsets' microseconds
class Foldy(tzinfo):
    def utcoffset(self, dt):
        if dt is None: return timedelta(hours=1)
        if dt.month == 11 and dt.day == 3 and dt.hour == 1:
            return timedelta(hours=-4 - dt.fold)
        return timedelta(hours=-5)
    def tzname(self, dt): return 'F'
    def dst(self, dt): return timedelta(0)
f = Foldy()
a = datetime(2024, 11, 3, 1, 30, tzinfo=f)
b = a.replace(fold=1)
u = a.astimezone(timezone.utc)
print(a == b, a == u, b == b.astimezone(timezone.utc), a != u, hash(a) == hash(b), a < datetime(2024, 11, 4, tzinfo=timezone.utc))
c = datetime(2024, 11, 4, 1, 30, tzinfo=f)
print(c == c.astimezone(timezone.utc), c.astimezone(timezone.utc), u, b.astimezone(timezone.utc))
t1 = time(10, 0, tzinfo=timezone(timedelta(hours=1, microseconds=5)))
t2 = time(9, 0, tzinfo=timezone.utc)
print(t1 == t2, t1 < t2, t1 > t2, time(10, 0, 1, tzinfo=timezone(timedelta(hours=1))) > t2, hash(time(1, fold=1)) == hash(time(1)))
print(time(10, 0, 0, 3, tzinfo=timezone(timedelta(hours=1, microseconds=5))) == time(9, 0, 0, 3, tzinfo=timezone.utc))

# copying keeps every field, the tzinfo (rebuilt from __getinitargs__ or its class) and the fold
class Zone(tzinfo):
    def __init__(self, h=0):
        self.h = h
    def utcoffset(self, dt):
        return timedelta(hours=self.h)
things = [date(2024, 1, 2), datetime(2024, 1, 2, 3, tzinfo=timezone(timedelta(hours=2), 'N')), time(1, 2, tzinfo=UTC, fold=1),
          timedelta(3, 4, 5), UTC, timezone.min, datetime(2024, 1, 1, tzinfo=Zone(3)), date(2024, 1, 1).isocalendar(), datetime(2020, 1, 1, fold=1)]
for copied in (copy.copy(things), copy.deepcopy(things)):
    print(copied[:6], copied[7:], [a == b for a, b in zip(things, copied)], [a is b for a, b in zip(things, copied)],
          copied[6].tzinfo.h, copied[6].utcoffset(), copied[2].fold, copied[8].fold)
print(copy.deepcopy(UTC) is UTC, copy.copy(timezone(timedelta(0))) is UTC)
class NeedsArgument(tzinfo):
    def __init__(self, h):
        self.h = h
show('deepcopy tzinfo', lambda: copy.deepcopy(datetime(2024, 1, 1, tzinfo=NeedsArgument(1))))
