numbers = [5, 3, 8, 1]
numbers.append(7)
numbers.sort()
print(numbers, numbers[1:3], sum(numbers), max(numbers))

ages = {"ada": 36, "alan": 41}
ages["grace"] = 85
for name in sorted(ages):
    print(name, ages[name])
print(list(ages.items()), "ada" in ages, ages.get("bob", 0))

squares = {n: n * n for n in range(5)}
print(squares, [x for x in numbers if x > 4])
