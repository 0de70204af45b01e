prices = [19.99, 5.01, 0.1, 0.2, 100.0]
total = sum(prices)
print(total, round(total, 2), f"{total:.2f}", total == 125.3, abs(total - 125.3) < 1e-9)
cents = sum(round(p * 100) for p in prices)
print(cents, f"${cents / 100:,.2f}", divmod(cents, 100))
for rate in (0.075, 0.0825, 0.1):
    tax = 19.99 * rate
    print(f"{rate:.2%} -> {tax} {tax:.2f} {round(tax, 2)} {int(tax * 100 + 0.5) / 100}")
balance = 0.0
for _ in range(10):
    balance += 0.1
print(balance, balance == 1.0, f"{balance:.20f}", round(balance, 10) == 1.0)
split = 100 / 3
print(split, f"{split:.2f}", split * 3, round(split, 2) * 3, [round(100 / 3, 2)] * 2 + [round(100 - 2 * round(100 / 3, 2), 2)])
print(0.1 + 0.2, 1.1 * 3, 2.675 * 100, 1e16 + 1 - 1e16, (0.1).as_integer_ratio(), float.hex(0.1))
