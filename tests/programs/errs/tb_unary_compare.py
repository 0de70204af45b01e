def f(a, b):
    return -a < b

f(None, 1)
