def divide(a, b):
    return a / b
values = [4, 2, 0]
results = [divide(10, v) for v in values]
