for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        print((i, j), end=' ')
    else:
        print('inner-else', i, end=' ')
print()
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            found = v
            break
    else:
        continue
    break
print('found', found)
for i in range(3):
    try:
        if i == 1:
            continue
        print('body', i)
    finally:
        print('finally', i)
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print('cleanup', i)
def f():
    for i in range(3):
        try:
            return i
        finally:
            print('leaving', i)
print(f())
