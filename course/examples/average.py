def average(values):
    return sum(values) / len(values)

def report(groups):
    for name, values in groups.items():
        print(name, average(values))

report({"small": [1, 2, 3], "empty": []})
