# A warehouse inventory with expiry dates: date/datetime/timedelta arithmetic, strftime/strptime/isoformat/fromisoformat, isocalendar, calendar month ranges, timezone offsets, and sorting by dates.
import calendar
from datetime import date, datetime, time, timedelta, timezone
from collections import defaultdict

TODAY = date(2024, 2, 27)
NOW = datetime(2024, 2, 27, 16, 45, 30)

RECEIPTS = """\
milk      | 2024-02-20 | 10d | 40
cheese    | 2024-01-05 | 90d | 12
yoghurt   | 2024-02-25 | 3w  | 30
bread     | 2024-02-26 | 4d  | 25
flour     | 2023-11-30 | 26w | 8
eggs      | 2024-02-13 | 28d | 60
honey     | 2022-06-01 | 520w| 3
"""


def parse_shelf_life(text):
    text = text.strip()
    n, unit = int(text[:-1]), text[-1]
    return timedelta(days=n) if unit == "d" else timedelta(weeks=n)


class Lot:
    __slots__ = ("item", "received", "life", "qty")

    def __init__(self, item, received, life, qty):
        self.item, self.received, self.life, self.qty = item, received, life, qty

    @property
    def expires(self):
        return self.received + self.life

    def days_left(self, today=TODAY):
        return (self.expires - today).days

    def __repr__(self):
        return f"Lot({self.item!r}, {self.received.isoformat()}, {self.qty})"


lots = []
for line in RECEIPTS.splitlines():
    item, received, life, qty = (f.strip() for f in line.split("|"))
    lots.append(Lot(item, date.fromisoformat(received), parse_shelf_life(life), int(qty)))

print(f"Stock report for {TODAY:%A, %d %B %Y} (week {TODAY.isocalendar()[1]}, day {TODAY.timetuple().tm_yday})")
print(f"{'item':<8} {'received':>10} {'expires':>10} {'left':>6}  status")
for lot in sorted(lots, key=lambda l: (l.expires, l.item)):
    left = lot.days_left()
    status = "EXPIRED" if left < 0 else "today" if left == 0 else "soon" if left <= 3 else "ok"
    print(f"{lot.item:<8} {lot.received:%d.%m.%y} {lot.expires.strftime('%Y-%m-%d'):>10} {left:>6}  {status}")

# Leap years and month arithmetic.
def add_months(d, months):
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    day = min(d.day, calendar.monthrange(year, month)[1])
    return d.replace(year=year, month=month, day=day)


start = date(2024, 1, 31)
print([add_months(start, k).isoformat() for k in range(0, 14, 3)])
print(calendar.isleap(2024), calendar.isleap(1900), calendar.leapdays(1900, 2025))
print(date(2024, 3, 1) - date(2024, 2, 1), date(2023, 3, 1) - date(2023, 2, 1))
print(TODAY + timedelta(days=3), TODAY - timedelta(weeks=52))

# Delivery windows with datetimes and timedeltas.
slots = [NOW + timedelta(hours=h, minutes=15 * h) for h in range(0, 7, 2)]
for s in slots:
    print(s.strftime("%a %H:%M"), s.time().isoformat(timespec="minutes"), s.date() == TODAY)
span = slots[-1] - slots[0]
print(span, span.total_seconds(), span // timedelta(minutes=45), span % timedelta(hours=1))
print(repr(timedelta(days=-1, seconds=30)), str(timedelta(days=-1, seconds=30)))
print(timedelta(hours=36) / 4, timedelta(minutes=90) * 1.5, -timedelta(seconds=1))
print(abs(timedelta(days=-2)), timedelta(days=1) > timedelta(hours=23), timedelta(0) == False)

# Parsing and formatting.
stamps = ["2024-02-27 08:05:00", "2024-02-26 23:59:59", "2024-02-27 00:00:01"]
parsed = sorted(datetime.strptime(s, "%Y-%m-%d %H:%M:%S") for s in stamps)
print([p.isoformat(sep=" ") for p in parsed])
print(datetime.strptime("27/02/24 4:45PM", "%d/%m/%y %I:%M%p"))
print(datetime.fromisoformat("2024-02-27T16:45:30.250000"))
print(datetime.combine(TODAY, time(9, 30)).replace(second=5).isoformat())
print(f"{NOW:%j %U %w %y %b %p %I}", NOW.weekday(), NOW.isoweekday())
print(f"{NOW:%Y-%m-%dT%H:%M:%S} {TODAY!r} {NOW!r}")

# Time zones with fixed offsets.
cet = timezone(timedelta(hours=1), "CET")
ist = timezone(timedelta(hours=5, minutes=30))
aware = NOW.replace(tzinfo=cet)
print(aware, aware.tzname(), aware.utcoffset())
print(aware.astimezone(timezone.utc), aware.astimezone(ist).isoformat())
print(aware.astimezone(ist) == aware, ist, timezone.utc)
try:
    print(aware - NOW)
except TypeError as e:
    print("TypeError:", e)

# Consumption per week, grouped by ISO week.
usage = defaultdict(int)
for k in range(21):
    day = TODAY - timedelta(days=k)
    year, week, _ = day.isocalendar()
    usage[(year, week)] += (k * 7) % 11
for (year, week), qty in sorted(usage.items()):
    monday = date.fromisocalendar(year, week, 1)
    print(f"{year}-W{week:02d} from {monday:%b %d}: {qty:3d} {'#' * (qty // 5)}")

try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
try:
    datetime.strptime("2024-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
print(date.max - date.min, date.min.toordinal(), date.fromordinal(738943))
print(min(lots, key=lambda l: l.received), max(lots, key=Lot.days_left))
print(calendar.month(2024, 2))
