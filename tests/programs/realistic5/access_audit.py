# A security audit of an access log: advanced re (lookarounds, backrefs, named groups, verbose, sub with callables), strptime, Counter arithmetic, statistics and bisect.
import re
import bisect
import statistics
from collections import Counter, defaultdict, OrderedDict
from datetime import datetime, timedelta, timezone

LOG = r"""
2024-05-01T08:00:01+0200 10.0.0.5 alice LOGIN ok agent="Mozilla/5.0 (X11; Linux)"
2024-05-01T08:00:07+0200 10.0.0.9 bob LOGIN fail agent="curl/8.1"
2024-05-01T08:00:09+0200 10.0.0.9 bob LOGIN fail agent="curl/8.1"
2024-05-01T08:00:10+0200 10.0.0.9 bob LOGIN fail agent="curl/8.1"
2024-05-01T08:00:12+0200 10.0.0.9 bob LOGIN ok agent="curl/8.1"
2024-05-01T08:03:00+0200 10.0.0.5 alice GET /reports/2024/q1.pdf size=48213
2024-05-01T08:03:30+0200 10.0.0.5 alice GET /admin/users size=1022
2024-05-01T08:04:00+0200 192.168.1.77 mallory GET /../../etc/passwd size=0
2024-05-01T08:04:01+0200 192.168.1.77 mallory GET /search?q=%27%20OR%201=1-- size=0
2024-05-01T08:04:02+0200 192.168.1.77 mallory GET /search?q=<script>alert(1)</script> size=0
2024-05-01T09:15:45+0200 10.0.0.9 bob GET /reports/2024/q2.pdf size=51200
2024-05-01T09:16:00+0200 10.0.0.9 bob LOGOUT ok
2024-05-01T23:59:59+0200 10.0.0.5 alice LOGOUT ok
garbage line that matches nothing
2024-05-02T00:00:30+0200 172.16.0.3 carol LOGIN fail agent="Mozilla/5.0 (Mac)"
2024-05-02T00:01:30+0200 172.16.0.3 carol LOGIN ok agent="Mozilla/5.0 (Mac)"
"""

LINE = re.compile(r"""
    ^(?P<ts>\S+)\s+
    (?P<ip>(?:\d{1,3}\.){3}\d{1,3})\s+
    (?P<user>[a-z]+)\s+
    (?P<action>[A-Z]+)\s+
    (?P<rest>.*)$
""", re.VERBOSE)
SUSPICIOUS = [
    ("traversal", re.compile(r"(?:\.\./)+")),
    ("sql", re.compile(r"(?i)%27|'|\bor\b\s*\d=\d|--$")),
    ("xss", re.compile(r"<(script)>.*?</\1>", re.I)),
    ("admin", re.compile(r"^/admin(?=/)")),
]
PRIVATE = re.compile(r"^(?:10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.)")


def parse(text):
    events, rejects = [], []
    for number, line in enumerate(text.strip().splitlines(), 1):
        m = LINE.match(line)
        if not m:
            rejects.append(number)
            continue
        event = m.groupdict()
        event["ts"] = datetime.strptime(event["ts"], "%Y-%m-%dT%H:%M:%S%z")
        rest = event.pop("rest")
        event["agent"] = (re.search(r'agent="([^"]*)"', rest) or [None, None])[1]
        size = re.search(r"size=(\d+)", rest)
        event["size"] = int(size.group(1)) if size else None
        event["status"] = rest.split()[0] if event["action"] in ("LOGIN", "LOGOUT") else None
        event["path"] = rest.split()[0] if event["action"] == "GET" else None
        events.append(event)
    return events, rejects


events, rejects = parse(LOG)
print(f"{len(events)} events, rejected lines {rejects}")
first, last = events[0]["ts"], events[-1]["ts"]
print("span:", last - first, "| utc start:", first.astimezone(timezone.utc).isoformat(), "| tz:", first.tzname())

failures = Counter(e["user"] for e in events if e["status"] == "fail")
logins = Counter(e["user"] for e in events if e["action"] == "LOGIN")
print("failures:", failures.most_common(), "| successes:", sorted((logins - failures).items()))
print("combined:", sorted((failures + logins).items()), "| min:", sorted((failures & logins).items()))

streaks = defaultdict(int)
alerts = []
for e in events:
    if e["action"] != "LOGIN":
        continue
    if e["status"] == "fail":
        streaks[e["user"]] += 1
    else:
        if streaks[e["user"]] >= 3:
            alerts.append(f"{e['user']} logged in after {streaks[e['user']]} failures from {e['ip']}")
        streaks[e["user"]] = 0
print("alerts:", alerts)

for e in events:
    if e["path"]:
        hits = [name for name, rx in SUSPICIOUS if rx.search(e["path"])]
        if hits:
            print(f"  {e['ts']:%H:%M:%S} {e['user']:<8} {','.join(hits):<10} {e['path']}")

sessions = OrderedDict()
for e in events:
    if e["action"] == "LOGIN" and e["status"] == "ok":
        sessions[e["user"]] = [e["ts"], None]
    elif e["action"] == "LOGOUT" and e["user"] in sessions:
        sessions[e["user"]][1] = e["ts"]
for user, (start, end) in sessions.items():
    length = (end - start) if end else None
    print(f"  session {user:<6} {start:%d %H:%M} -> {end:%d %H:%M} ({length})" if end
          else f"  session {user:<6} {start:%d %H:%M} -> still open")
sessions.move_to_end("alice")
print(list(sessions), sessions.popitem(last=False)[0])

sizes = [e["size"] for e in events if e["size"]]
print("sizes:", sizes, statistics.mean(sizes), statistics.median(sizes), round(statistics.stdev(sizes), 2))
print("quantiles:", statistics.quantiles(sizes, n=4), statistics.mode([e["ip"] for e in events]))
hours = sorted(e["ts"].hour for e in events)
buckets = [0, 6, 12, 18, 24]
print("by quarter-day:", [bisect.bisect_left(hours, b) - bisect.bisect_left(hours, a) for a, b in zip(buckets, buckets[1:])])
print("private ips:", sorted({e["ip"] for e in events if PRIVATE.match(e["ip"])}), PRIVATE.match("172.32.0.1"))

def mask(m):
    user, domain = m.group("user"), m.group("domain")
    return f"{user[0]}{'*' * (len(user) - 1)}@{domain}"

text = "Contact alice.smith@example.com or bob@test.org; not@this or x@y.z."
print(re.sub(r"(?P<user>[\w.]+)@(?P<domain>\w+\.\w{2,})", mask, text))
print(re.sub(r"\b(\w+) \1\b", r"\1", "this is is a test test of the the regex"))
print(re.findall(r"(?<=\$)\d+(?:\.\d\d)?", "costs $30 or $12.50 but not 40 or $x"))
print(re.split(r"\s*[,;]\s*", "a , b;c ;  d", maxsplit=2), re.fullmatch(r"[a-z]+\d*", "abc123") is not None)
print([m.span() for m in re.finditer(r"a+", "caaab aa a")], re.subn(r"o", "0", "foo boo"), re.escape("a.b*c?"))
m = re.match(r"(?P<y>\d{4})-(?P<m>\d\d)(?:-(?P<d>\d\d))?", "2024-05")
print(m.groups(), m.groupdict("??"), m.group("y", "m"), m.lastgroup, m.lastindex, m.expand(r"\g<m>/\g<y>"))
print(re.compile(r"(?m)^\w+").findall("one two\nthree four\n five"), re.search(r"(?s)A.B", "A\nB").group())
print(datetime.strptime("01/05/24 7:05 PM", "%d/%m/%y %I:%M %p"), datetime(2024, 5, 1) + timedelta(days=30.5))
print(datetime(2024, 5, 1, tzinfo=timezone(timedelta(hours=-3, minutes=-30))).isoformat(), timezone.utc, timezone(timedelta(hours=2)))
