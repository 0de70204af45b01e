a, b = b, a
first, *rest = items
obj.attr = table[0] = 1
total += 1
x: int = 5
del a, table[0]
