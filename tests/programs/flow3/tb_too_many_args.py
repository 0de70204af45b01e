def f(x):
    return x * 2
f(1, 2)
