def f(x):
    return x + 1

def g(a, b):
    return a * b

print(g(f(1), f("2")))
