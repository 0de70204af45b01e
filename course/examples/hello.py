greeting = "hello"
print(greeting, 6 * 7)
