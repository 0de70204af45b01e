"""Push-based data pipeline built from generator coroutines (send/throw/close)."""
import functools


def coroutine(func):
    @functools.wraps(func)
    def start(*args, **kwargs):
        gen = func(*args, **kwargs)
        next(gen)
        return gen
    return start


class BadRecord(Exception):
    pass


@coroutine
def parse(target):
    line_no = 0
    try:
        while True:
            line = yield
            line_no += 1
            fields = [f.strip() for f in line.split(",")]
            if len(fields) != 3:
                target.throw(BadRecord(f"line {line_no}: expected 3 fields, got {len(fields)}"))
                continue
            name, dept, salary = fields
            try:
                target.send({"name": name, "dept": dept, "salary": int(salary)})
            except ValueError:
                pass
    finally:
        target.close()


@coroutine
def validate(target):
    while True:
        try:
            record = yield
        except BadRecord as e:
            print("  skipped:", e)
            continue
        if record["salary"] < 0:
            print(f"  skipped: negative salary for {record['name']}")
            continue
        target.send(record)


@coroutine
def aggregate(report):
    totals, counts = {}, {}
    try:
        while True:
            rec = yield
            totals[rec["dept"]] = totals.get(rec["dept"], 0) + rec["salary"]
            counts[rec["dept"]] = counts.get(rec["dept"], 0) + 1
    except GeneratorExit:
        report(totals, counts)
        raise


def print_report(totals, counts):
    print(f"{'dept':<8}{'people':>7}{'total':>10}{'mean':>10}")
    for dept in sorted(totals):
        mean = totals[dept] / counts[dept]
        print(f"{dept:<8}{counts[dept]:>7}{totals[dept]:>10,}{mean:>10.1f}")
    print(f"{'all':<8}{sum(counts.values()):>7}{sum(totals.values()):>10,}")


DATA = """ann, eng, 120000
bob, eng, 95000
cy, ops, 70000
broken line
dee, ops, -5
eve, sales, 65000
fay, eng, 101000
gus, sales, abc
hal, ops, 72000, extra"""

pipeline = parse(validate(aggregate(print_report)))
for row in DATA.splitlines():
    pipeline.send(row)
pipeline.close()
print("pipeline closed:", pipeline.gi_frame is None)
try:
    pipeline.send("late")
except StopIteration:
    print("sending to a closed pipeline: StopIteration")


@coroutine
def running_average():
    total = count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


avg = running_average()
print([round(avg.send(v), 2) for v in [10, 20, 5, 7.5]])
