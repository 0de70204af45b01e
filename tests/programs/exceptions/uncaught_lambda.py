f = lambda x: x.upper()
print(f('a'))
print(list(map(f, ['b', 3])))
