def numbers():
    yield 1
    yield 2
    raise RuntimeError("generator broke")

def doubled(src):
    for n in src:
        yield n * 2

def total():
    return sum(doubled(numbers()))

total()
