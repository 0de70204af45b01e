def average(values):
    return sum(v for v in values) / len(values)

print(average([1, 2, 3]))
print(average([1, "2", 3]))
