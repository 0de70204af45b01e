def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'
for n in [-5, 0, 3, 50, 500]:
    print(n, classify(n))
x = []
if x:
    print('truthy')
elif x is not None:
    print('empty but not None')
if not x and len(x) == 0 or x is None:
    print('compound')
y = 5
if 0 < y < 10: print('one-liner')
print('a' if y else 'b', 'c' if not y else 'd')
print(y and 'and-true', 0 and 'x', y or 'x', '' or [] or 0 or 'last', None or 0)
