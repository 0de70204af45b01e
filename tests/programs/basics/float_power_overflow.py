x = 2.0
y = 10000.0
try:
    print(x ** y)
except OverflowError as e:
    print(e)
print(x ** -2000.0, 0.5 ** 0.5, x ** float("inf"), 1e300 * 1e10)
