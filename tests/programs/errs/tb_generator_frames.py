def numbers():
    yield 1
    yield 2
    raise RuntimeError("gen broke")

def doubled(src):
    for n in src:
        yield n * 2

for v in doubled(numbers()):
    print(v)
