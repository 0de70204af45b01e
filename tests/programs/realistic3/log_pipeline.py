"""A generator pipeline over web-server log lines: parse, filter, window, aggregate."""
from collections import Counter, defaultdict, deque
import itertools

LOG = """\
2024-03-01T10:00:01 GET /index.html 200 512 0.012
2024-03-01T10:00:02 GET /api/items 200 2048 0.120
2024-03-01T10:00:02 POST /api/items 201 128 0.200
2024-03-01T10:00:05 GET /missing 404 0 0.002
garbage line here
2024-03-01T10:00:07 GET /api/items 500 0 1.500
2024-03-01T10:00:09 GET /index.html 200 512 0.010
2024-03-01T10:00:10 DELETE /api/items/7 204 0 0.050
2024-03-01T10:00:12 GET /api/items 200 4096 0.300
2024-03-01T10:00:15 GET /static/app.js 304 0 0.001
2024-03-01T10:00:15 GET /api/items 503 0 2.000
"""


def read(text):
    for number, line in enumerate(text.splitlines(), 1):
        yield number, line


def parse(lines, errors):
    for number, line in lines:
        parts = line.split()
        if len(parts) != 6:
            errors.append(f"line {number}: expected 6 fields, got {len(parts)}")
            continue
        stamp, method, path, status, size, seconds = parts
        yield {
            "time": stamp[11:], "method": method, "path": path,
            "status": int(status), "size": int(size), "seconds": float(seconds),
        }


def only(records, predicate):
    return (r for r in records if predicate(r))


def windows(records, size):
    window = deque(maxlen=size)
    for r in records:
        window.append(r)
        if len(window) == size:
            yield list(window)


errors = []
records = list(parse(read(LOG), errors))
print(f"{len(records)} records, {len(errors)} errors: {errors}")

by_status = Counter(r["status"] // 100 * 100 for r in records)
print("status classes:", dict(sorted(by_status.items())))

slow = only(records, lambda r: r["seconds"] > 0.1)
print("slow:", [(r["time"], r["path"], r["seconds"]) for r in slow])

per_path = defaultdict(list)
for r in records:
    per_path[r["path"]].append(r["seconds"])
print(f"{'path':<16}{'hits':>5}{'avg ms':>9}{'max ms':>9}")
for path, times in sorted(per_path.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    print(f"{path:<16}{len(times):>5}{sum(times) / len(times) * 1000:>9.1f}{max(times) * 1000:>9.1f}")

api = only(records, lambda r: r["path"].startswith("/api"))
for w in windows(api, 3):
    failures = sum(r["status"] >= 500 for r in w)
    flag = "  <-- degraded" if failures >= 2 else ""
    print("window", [r["time"] for r in w], f"failures={failures}{flag}")

total_bytes = sum(r["size"] for r in records)
print(f"bytes served: {total_bytes:,} ({total_bytes / 1024:.2f} KiB)")
for method, group in itertools.groupby(sorted(records, key=lambda r: r["method"]), key=lambda r: r["method"]):
    group = list(group)
    print(method, len(group), sorted({g["status"] for g in group}))
