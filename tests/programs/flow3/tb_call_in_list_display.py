def f(a, b):
    return a + b
values = [f(1, 2), f("a", 3)]
