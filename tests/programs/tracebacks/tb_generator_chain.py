def read_numbers(lines):
    for line in lines:
        yield int(line)

def doubled(numbers):
    for n in numbers:
        yield n * 2

def main():
    total = 0
    for value in doubled(read_numbers(["1", "2", "x"])):
        total += value
    return total

print(main())
