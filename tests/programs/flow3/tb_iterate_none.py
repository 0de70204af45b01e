x = None
for ch in x:
    pass
