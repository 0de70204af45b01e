"""A small warehouse inventory with classes, properties, custom exceptions and a report."""
from collections import defaultdict


class InventoryError(Exception):
    """Base class for inventory problems."""


class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, only {have} left")
        self.sku = sku
        self.wanted = wanted
        self.have = have


class UnknownItem(InventoryError, KeyError):
    pass


class Item:
    __slots__ = ("sku", "name", "_price", "qty", "category")

    def __init__(self, sku, name, price, qty=0, category="misc"):
        self.sku = sku
        self.name = name
        self.price = price
        self.qty = qty
        self.category = category

    @property
    def price(self):
        return self._price

    @price.setter
    def price(self, value):
        if value < 0:
            raise ValueError(f"negative price for {self.sku}: {value}")
        self._price = round(value, 2)

    @property
    def value(self):
        return self.price * self.qty

    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, {self.price}, qty={self.qty})"

    def __lt__(self, other):
        return (self.category, self.name) < (other.category, other.name)


class Warehouse:
    def __init__(self, name):
        self.name = name
        self._items = {}
        self.log = []

    def __len__(self):
        return len(self._items)

    def __contains__(self, sku):
        return sku in self._items

    def __iter__(self):
        return iter(sorted(self._items.values()))

    def __getitem__(self, sku):
        try:
            return self._items[sku]
        except KeyError:
            raise UnknownItem(sku) from None

    def add(self, item):
        if item.sku in self:
            self[item.sku].qty += item.qty
        else:
            self._items[item.sku] = item
        self.log.append(("add", item.sku, item.qty))

    def remove(self, sku, qty):
        item = self[sku]
        if qty > item.qty:
            raise OutOfStock(sku, qty, item.qty)
        item.qty -= qty
        self.log.append(("remove", sku, qty))
        return item.price * qty

    def by_category(self):
        groups = defaultdict(list)
        for item in self:
            groups[item.category].append(item)
        return dict(groups)

    def total_value(self):
        return sum(item.value for item in self)

    def report(self):
        lines = [f"== {self.name} ({len(self)} items) =="]
        for cat, items in self.by_category().items():
            lines.append(f"[{cat}]")
            for it in items:
                lines.append(f"  {it.sku:<6}{it.name:<14}{it.qty:>5} x {it.price:>8.2f} = {it.value:>10,.2f}")
        lines.append(f"{'TOTAL':>41} {self.total_value():>10,.2f}")
        return "\n".join(lines)


w = Warehouse("Main")
w.add(Item("A1", "hammer", 12.5, 10, "tools"))
w.add(Item("A2", "screwdriver", 4.999, 25, "tools"))
w.add(Item("B1", "paint (red)", 19.99, 4, "paint"))
w.add(Item("C7", "gloves", 3, 100))
w.add(Item("A1", "hammer", 12.5, 5, "tools"))
print(w.report())

orders = [("A1", 3), ("B1", 10), ("Z9", 1), ("C7", 40), ("A2", -1)]
revenue = 0
for sku, qty in orders:
    try:
        revenue += w.remove(sku, qty)
    except OutOfStock as e:
        print("out of stock:", e, "| short by", e.wanted - e.have)
    except UnknownItem as e:
        print("unknown:", e, isinstance(e, KeyError), repr(e))
    else:
        print(f"sold {qty} of {sku}")
print(f"revenue: {revenue:.2f}")
try:
    w["A2"].price = -1
except ValueError as e:
    print("ValueError:", e)
try:
    w["A2"].colour = "blue"
except AttributeError as e:
    print("AttributeError:", e)
print(w.report())
print(w.log[-3:])
print(sorted(w)[0], "A1" in w, len(w))
