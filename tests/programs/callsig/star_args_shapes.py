def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"

print(show())
print(show(1, 2, *range(3), 4, *"ab"))
print(show(**{'a': 1}, b=2, **{'c': 3}))
print(show(*[1], *(2,), x=1, **dict(y=2)))
try:
    show(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print(e)
try:
    show(a=1, **{'a': 2})
except TypeError as e:
    print(e)
try:
    show(*5)
except TypeError as e:
    print(e)
try:
    show(**[1, 2])
except TypeError as e:
    print(e)
try:
    show(**{1: 2})
except TypeError as e:
    print(e)

class M:
    def keys(self):
        return ['p', 'q']
    def __getitem__(self, k):
        return k * 2
print(show(**M()))

def gen():
    yield 1
    yield 2
print(show(*gen()))
a, *b, c = range(6)
print(a, b, c)
*x, = "hey"
print(x)
first, *_, last = [10]*1 + [20, 30]
print(first, last)
try:
    a, b, *c, d = [1, 2]
except ValueError as e:
    print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
print([*range(3), *{'k': 1}])
print({**{'a': 1}, 'b': 2, **{'a': 3}})
print((*'ab', *[1]))
print({*[1, 2], *(2, 3)})
