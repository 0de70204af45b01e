point = (1, 2)
items = [1, 2, x]
table = {"a": 1, "b": y}
both = {1, 2, z}
first = items[0]
items[1] = point
