result = obj.method(1, *args, key=2, **kwargs)
item = table[key][1:10:2]
table[i, j] = matrix[:, 0]
