def average(values):
    total = 0
    for v in values:
        total += v
    total /= len(values)
    return total

print(average([1, 2, 3]))
print(average([]))
