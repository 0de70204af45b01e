"""A data pipeline of generators: read, parse, filter, window, aggregate."""
import itertools
from collections import deque, Counter

CSV = """ts,sensor,value
1,a,20.5
2,b,19.0
3,a,21.0
4,a,bad
5,b,18.5
6,c,30.1
7,a,22.5
8,b,17.0
9,a,23.5
10,c,29.9
11,a,24.0
"""


def read_lines(text):
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip():
            yield n, line


def parse(lines, errors):
    header = None
    for n, line in lines:
        fields = line.split(",")
        if header is None:
            header = fields
            continue
        row = dict(zip(header, fields))
        try:
            row["ts"] = int(row["ts"])
            row["value"] = float(row["value"])
        except ValueError as e:
            errors.append((n, str(e)))
            continue
        yield row


def only(sensor, rows):
    return (r for r in rows if r["sensor"] == sensor)


def moving_average(values, size):
    window = deque(maxlen=size)
    for v in values:
        window.append(v)
        if len(window) == size:
            yield round(sum(window) / size, 3)


def batched(iterable, n):
    it = iter(iterable)
    while batch := list(itertools.islice(it, n)):
        yield batch


errors = []
rows = list(parse(read_lines(CSV), errors))
print(len(rows), "rows; errors:", errors)
a_values = [r["value"] for r in only("a", rows)]
print("a:", a_values, "moving avg:", list(moving_average(a_values, 3)))
for sensor, group in itertools.groupby(sorted(rows, key=lambda r: r["sensor"]), key=lambda r: r["sensor"]):
    vals = [r["value"] for r in group]
    print(f"  {sensor}: n={len(vals)} min={min(vals)} max={max(vals)} mean={sum(vals) / len(vals):.2f}")
print(list(batched(range(7), 3)), [sum(b) for b in batched((r["value"] for r in rows), 4)])
print(Counter(r["sensor"] for r in rows), list(itertools.accumulate(r["value"] for r in rows if r["sensor"] == "b")))


def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return count, average


def delegate(results):
    while True:
        results.append((yield from averager()))


results = []
d = delegate(results)
next(d)
for v in (10, 20, 30):
    print("running", d.send(v))
d.send(None)
for v in (1, 2):
    d.send(v)
d.send(None)
print(results)
gen = (x * x for x in range(5))
print(next(gen), list(gen), list(gen))
pairs = zip(itertools.count(1), "abc")
print(list(pairs), list(itertools.chain.from_iterable(itertools.repeat("xy", 2))), list(itertools.takewhile(lambda r: r["ts"] < 4, rows))[-1]["ts"])
