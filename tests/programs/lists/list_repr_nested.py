a = [1, [2, [3, [4]]], 'x', (5,), {'k': [6]}]
print(a, repr(a), str(a))
b = [1, 2]
b.append(b)
print(b)
d = {'self': None}
d['self'] = d
print(d)
