from datetime import date, datetime, timedelta, time
start = date(2024, 1, 29)
meetings = []
d = start
while len(meetings) < 6:
    if d.weekday() in (0, 3):
        meetings.append(d)
    d += timedelta(days=1)
for m in meetings:
    print(m.strftime("%a %d %b %Y"), m.isocalendar()[1], (m - start).days)
def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    days = [31, 29 if (y % 4 == 0 and y % 100 != 0) or y % 400 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return d.replace(year=y, month=m, day=min(d.day, days))
print([add_months(date(2024, 1, 31), k).isoformat() for k in range(0, 14, 1)])
shift = datetime.combine(date(2024, 3, 9), time(22, 30))
for hours in (0, 3.5, 8, 25):
    t = shift + timedelta(hours=hours)
    print(f"{hours:>4}h -> {t:%Y-%m-%d %H:%M} ({t.strftime('%A')})")
ages = {"ann": date(1990, 2, 28), "bob": date(2000, 2, 29), "cy": date(2010, 12, 31)}
today = date(2024, 2, 28)
for name, born in ages.items():
    years = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    print(f"{name}: {years} years, {(today - born).days} days, born on a {born:%A}")
durations = [timedelta(minutes=m) for m in (45, 90, 30, 125)]
total = sum(durations, timedelta())
print(total, total.total_seconds() / 3600, max(durations), sorted(durations)[0], total / len(durations), str(total // 3))
