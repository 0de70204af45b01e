def average(values):
    assert values, "cannot average an empty list"
    return sum(values) / len(values)

print(average([1, 2, 3]))
print(average([]))
