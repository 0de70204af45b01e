"""A gradebook: students, weighted categories, letter grades, a class report."""
from statistics import mean, pstdev
from collections import namedtuple

Weight = namedtuple("Weight", "category share")
WEIGHTS = [Weight("homework", 0.25), Weight("quiz", 0.25), Weight("exam", 0.5)]
CUTOFFS = [(93, "A"), (90, "A-"), (87, "B+"), (83, "B"), (80, "B-"), (77, "C+"), (70, "C"), (60, "D"), (0, "F")]


class Student:
    def __init__(self, name):
        self.name = name
        self.scores = {w.category: [] for w in WEIGHTS}

    def add(self, category, score, out_of=100):
        if category not in self.scores:
            raise KeyError(f"no category {category!r}")
        if not 0 <= score <= out_of:
            raise ValueError(f"{self.name}: score {score} not in 0..{out_of}")
        self.scores[category].append(100 * score / out_of)

    def category_average(self, category):
        marks = self.scores[category]
        return mean(marks) if marks else None

    def final(self):
        total = weight = 0.0
        for w in WEIGHTS:
            avg = self.category_average(w.category)
            if avg is not None:
                total += avg * w.share
                weight += w.share
        return total / weight if weight else 0.0

    def letter(self):
        score = self.final()
        return next(letter for cut, letter in CUTOFFS if score >= cut)


roster = {name: Student(name) for name in ["Avery", "Blake", "Casey", "Devon", "Emery"]}
raw = """Avery homework 18 20
Avery quiz 9 10
Avery exam 88
Blake homework 12 20
Blake exam 71
Blake quiz 6 10
Casey homework 20 20
Casey quiz 10 10
Casey exam 97
Devon exam 55
Devon homework 15 20
Emery quiz 11 10
Emery homework 19 20
Emery exam 91
Emery project 40"""
for line in raw.splitlines():
    name, cat, *nums = line.split()
    try:
        roster[name].add(cat, *map(int, nums))
    except (KeyError, ValueError) as e:
        print("rejected:", e)

print(f"{'Name':<8}" + "".join(f"{w.category:>10}" for w in WEIGHTS) + f"{'final':>8}  grade")
for s in sorted(roster.values(), key=lambda s: -s.final()):
    cells = []
    for w in WEIGHTS:
        avg = s.category_average(w.category)
        cells.append(f"{avg:>10.1f}" if avg is not None else f"{'--':>10}")
    print(f"{s.name:<8}" + "".join(cells) + f"{s.final():>8.2f}  {s.letter()}")
finals = [s.final() for s in roster.values()]
print(f"class mean {mean(finals):.2f}, spread {pstdev(finals):.2f}, best {max(roster.values(), key=Student.final).name}")
dist = {}
for s in roster.values():
    dist[s.letter()[0]] = dist.get(s.letter()[0], 0) + 1
print(" ".join(f"{k}:{'*' * v}" for k, v in sorted(dist.items())))
