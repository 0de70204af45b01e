import re, json
from datetime import date, datetime, timedelta, time, timezone
print(re.sub(r"(?x) (\d+) \s* ([a-z]+)  # number then word", r"\2=\1", "12 apples, 3pears"), re.sub(r"a", r"\g<0>\g<0>", "banana"))
print(re.findall(r"(?m)^\s*#(.*)$", "x\n # one\n#two"), re.findall(r"(\w)\1", "aabbcd ee"), re.sub(r"(?<!\d)(\d)(?!\d)", r"0\1", "1 22 3"))
print(re.findall(r"[^\W\d_]+", "héllo wörld 123 _x"), re.findall(r"\d+", "١٢٣ 456"), re.findall(r"(?a)\w+", "héllo"), re.split(r"\b", "hi there"))
print(re.match(r"(a|ab)(c|bcd)(d*)", "abcd").groups(), re.match(r"a{2,}?", "aaaa").group(), re.match(r"(?:a|b)+", "abba").group(), re.match(r"^$", ""))
print(re.sub(r"^", ">", "a\nb", flags=re.M), re.sub(r"$", "<", "a\nb"), re.sub("", "-", ""), re.fullmatch(r"a|ab", "ab"), re.search(r"\Bb", "abc").start())
print([m.span() for m in re.finditer(r"a*", "baaa")], re.subn(r"(\s+)", " ", " a  b "), int(re.compile(r"x", re.I | re.M).flags))
print(re.sub(r"(?P<y>\d{4})-(?P<m>\d\d)", r"\g<m>/\g<y>", "2024-05"), re.match(r"(?P<first>\w+)", "ab").group("first"), re.escape("1+1=2?"), re.escape("a_b c"))
pat = re.compile(r"(\d+)")
print(pat.sub("#", "a1b22", 1), pat.split("x1y2z"), pat.findall("9 8 7", 2), pat.search("ab12", 3), pat.match("12ab").end(), pat.fullmatch("12"), pat.groups, pat.groupindex)
try:
    re.compile(r"(?P<1>x)")
except re.error as e:
    print("error:", e)
print(json.dumps({"z": 1, "a": {"c": [], "b": {}}}, indent=3, sort_keys=True), json.dumps([[], [[]], {}], indent=1))
print(json.dumps("\ud800"), json.dumps({"k": "ü"}, ensure_ascii=False), json.loads('"\\/"'), json.dumps(None), json.dumps(True), json.loads("true"), json.loads('{"":0}'))
print(json.dumps([1, 2], indent=-1), json.dumps({"a": 1}, indent=""), json.dumps(12.0), json.dumps(1e16), json.dumps(0.1), json.dumps(-1e-300))
print(date(2024, 1, 31) + timedelta(days=30), date(2024, 3, 31) - timedelta(days=31), timedelta(days=-3, hours=5), repr(timedelta(days=-3, hours=5)), timedelta(minutes=-1))
print(timedelta(seconds=3661.5), timedelta(weeks=52, days=1), timedelta(days=365) // timedelta(days=7), timedelta(days=1) % timedelta(hours=5), divmod(timedelta(hours=25), timedelta(days=1)))
print(datetime(2024, 2, 29, 12, 0).strftime("%c | %x | %X | %B %-d" if False else "%c | %x | %X"), datetime(2024, 1, 1, tzinfo=timezone.utc), datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=-5))).isoformat())
print(datetime(2024, 1, 1, 0, 0, tzinfo=timezone.utc) - datetime(2023, 12, 31, 20, 0, tzinfo=timezone(timedelta(hours=-5))), timezone(timedelta(hours=5, minutes=30)), timezone.utc)
print(date(2024, 5, 17).strftime("%a %A %b %B %d %j %m %U %w %y %Y %%"), time(9, 5).isoformat(), time(9, 5, 3, 1000).isoformat(), str(time(0)), datetime(1, 1, 1))
print(date.today() > date(2000, 1, 1), datetime(2020, 5, 5).weekday(), datetime(2020, 5, 5) == date(2020, 5, 5), date(2020, 5, 5) == datetime(2020, 5, 5), hash(date(2020, 1, 1)) == hash(date(2020, 1, 1)))
for e in ['date(2020,1,1) < datetime(2020,1,1)', 'datetime(2020,1,1) - date(2020,1,1)', 'timedelta(1) + 1', 'timedelta(1) * timedelta(1)', 'datetime(2020,1,1,tzinfo=timezone.utc) < datetime(2020,1,1)', 'datetime.strptime("2020-02-30", "%Y-%m-%d")', 'datetime.strptime("2020-01-01 extra", "%Y-%m-%d")', 'time(12) < datetime(2020,1,1)', 'date(2020, 1, 1).replace(month=2, day=30)', 'timedelta(days=10**9)', 'date.fromisoformat(20200101)', 'date(2020, 1, 1) + timedelta(days=10**6)']:
    try: print(e, eval(e))
    except Exception as ex: print(e, type(ex).__name__, ex)
