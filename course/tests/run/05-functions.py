def power(base, exponent=2):
    return base ** exponent


def describe(name, *args, sep=", ", **kwargs):
    return name + ": " + sep.join(str(a) for a in args) + " " + str(sorted(kwargs))


print(power(3), power(2, 10), power(exponent=3, base=4))
print(describe("numbers", 1, 2, 3, sep="-", b=1, a=2))
