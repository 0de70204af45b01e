def f(x):
    return x.strip().split(",")[1].upper()
print(f(" a,b "))
print(f(" a "))
