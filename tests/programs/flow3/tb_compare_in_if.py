a = 1
b = "x"
if a < b:
    pass
