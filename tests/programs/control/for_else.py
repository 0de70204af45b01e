for i in range(3):
    print(i)
else:
    print('no break')
for i in range(10):
    if i == 4:
        break
else:
    print('not printed')
print('broke at', i)
for x in []:
    pass
else:
    print('empty else')
n = 0
while n < 3:
    n += 1
else:
    print('while else', n)
while True:
    n += 1
    if n > 5:
        break
print(n)
for i in range(5):
    if i % 2:
        continue
    print('even', i)
