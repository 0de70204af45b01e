def make_counter(start):
    count = start

    def counter():
        nonlocal count
        count += 1
        return count
    return counter


a = make_counter(10)
b = make_counter(100)
print(a(), a(), b(), a())

adders = [lambda x, n=n: x + n for n in range(3)]
print([add(10) for add in adders])
