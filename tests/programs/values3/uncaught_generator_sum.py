def total(items):
    return sum(
        item["price"] * item["qty"]
        for item in items
    )

orders = [{"price": 2, "qty": 3}, {"price": "x", "qty": 2.5}]
print(total(orders[:1]))
result = {
    "a": 1,
    "b": total(orders),
}
