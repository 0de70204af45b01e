def total_price(items, tax):
    return sum(item["price"] for item in items) * (1 + tax) + items[0]["fee"] / len(items[1:])

print(total_price([{"price": 10, "fee": 2}, {"price": 5}], 0.1))
print(total_price([{"price": 10, "fee": 2}], 0.1))
