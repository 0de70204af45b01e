i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
    print('i', i)
else:
    print('not reached')
n = 0
while n < 3:
    n += 1
else:
    print('else ran', n)
while True:
    n -= 1
    if n < 0:
        break
print('n', n)
x = 10
while x:
    x //= 2
    print(x, end=' ')
print()
def find(seq, target):
    i = 0
    while i < len(seq):
        if seq[i] == target:
            return i
        i += 1
    return -1
print(find([4, 5, 6], 6), find([], 1))
