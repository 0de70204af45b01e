try:
    value = int(text)
except ValueError as error:
    print("not a number:", error)
else:
    print(value)
