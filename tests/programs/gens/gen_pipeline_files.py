log = """2024-01-01 INFO start
2024-01-01 WARN disk 91%
2024-01-02 ERROR db down
2024-01-02 INFO retry
2024-01-03 ERROR db down
2024-01-03 INFO ok""".splitlines()

def parse(lines):
    for line in lines:
        date, level, *msg = line.split()
        yield {"date": date, "level": level, "msg": " ".join(msg)}

def only(levels, records):
    return (r for r in records if r["level"] in levels)

def dedupe(records):
    seen = set()
    for r in records:
        if r["msg"] not in seen:
            seen.add(r["msg"])
            yield r

pipeline = dedupe(only({"ERROR", "WARN"}, parse(log)))
print(type(pipeline).__name__)
for rec in pipeline:
    print(rec["date"], rec["level"].ljust(5), rec["msg"])
print(list(pipeline))
counts = {}
for r in parse(log):
    counts[r["level"]] = counts.get(r["level"], 0) + 1
print(counts)
