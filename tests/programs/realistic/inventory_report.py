# Data processing of a small inventory: parsing CSV-like text, validation
# with error collection, grouping, aggregates and a formatted report.

RAW = """sku,name,category,price,qty,warehouse
A100,Widget,tools,2.50,100,north
A101,Gadget,tools,12.99,15,south
B200,Gizmo,toys,7.25,0,north
B201,Doohickey,toys,3.10,42,east
C300,Thingamajig,garden,25.00,7,south
C301,Whatsit,garden,abc,3,north
D400,Sprocket,tools,0.75,1200,east
D401,,tools,1.00,5,north
E500,Flux Capacitor,misc,1955.00,1,south
B202,Yo-yo,toys,1.99,250,south
"""


class Item:
    def __init__(self, sku, name, category, price, qty, warehouse):
        self.sku, self.name, self.category = sku, name, category
        self.price, self.qty, self.warehouse = price, qty, warehouse

    @property
    def value(self):
        return self.price * self.qty

    def __repr__(self):
        return f"Item({self.sku})"


def parse(text):
    lines = text.strip().splitlines()
    header = lines[0].split(",")
    items, errors = [], []
    for lineno, line in enumerate(lines[1:], start=2):
        fields = dict(zip(header, line.split(",")))
        try:
            if not fields["name"]:
                raise ValueError("empty name")
            price = float(fields["price"])
            qty = int(fields["qty"])
        except ValueError as e:
            errors.append(f"line {lineno} ({fields['sku']}): {e}")
            continue
        items.append(Item(fields["sku"], fields["name"], fields["category"], price, qty, fields["warehouse"]))
    return items, errors


def group_by(items, key):
    groups = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    return groups


items, errors = parse(RAW)
print(f"{len(items)} items, {len(errors)} errors")
for e in errors:
    print("  !", e)

print()
print(f"{'SKU':<6}{'Name':<16}{'Price':>10}{'Qty':>7}{'Value':>12}")
print("-" * 51)
for it in sorted(items, key=lambda i: (-i.value, i.sku)):
    print(f"{it.sku:<6}{it.name:<16}{it.price:>10.2f}{it.qty:>7d}{it.value:>12,.2f}")
print("-" * 51)
total = sum(i.value for i in items)
print(f"{'Total':<39}{total:>12,.2f}")

print()
for cat, group in sorted(group_by(items, lambda i: i.category).items()):
    qty = sum(i.qty for i in group)
    avg = sum(i.price for i in group) / len(group)
    names = ", ".join(sorted(i.name for i in group))
    print(f"{cat:>8}: {len(group)} items, {qty:5d} units, avg price {avg:8.3f} [{names}]")

by_wh = group_by(items, lambda i: i.warehouse)
print()
print({wh: round(sum(i.value for i in g), 2) for wh, g in sorted(by_wh.items())})
out_of_stock = [i.name for i in items if i.qty == 0]
low = [(i.name, i.qty) for i in items if 0 < i.qty < 10]
print("out of stock:", out_of_stock, "low:", low)
cheapest = min(items, key=lambda i: i.price)
dearest = max(items, key=lambda i: i.price)
print(f"cheapest {cheapest.name} at {cheapest.price}, dearest {dearest.name} at {dearest.price:e}")
share = {i.sku: f"{i.value / total:.1%}" for i in items if i.value / total > 0.05}
print(share)
print("%-10s|%8.2f|%5d" % ("percent", 3.14159, 42), "{:^20}".format("centered"), "{0:*>8}".format(7))
