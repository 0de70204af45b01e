ops = {"div": lambda a, b: a / b, "neg": lambda a: -a}
def apply(name, *args):
    return ops[name](*args)
print(apply("div", 6, 3))
print(apply("neg", 4))
print(apply("div", 1, 0))
