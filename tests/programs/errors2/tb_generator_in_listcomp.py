# ZeroDivisionError in a generator consumed by a list comprehension: frames of the comprehension and the generator
def gen(n):
    for i in range(n):
        yield 10 // (2 - i)
def consume():
    return [x * 2 for x in gen(5)]
consume()
