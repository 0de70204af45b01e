"""An inventory kept as JSON: load, validate, update, report, save."""
import json


class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


class Item:
    def __init__(self, sku, name, qty, price, tags=()):
        if not sku.isalnum():
            raise ValidationError("sku", f"{sku!r} is not alphanumeric")
        if qty < 0:
            raise ValidationError("qty", f"negative quantity {qty}")
        self.sku, self.name, self.qty, self.price, self.tags = sku, name, qty, price, list(tags)

    @classmethod
    def from_dict(cls, d):
        missing = {"sku", "name", "qty", "price"} - d.keys()
        if missing:
            raise ValidationError(", ".join(sorted(missing)), "missing")
        return cls(d["sku"], d["name"], d["qty"], d["price"], d.get("tags", ()))

    def to_dict(self):
        return {"sku": self.sku, "name": self.name, "qty": self.qty, "price": self.price, "tags": self.tags}

    @property
    def value(self):
        return round(self.qty * self.price, 2)

    def __repr__(self):
        return f"<Item {self.sku} {self.name!r} x{self.qty}>"


class Inventory:
    def __init__(self):
        self.items = {}

    def load(self, text):
        errors = []
        for i, raw in enumerate(json.loads(text)["items"]):
            try:
                item = Item.from_dict(raw)
            except ValidationError as e:
                errors.append(f"item {i}: {e}")
                continue
            self.items[item.sku] = item
        return errors

    def restock(self, sku, n):
        try:
            self.items[sku].qty += n
        except KeyError:
            raise LookupError(f"unknown sku {sku}") from None

    def dumps(self):
        return json.dumps({"items": [i.to_dict() for i in self.items.values()]}, indent=2, sort_keys=True)

    def report(self):
        lines = [f"{'SKU':<6}{'NAME':<14}{'QTY':>5}{'VALUE':>10}  TAGS"]
        for item in sorted(self.items.values(), key=lambda i: -i.value):
            lines.append(f"{item.sku:<6}{item.name:<14}{item.qty:>5}{item.value:>10,.2f}  {','.join(item.tags) or '-'}")
        total = sum(i.value for i in self.items.values())
        lines.append(f"{'':<25}{total:>10,.2f}")
        return "\n".join(lines)


SOURCE = '''{"items": [
  {"sku": "A1", "name": "Hammer", "qty": 10, "price": 12.5, "tags": ["tools"]},
  {"sku": "B2", "name": "Nails (100)", "qty": 250, "price": 3.99},
  {"sku": "C-3", "name": "Saw", "qty": 2, "price": 30},
  {"sku": "D4", "name": "Glue", "price": 4.5},
  {"sku": "E5", "name": "Tape", "qty": -1, "price": 1.25},
  {"sku": "F6", "name": "Drill", "qty": 3, "price": 89.99, "tags": ["tools", "power"]}
]}'''

inv = Inventory()
for err in inv.load(SOURCE):
    print("skipped", err)
print(inv.items)
inv.restock("A1", 5)
try:
    inv.restock("ZZ", 1)
except LookupError as e:
    print(type(e).__name__, e, e.__cause__, e.__suppress_context__)
print(inv.report())
saved = inv.dumps()
print(saved[:120])
again = Inventory()
print(again.load(saved), list(again.items) == list(inv.items), json.loads(saved) == json.loads(again.dumps()))
try:
    inv.load('{"items": [1, 2')
except json.JSONDecodeError as e:
    print("corrupt file:", e.msg, "at", e.pos)
