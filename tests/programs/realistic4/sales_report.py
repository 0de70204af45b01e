"""Monthly sales report: aggregate records, then print aligned tables."""
from collections import defaultdict
from datetime import date

RECORDS = """\
2024-01-03,north,widget,12,2.50
2024-01-15,south,gadget,3,19.99
2024-01-20,north,gadget,1,19.99
2024-02-01,east,widget,40,2.45
2024-02-11,south,widget,7,2.50
2024-02-28,east,doohickey,2,120.00
2024-03-05,north,doohickey,1,115.50
2024-03-09,west,widget,100,2.20
2024-03-30,south,gadget,9,18.75
"""


class Sale:
    __slots__ = ("day", "region", "product", "qty", "price")

    def __init__(self, day, region, product, qty, price):
        self.day = day
        self.region = region
        self.product = product
        self.qty = qty
        self.price = price

    @classmethod
    def parse(cls, line):
        day, region, product, qty, price = line.split(",")
        return cls(date.fromisoformat(day), region, product, int(qty), float(price))

    @property
    def total(self):
        return self.qty * self.price

    def __repr__(self):
        return f"Sale({self.day:%b %d}, {self.region!r}, {self.product!r}, {self.qty}, {self.price:.2f})"


def load(text):
    return [Sale.parse(line) for line in text.splitlines() if line.strip()]


def by_month(sales):
    months = defaultdict(list)
    for s in sales:
        months[s.day.strftime("%Y-%m")].append(s)
    return dict(sorted(months.items()))


def table(headers, rows, aligns):
    widths = [max(len(str(h)), *(len(str(r[i])) for r in rows)) for i, h in enumerate(headers)]
    line = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [line, "| " + " | ".join(f"{h:^{w}}" for h, w in zip(headers, widths)) + " |", line]
    for row in rows:
        cells = [f"{str(c):{a}{w}}" for c, a, w in zip(row, aligns, widths)]
        out.append("| " + " | ".join(cells) + " |")
    out.append(line)
    return "\n".join(out)


sales = load(RECORDS)
print(sales[0])
print(f"{len(sales)} sales, {sum(s.qty for s in sales)} units, revenue ${sum(s.total for s in sales):,.2f}")
print()
rows = []
for month, items in by_month(sales).items():
    revenue = sum(s.total for s in items)
    best = max(items, key=lambda s: s.total)
    rows.append((month, len(items), f"{revenue:,.2f}", best.product, f"{best.total / revenue:.1%}"))
print(table(["month", "n", "revenue", "best", "share"], rows, "<>>^>"))

region_totals = defaultdict(float)
for s in sales:
    region_totals[s.region] += s.total
grand = sum(region_totals.values())
print()
for region, total in sorted(region_totals.items(), key=lambda kv: -kv[1]):
    bar = "#" * round(total / grand * 40)
    print(f"{region:<6}{total:>10.2f} {bar}")

products = {}
for s in sales:
    p = products.setdefault(s.product, {"qty": 0, "revenue": 0.0, "prices": []})
    p["qty"] += s.qty
    p["revenue"] += s.total
    p["prices"].append(s.price)
print()
print("%-10s %5s %9s %7s %7s" % ("product", "qty", "revenue", "min", "avg"))
for name, p in sorted(products.items()):
    avg = sum(p["prices"]) / len(p["prices"])
    print("%-10s %5d %9.2f %7.2f %7.3f" % (name, p["qty"], p["revenue"], min(p["prices"]), avg))
try:
    Sale.parse("2024-13-01,north,widget,1,1.0")
except ValueError as e:
    print("bad record:", e)
try:
    Sale.parse("2024-01-01,north,widget,x,1.0")
except ValueError as e:
    print("bad record:", e)
s = sales[0]
try:
    s.discount = 0.1
except AttributeError as e:
    print("AttributeError:", e)
