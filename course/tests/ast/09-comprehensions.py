squares = [n * n for n in range(10) if n % 2]
pairs = {k: v for k, v in items}
unique = {x for row in grid for x in row}
total = sum(x for x in values)
