# Log processing with generator pipelines: parsing lines, filtering,
# windowed aggregation, top-N, and a histogram printed with str methods.

LOG = """\
2024-01-01 10:00:01 INFO  web   GET /index.html 200 12ms
2024-01-01 10:00:02 INFO  web   GET /about.html 200 8ms
2024-01-01 10:00:02 WARN  db    slow query users 250ms
2024-01-01 10:00:03 ERROR web   GET /missing 404 3ms
2024-01-01 10:00:05 INFO  web   POST /login 200 45ms
2024-01-01 10:00:07 INFO  api   GET /v1/items 200 30ms
2024-01-01 10:00:08 ERROR api   GET /v1/items/9 500 120ms
2024-01-01 10:00:08 INFO  web   GET /index.html 200 10ms
garbage line without structure
2024-01-01 10:00:11 WARN  db    slow query orders 300ms
2024-01-01 10:00:12 INFO  api   GET /v1/items 200 28ms
2024-01-01 10:00:13 INFO  web   GET /index.html 304 2ms
2024-01-01 10:00:15 ERROR db    connection reset
2024-01-01 10:00:16 INFO  api   DELETE /v1/items/3 204 15ms
"""


def read_lines(text):
    for number, line in enumerate(text.splitlines(), 1):
        yield number, line


def parse(lines, errors):
    for number, line in lines:
        parts = line.split(None, 4)
        if len(parts) < 5 or parts[2] not in ("INFO", "WARN", "ERROR"):
            errors.append(number)
            continue
        date, time, level, source, message = parts
        h, m, s = map(int, time.split(":"))
        ms = None
        last = message.rsplit(" ", 1)[-1]
        if last.endswith("ms") and last[:-2].isdigit():
            ms = int(last[:-2])
        yield {"line": number, "t": h * 3600 + m * 60 + s, "level": level,
               "source": source, "message": message, "ms": ms}


def only(records, **conditions):
    for r in records:
        if all(r[k] == v for k, v in conditions.items()):
            yield r


def windows(records, size):
    bucket, start = [], None
    for r in records:
        if start is None:
            start = r["t"] - r["t"] % size
        while r["t"] >= start + size:
            yield start, bucket
            bucket, start = [], start + size
        bucket.append(r)
    if bucket:
        yield start, bucket


def clock(t):
    return "%02d:%02d:%02d" % (t // 3600, t // 60 % 60, t % 60)


errors = []
records = list(parse(read_lines(LOG), errors))
print(f"{len(records)} records, unparsable lines: {errors}")
levels = {}
for r in records:
    levels[r["level"]] = levels.get(r["level"], 0) + 1
width = max(levels.values())
for level in ("INFO", "WARN", "ERROR"):
    n = levels.get(level, 0)
    print(f"{level:>5} {'#' * n}{' ' * (width - n)} {n}")
print("errors:", [(r["source"], r["message"]) for r in only(records, level="ERROR")])
print("web errors:", [r["line"] for r in only(records, level="ERROR", source="web")])
for start, bucket in windows(records, 5):
    timed = [r["ms"] for r in bucket if r["ms"] is not None]
    avg = sum(timed) / len(timed) if timed else 0
    print(f"{clock(start)} n={len(bucket):2d} avg={avg:7.2f}ms max={max(timed, default=0):4d}ms")
paths = {}
for r in records:
    words = r["message"].split()
    if words[0] in ("GET", "POST", "DELETE"):
        paths.setdefault(words[1], []).append(int(words[2]))
top = sorted(paths.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:3]
print("top paths:", [(p, len(codes), sorted(set(codes))) for p, codes in top])
slowest = sorted((r for r in records if r["ms"]), key=lambda r: r["ms"], reverse=True)[:3]
print("slowest:", [f"{r['source']}:{r['ms']}" for r in slowest])
gen = (r["ms"] for r in records if r["ms"])
print("total ms", sum(gen), "then", sum(gen), "| any 5xx:", any(" 5" in r["message"] for r in records))
