n = 10
total = 0
while n:
    total += n
    n -= 1
print(total)
