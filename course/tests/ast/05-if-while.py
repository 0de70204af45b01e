n = 10
while n > 0:
    if n % 2 == 0:
        n -= 1
        continue
    elif n == 5:
        break
    else:
        n = n - 1
else:
    pass
