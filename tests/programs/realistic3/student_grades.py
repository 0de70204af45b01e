"""Student records: parsing, validation, statistics, letter grades and a ranked report."""
import statistics
from collections import namedtuple

Record = namedtuple("Record", "name scores")

RAW = """ada: 91, 88, 95, 79
brian: 72, 65, 80
chen: 100, 98, 99, 97
dana: 55, 61, abc, 70
eve: 88, 92
frank:
gita: 77, 83, 90, 85
hugo: 101, 50"""

GRADES = [(90, "A"), (80, "B"), (70, "C"), (60, "D"), (0, "F")]


def letter(avg):
    for cutoff, grade in GRADES:
        if avg >= cutoff:
            return grade
    raise AssertionError("unreachable")


def parse(raw):
    records, problems = [], []
    for line in raw.splitlines():
        name, _, rest = line.partition(":")
        try:
            scores = [int(s) for s in rest.split(",") if s.strip()]
            if not scores:
                raise ValueError("no scores")
            if any(not 0 <= s <= 100 for s in scores):
                raise ValueError(f"score out of range in {scores}")
        except ValueError as e:
            problems.append(f"{name.strip()}: {e}")
            continue
        records.append(Record(name.strip().title(), tuple(scores)))
    return records, problems


records, problems = parse(RAW)
print("problems:")
for p in problems:
    print("  -", p)
rows = []
for rec in records:
    avg = statistics.fmean(rec.scores)
    spread = statistics.pstdev(rec.scores)
    rows.append((rec.name, avg, spread, letter(avg), max(rec.scores)))
rows.sort(key=lambda r: (-r[1], r[0]))
print(f"{'#':>2} {'name':<8}{'avg':>7}{'sd':>7}  grade best")
for rank, (name, avg, sd, grade, best) in enumerate(rows, 1):
    print(f"{rank:>2} {name:<8}{avg:>7.2f}{sd:>7.2f}    {grade}   {best}")
all_scores = [s for r in records for s in r.scores]
print(f"class: n={len(all_scores)} mean={statistics.mean(all_scores):.3f} "
      f"median={statistics.median(all_scores)} mode={statistics.mode(all_scores)}")
dist = {g: sum(1 for r in rows if r[3] == g) for _, g in GRADES}
print("distribution:", " ".join(f"{g}:{'*' * n}" for g, n in dist.items()))
print(records[0], records[0]._asdict(), records[0]._replace(name="X").name)
top = max(records, key=lambda r: sum(r.scores) / len(r.scores))
name, scores = top
print(f"top student {name} with {len(scores)} scores")
