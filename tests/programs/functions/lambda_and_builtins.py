square = lambda x: x * x
print(square(7), (lambda *a: sum(a))(1, 2, 3), (lambda: 'noargs')())
print(list(map(lambda x: x + 1, [1, 2])), list(filter(lambda x: x % 2, range(7))))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
print(square.__name__, square.__qualname__)
def outer():
    return lambda: 1
print(outer().__qualname__)
