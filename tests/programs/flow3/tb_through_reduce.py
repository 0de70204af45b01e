import functools

def safe_ratio(a, b):
    return a / b

values = [10, 5, 0]
print(functools.reduce(safe_ratio, values[:2]))
print(functools.reduce(safe_ratio, values))
