f = lambda x: x.attr
list(map(f, [1]))
