"""Parse a small CSV-like sales log, aggregate it and print a formatted report."""
from collections import defaultdict

RAW = """\
date,region,product,units,price
2024-01-03,North,Widget,12,2.50
2024-01-03,South,Gadget,3,19.99
2024-01-04,North,Gadget,7,19.99
2024-01-05,East,Widget,40,2.45
2024-01-05,South,Widget,,2.50
2024-01-06,West,Doohickey,1,149.00
2024-01-07,East,Gadget,2,21.00
2024-01-07,North,Widget,x,2.50
2024-01-08,South,Doohickey,2,145.50
"""


class Row:
    __slots__ = ("date", "region", "product", "units", "price")

    def __init__(self, date, region, product, units, price):
        self.date = date
        self.region = region
        self.product = product
        self.units = units
        self.price = price

    @property
    def revenue(self):
        return self.units * self.price

    def __repr__(self):
        return f"Row({self.date!r}, {self.region!r}, {self.product!r}, {self.units}, {self.price})"


def parse(text):
    lines = text.strip().splitlines()
    header = lines[0].split(",")
    rows, errors = [], []
    for lineno, line in enumerate(lines[1:], start=2):
        fields = dict(zip(header, line.split(",")))
        try:
            units = int(fields["units"])
            price = float(fields["price"])
        except ValueError as exc:
            errors.append((lineno, str(exc)))
            continue
        rows.append(Row(fields["date"], fields["region"], fields["product"], units, price))
    return rows, errors


def summarise(rows, key):
    totals = defaultdict(lambda: [0, 0.0])
    for r in rows:
        bucket = totals[getattr(r, key)]
        bucket[0] += r.units
        bucket[1] += r.revenue
    return dict(sorted(totals.items(), key=lambda kv: -kv[1][1]))


def print_table(title, table):
    print(f"== {title} ==")
    print(f"{'name':<12}{'units':>7}{'revenue':>12}{'share':>8}")
    grand = sum(v[1] for v in table.values())
    for name, (units, revenue) in table.items():
        print(f"{name:<12}{units:>7d}{revenue:>12,.2f}{revenue / grand:>8.1%}")
    print(f"{'TOTAL':<12}{sum(v[0] for v in table.values()):>7}{grand:>12,.2f}")
    print()


rows, errors = parse(RAW)
print(f"parsed {len(rows)} rows, {len(errors)} errors")
for lineno, msg in errors:
    print(f"  line {lineno}: {msg}")
print(rows[0])
print()
print_table("by region", summarise(rows, "region"))
print_table("by product", summarise(rows, "product"))

best = max(rows, key=lambda r: r.revenue)
print("best sale:", best.date, best.product, f"${best.revenue:.2f}")
by_day = defaultdict(float)
for r in rows:
    by_day[r.date] += r.revenue
for day, total in by_day.items():
    bar = "#" * round(total / 20)
    print(f"{day} {total:8.2f} {bar}")
