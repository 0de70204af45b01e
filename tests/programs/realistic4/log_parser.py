"""Parse a web server log, then summarise status codes, paths and times."""
import re
from collections import Counter, defaultdict
from datetime import datetime
from statistics import mean, median

LOG = """\
192.168.1.10 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326 0.012
192.168.1.11 - - [10/Oct/2023:13:55:40 +0000] "GET /about HTTP/1.1" 200 1520 0.020
10.0.0.5 - - [10/Oct/2023:13:56:01 +0000] "POST /api/login HTTP/1.1" 401 87 0.150
10.0.0.5 - - [10/Oct/2023:13:56:03 +0000] "POST /api/login HTTP/1.1" 200 512 0.180
192.168.1.10 - - [10/Oct/2023:13:57:12 +0000] "GET /missing HTTP/1.1" 404 0 0.004
garbage line that does not parse
172.16.0.2 - - [10/Oct/2023:14:01:00 +0000] "GET /api/items?page=2 HTTP/1.1" 200 8042 0.310
172.16.0.2 - - [10/Oct/2023:14:01:05 +0000] "DELETE /api/items/7 HTTP/1.1" 500 120 1.204
192.168.1.11 - - [10/Oct/2023:14:03:44 +0000] "GET /index.html HTTP/1.1" 304 0 0.002
"""

LINE = re.compile(
    r'(?P<ip>\d+(?:\.\d+){3}) \S+ \S+ \[(?P<when>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) [^"]+" (?P<status>\d{3}) (?P<size>\d+) (?P<secs>[\d.]+)'
)


def parse(text):
    good, bad = [], []
    for n, line in enumerate(text.splitlines(), 1):
        m = LINE.match(line)
        if not m:
            bad.append(n)
            continue
        rec = m.groupdict()
        rec["when"] = datetime.strptime(rec["when"], "%d/%b/%Y:%H:%M:%S %z")
        rec["status"] = int(rec["status"])
        rec["size"] = int(rec["size"])
        rec["secs"] = float(rec["secs"])
        rec["path"] = rec["path"].split("?")[0]
        good.append(rec)
    return good, bad


records, bad = parse(LOG)
print(f"parsed {len(records)} lines, skipped lines {bad}")
status = Counter(r["status"] // 100 * 100 for r in records)
for code in sorted(status):
    print(f"  {code // 100}xx: {status[code]}")
per_ip = defaultdict(list)
for r in records:
    per_ip[r["ip"]].append(r)
for ip, rs in sorted(per_ip.items(), key=lambda kv: tuple(map(int, kv[0].split(".")))):
    print(f"{ip:<15} {len(rs)} req {sum(r['size'] for r in rs):>6} bytes  {', '.join(sorted({r['method'] for r in rs}))}")
times = [r["secs"] for r in records]
print(f"time: mean {mean(times):.4f}s median {median(times):.3f}s max {max(times)}s")
slow = [r for r in records if r["secs"] > 0.1]
for r in sorted(slow, key=lambda r: r["secs"], reverse=True):
    print(f"  slow: {r['method']:>6} {r['path']:<14} {r['secs'] * 1000:7.1f} ms  at {r['when']:%H:%M:%S}")
span = records[-1]["when"] - records[0]["when"]
print("span:", span, "| per minute: %.2f" % (len(records) / (span.total_seconds() / 60)))
print("top paths:", Counter(r["path"] for r in records).most_common(2))
errors = [f"{r['status']} {r['path']}" for r in records if r["status"] >= 400]
print("errors:", "; ".join(errors))
