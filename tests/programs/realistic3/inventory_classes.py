"""Class hierarchy for a shop: products, discounts, a cart and receipts."""
from abc import ABC, abstractmethod


class Product:
    _registry = {}

    def __init__(self, sku, name, price, taxable=True):
        if price < 0:
            raise ValueError(f"price must be non-negative, got {price}")
        self.sku, self.name, self.price, self.taxable = sku, name, price, taxable
        Product._registry[sku] = self

    @classmethod
    def lookup(cls, sku):
        try:
            return cls._registry[sku]
        except KeyError:
            raise LookupError(f"unknown SKU {sku!r}") from None

    def __repr__(self):
        return f"{type(self).__name__}({self.sku!r}, {self.name!r}, {self.price:.2f})"

    def __eq__(self, other):
        return isinstance(other, Product) and self.sku == other.sku

    def __hash__(self):
        return hash(self.sku)


class Food(Product):
    def __init__(self, sku, name, price, expires):
        super().__init__(sku, name, price, taxable=False)
        self.expires = expires


class Discount(ABC):
    @abstractmethod
    def apply(self, cart, subtotal):
        ...

    def __str__(self):
        return self.__class__.__name__


class PercentOff(Discount):
    def __init__(self, percent):
        self.percent = percent

    def apply(self, cart, subtotal):
        return round(subtotal * self.percent / 100, 2)

    def __str__(self):
        return f"{self.percent}% off"


class BuyNGetOne(Discount):
    def __init__(self, sku, n):
        self.sku, self.n = sku, n

    def apply(self, cart, subtotal):
        qty = cart.items.get(Product.lookup(self.sku), 0)
        free = qty // (self.n + 1)
        return free * Product.lookup(self.sku).price

    def __str__(self):
        return f"buy {self.n} {self.sku} get 1 free"


class Cart:
    TAX = 0.08

    def __init__(self):
        self.items = {}
        self.discounts = []

    def add(self, sku, qty=1):
        if qty <= 0:
            raise ValueError("quantity must be positive")
        product = Product.lookup(sku)
        self.items[product] = self.items.get(product, 0) + qty
        return self

    def __len__(self):
        return sum(self.items.values())

    def __iter__(self):
        return iter(sorted(self.items.items(), key=lambda kv: kv[0].sku))

    def receipt(self):
        lines = []
        subtotal = tax = 0.0
        for product, qty in self:
            cost = product.price * qty
            subtotal += cost
            if product.taxable:
                tax += cost * self.TAX
            lines.append(f"{product.name:<14}{qty:>3} x {product.price:>6.2f} = {cost:>8.2f}")
        savings = sum(d.apply(self, subtotal) for d in self.discounts)
        for d in self.discounts:
            lines.append(f"  discount: {d} (-{d.apply(self, subtotal):.2f})")
        total = subtotal - savings + tax
        lines.append(f"{'subtotal':<27}{subtotal:>8.2f}")
        lines.append(f"{'tax':<27}{tax:>8.2f}")
        lines.append(f"{'TOTAL':<27}{total:>8.2f}")
        return "\n".join(lines)


Product("P1", "Pencil", 0.99)
Product("N2", "Notebook", 4.50)
Food("F1", "Apple", 0.40, expires="2024-06-01")
Food("F2", "Cheese", 6.25, expires="2024-05-20")

cart = Cart().add("P1", 5).add("F1", 7).add("N2").add("F2", 2).add("P1")
cart.discounts += [PercentOff(10), BuyNGetOne("F1", 2)]
print(cart.receipt())
print("items in cart:", len(cart))
for bad in [lambda: cart.add("ZZ"), lambda: cart.add("P1", 0), lambda: Product("X", "x", -1), lambda: Discount()]:
    try:
        bad()
    except (LookupError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(Product.lookup("F2"), Product.lookup("F2") == Food("F2", "Cheese", 6.25, "x"), isinstance(Product.lookup("F1"), Product))
print(sorted(Product._registry.values(), key=lambda p: -p.price))
