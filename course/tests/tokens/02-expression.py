price = 12
total = price * 3 + 4
print(total, price)
