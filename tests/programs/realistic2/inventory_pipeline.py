"""A data pipeline over CSV-like records: parsing, validation, grouping, reporting."""
import csv
import io
from collections import defaultdict, Counter
from statistics import mean, median

RAW = """sku,name,category,price,qty,warehouse
A100,Widget,tools,2.50,100,north
A101,Gadget,tools,12.00,7,south
B200,Sprocket,parts,0.75,1500,north
B201,Flange,parts,,30,south
B202,Bolt,parts,0.10,-5,north
C300,Manual,books,15.99,12,east
C301,Guide,books,9.5,0,east
A102,Gizmo,tools,abc,4,south
D400,Lamp,home,22.00,3,north
"""


class Record:
    __slots__ = ("sku", "name", "category", "price", "qty", "warehouse")

    def __init__(self, **fields):
        for k, v in fields.items():
            setattr(self, k, v)

    @property
    def value(self):
        return self.price * self.qty

    def __repr__(self):
        return f"<{self.sku} {self.name} x{self.qty}>"


def parse(text):
    reader = csv.DictReader(io.StringIO(text))
    for lineno, row in enumerate(reader, start=2):
        try:
            price = float(row["price"]) if row["price"] else None
            if price is None:
                raise ValueError("missing price")
            qty = int(row["qty"])
            if qty < 0:
                raise ValueError(f"negative quantity {qty}")
        except ValueError as e:
            yield lineno, None, str(e)
            continue
        yield lineno, Record(sku=row["sku"], name=row["name"], category=row["category"],
                             price=price, qty=qty, warehouse=row["warehouse"]), None


good, problems = [], []
for lineno, rec, err in parse(RAW):
    if err:
        problems.append(f"line {lineno}: {err}")
    else:
        good.append(rec)

print(f"{len(good)} good records, {len(problems)} problems")
for p in problems:
    print("  !", p)

by_category = defaultdict(list)
for r in good:
    by_category[r.category].append(r)

print(f"\n{'category':<10}{'items':>6}{'units':>8}{'value':>12}{'avg price':>11}")
print("-" * 47)
for cat in sorted(by_category, key=lambda c: -sum(r.value for r in by_category[c])):
    rs = by_category[cat]
    print(f"{cat:<10}{len(rs):>6}{sum(r.qty for r in rs):>8,}"
          f"{sum(r.value for r in rs):>12,.2f}{mean(r.price for r in rs):>11.3f}")
print("-" * 47)
total = sum(r.value for r in good)
print(f"{'total':<10}{len(good):>6}{sum(r.qty for r in good):>8,}{total:>12,.2f}")

stock = Counter()
for r in good:
    stock[r.warehouse] += r.qty
print("\nunits per warehouse:", dict(stock.most_common()))
print("median price:", median(r.price for r in good))
out_of_stock = [r.sku for r in good if r.qty == 0]
low = sorted((r for r in good if 0 < r.qty < 10), key=lambda r: r.qty)
print("out of stock:", out_of_stock, "| low:", low)
expensive = max(good, key=lambda r: r.price)
print(f"most expensive: {expensive.name} at ${expensive.price:.2f}")
shares = {cat: sum(r.value for r in rs) / total for cat, rs in by_category.items()}
for cat, share in sorted(shares.items()):
    bar = "#" * round(share * 40)
    print(f"{cat:>6} {share:6.1%} {bar}")
buf = io.StringIO()
w = csv.writer(buf)
w.writerow(["sku", "value"])
for r in sorted(good, key=lambda r: r.sku):
    w.writerow([r.sku, f"{r.value:.2f}"])
print(buf.getvalue().strip())
