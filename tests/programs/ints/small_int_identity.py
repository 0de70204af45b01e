a = 256
b = 256
print(a is b)
x = 100
y = 50 + 50
print(x is y)
print(int('5') is int('5'))
print(int('-5') is int('-5'))
