def f(*a):
    return a
print(f(x for x in range(3), 1))
