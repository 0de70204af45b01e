# A dataclass-based order system: frozen/ordered dataclasses, InitVar, __post_init__, asdict/replace, groupby, attrgetter, Decimal totals and formatted reports.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, FrozenInstanceError
from decimal import Decimal, ROUND_HALF_UP
from enum import Enum, auto
from itertools import groupby, accumulate, chain, islice, pairwise
from operator import attrgetter, itemgetter
from collections import defaultdict, Counter
import functools


class Status(Enum):
    NEW = auto()
    PAID = auto()
    SHIPPED = auto()
    CANCELLED = auto()

    def __str__(self):
        return self.name.title()


@dataclass(frozen=True, order=True)
class Product:
    sku: str
    name: str = field(compare=False)
    price: Decimal = field(compare=False, repr=False)


@dataclass
class Line:
    product: Product
    qty: int = 1
    discount_pct: InitVar[int] = 0
    total: Decimal = field(init=False)

    def __post_init__(self, discount_pct):
        if self.qty <= 0:
            raise ValueError(f"qty must be positive: {self.qty}")
        gross = self.product.price * self.qty
        cut = (gross * discount_pct / 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        self.total = gross - cut


@functools.total_ordering
@dataclass
class Order:
    number: int
    customer: str
    region: str
    lines: list = field(default_factory=list)
    status: Status = Status.NEW
    tags: set = field(default_factory=set, compare=False)

    @property
    def total(self):
        return sum((l.total for l in self.lines), Decimal("0"))

    def __lt__(self, other):
        return (self.total, self.number) < (other.total, other.number)


CATALOG = {p.sku: p for p in [
    Product("A-100", "Widget", Decimal("2.50")),
    Product("A-200", "Gadget", Decimal("12.99")),
    Product("B-300", "Doohickey", Decimal("0.35")),
    Product("C-900", "Thingamajig", Decimal("149.00")),
]}

RAW = """
1001 ann north A-100x4 B-300x10
1002 bob south A-200x1 C-900x1%10
1003 cid north B-300x100%5
1004 dee east A-100x2 A-200x2 B-300x2
1005 ann north C-900x2%15
1006 eve south A-100x0
1007 bob south A-200x3
"""


def parse_orders(text):
    orders, problems = [], []
    for raw in filter(None, map(str.strip, text.splitlines())):
        number, customer, region, *items = raw.split()
        order = Order(int(number), customer.title(), region)
        try:
            for item in items:
                sku, _, rest = item.partition("x")
                qty, _, disc = rest.partition("%")
                order.lines.append(Line(CATALOG[sku], int(qty), int(disc or 0)))
        except (ValueError, KeyError) as e:
            problems.append((order.number, f"{type(e).__name__}: {e}"))
            continue
        orders.append(order)
    return orders, problems


orders, problems = parse_orders(RAW)
print("problems:", problems)
for o in orders:
    print(f"#{o.number} {o.customer:<4} {o.region:>5} {len(o.lines)} lines {o.total:>9,.2f}")

orders[0].status = Status.PAID
orders[1].status = Status.SHIPPED
orders[3].status = Status.CANCELLED
orders[1].tags |= {"priority"}

print("\nby region:")
for region, group in groupby(sorted(orders, key=attrgetter("region")), key=attrgetter("region")):
    group = list(group)
    print(f"  {region:<6}{len(group):>2} orders {sum(o.total for o in group):>10.2f}  "
          f"{', '.join(str(o.number) for o in sorted(group, reverse=True))}")

print("\nby status:", {str(k): [o.number for o in v]
                       for k, v in groupby(sorted(orders, key=lambda o: o.status.value), attrgetter("status"))})
print("status counts:", Counter(str(o.status) for o in orders).most_common())

per_product = defaultdict(lambda: [0, Decimal(0)])
for line in chain.from_iterable(o.lines for o in orders if o.status is not Status.CANCELLED):
    acc = per_product[line.product]
    acc[0] += line.qty
    acc[1] += line.total
print("\nproduct          qty      revenue    share")
grand = sum(v[1] for v in per_product.values())
for product, (qty, revenue) in sorted(per_product.items(), key=lambda kv: kv[1][1], reverse=True):
    print(f"{product.name:<14}{qty:>5}{revenue:>13,.2f}{float(revenue / grand):>9.1%}")
print(f"{'total':<14}{sum(v[0] for v in per_product.values()):>5}{grand:>13,.2f}")

ranked = sorted(orders)
print("\ncheapest→dearest:", [o.number for o in ranked], max(orders).number, min(orders).customer)
print("running totals:", list(accumulate(o.total for o in ranked)))
print("gaps:", [f"{b.total - a.total:+.2f}" for a, b in pairwise(ranked)])
print("top 2:", list(islice((o.number for o in reversed(ranked)), 2)))

p = CATALOG["A-100"]
print(p, repr(replace(p, name="Widget v2")), p == replace(p, price=Decimal(9)), sorted(CATALOG.values())[-1].sku)
try:
    p.price = Decimal(1)
except FrozenInstanceError as e:
    print("frozen:", e)
print(hash(p) == hash(Product("A-100", "Other", Decimal(0))))
print(asdict(orders[2])["lines"][0]["product"], astuple(orders[2].lines[0])[1:])
print([f.name for f in fields(Line)], [f.name for f in fields(Order) if f.compare])
print(orders[4] == Order(1005, "Ann", "north", list(orders[4].lines), tags={"x"}), orders[1].tags)
print(sorted([orders[0], orders[1]], key=itemgetter(0) if False else attrgetter("customer", "number"))[0].customer)
print(Status.PAID, repr(Status.SHIPPED), Status["NEW"].value, Status(4), list(Status)[-1].name)
