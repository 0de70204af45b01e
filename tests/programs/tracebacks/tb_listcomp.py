def parse_all(values):
    return [int(v) * 2 for v in values]

print(parse_all(["1", "2"]))
print(parse_all(["3", "four", "5"]))
