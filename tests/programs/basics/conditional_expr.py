for x in range(-2, 3):
    print(x, 'neg' if x < 0 else 'zero' if x == 0 else 'pos')
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 'default', '' and 'x')
print(not 0, not 1, not [], not [0])
