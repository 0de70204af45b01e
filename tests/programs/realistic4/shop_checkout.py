"""A shop checkout: dataclasses, enums, discounts as strategy objects, receipts."""
from dataclasses import dataclass, field, asdict, replace
from enum import Enum
from contextlib import contextmanager
from typing import Optional


class Category(Enum):
    FOOD = "food"
    BOOKS = "books"
    TECH = "tech"


TAX = {Category.FOOD: 0.05, Category.BOOKS: 0.0, Category.TECH: 0.2}


@dataclass(frozen=True)
class Product:
    sku: str
    name: str
    price: float
    category: Category


@dataclass
class Line:
    product: Product
    qty: int = 1

    def __post_init__(self):
        if self.qty <= 0:
            raise ValueError(f"quantity must be positive, not {self.qty}")

    @property
    def subtotal(self):
        return round(self.product.price * self.qty, 2)


@dataclass
class Cart:
    lines: list = field(default_factory=list)
    coupon: Optional[str] = None

    def add(self, product, qty=1):
        for i, line in enumerate(self.lines):
            if line.product == product:
                self.lines[i] = replace(line, qty=line.qty + qty)
                return
        self.lines.append(Line(product, qty))


class Discount:
    def apply(self, cart, amount):
        return 0.0

    def __repr__(self):
        return f"{type(self).__name__}()"


class PercentOff(Discount):
    def __init__(self, percent, category=None):
        self.percent, self.category = percent, category

    def apply(self, cart, amount):
        base = sum(l.subtotal for l in cart.lines if self.category in (None, l.product.category))
        return round(base * self.percent / 100, 2)

    def __repr__(self):
        return f"PercentOff({self.percent}, {self.category})"


class BuyXGetOne(Discount):
    def __init__(self, sku, x):
        self.sku, self.x = sku, x

    def apply(self, cart, amount):
        for l in cart.lines:
            if l.product.sku == self.sku:
                return l.product.price * (l.qty // (self.x + 1))
        return 0.0


COUPONS = {"BOOKWORM": PercentOff(10, Category.BOOKS), "SAVE5": PercentOff(5), "SNACK": BuyXGetOne("F1", 2)}


@contextmanager
def receipt(title, width=44):
    print(title.center(width, "="))
    try:
        yield width
    finally:
        print("=" * width)


def checkout(cart):
    with receipt(" RECEIPT ") as w:
        for l in cart.lines:
            label = f"{l.qty} x {l.product.name}"
            print(f"{label:<{w - 12}}{l.subtotal:>12.2f}")
        gross = sum(l.subtotal for l in cart.lines)
        print(f"{'subtotal':>{w - 12}}{gross:>12.2f}")
        discount = 0.0
        if cart.coupon:
            try:
                rule = COUPONS[cart.coupon]
            except KeyError:
                print(f"  (coupon {cart.coupon!r} not recognised)")
            else:
                discount = rule.apply(cart, gross)
                print(f"{'discount ' + repr(rule):>{w - 12}}{-discount:>12.2f}")
        tax = sum(l.subtotal * TAX[l.product.category] for l in cart.lines)
        print(f"{'tax':>{w - 12}}{tax:>12.2f}")
        total = gross - discount + tax
        print(f"{'TOTAL':>{w - 12}}{total:>12.2f}")
    return round(total, 2)


catalog = [Product("F1", "Granola bar", 1.25, Category.FOOD), Product("B1", "Python Tricks", 29.99, Category.BOOKS),
           Product("T1", "USB-C cable", 9.5, Category.TECH), Product("B2", "SICP", 45.0, Category.BOOKS)]
cart = Cart(coupon="BOOKWORM")
for sku, qty in [("F1", 3), ("B1", 1), ("T1", 2), ("F1", 3), ("B2", 1)]:
    cart.add(next(p for p in catalog if p.sku == sku), qty)
print(checkout(cart))
for code in ["SNACK", "SAVE5", "FREE"]:
    print(code, checkout(replace(cart, coupon=code)))
print(asdict(cart.lines[0])["product"]["category"], Category("tech"), Category.TECH.name, list(Category)[0], Category.FOOD is Category("food"))
try:
    Line(catalog[0], 0)
except ValueError as e:
    print("ValueError:", e)
try:
    catalog[0].price = 0
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    Category("toys")
except ValueError as e:
    print("ValueError:", e)
print(catalog[0], Line(catalog[2], 2) == Line(catalog[2], 2), hash(catalog[1]) == hash(replace(catalog[1])))
