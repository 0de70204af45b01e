def parse_all(texts):
    numbers = []
    for text in texts:
        try:
            numbers.append(int(text))
        except ValueError:
            numbers.append(None)
    return numbers

print(parse_all(["1", "x", "3"]))
