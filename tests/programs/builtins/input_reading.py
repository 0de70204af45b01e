name = input()
print('Hello,', name)
age = int(input('Age? '))
print('Next year', age + 1)
rest = []
while True:
    try:
        line = input()
    except EOFError:
        break
    rest.append(line)
print(rest)
