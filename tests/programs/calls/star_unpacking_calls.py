def show(*args, **kwargs):
    print(args, sorted(kwargs.items()))

show(*[1, 2], *(3,), *"ab")
show(**{"a": 1}, **{"b": 2}, c=3)
show(*range(3), x=1, **dict(y=2))
show(*{5: "five"}, **{"k": [1]})

def gen():
    yield 10
    yield 20
show(*gen())

bad = [
    lambda: show(*5),
    lambda: show(*None),
    lambda: show(**5),
    lambda: show(**[("a", 1)]),
    lambda: show(**{"a": 1}, **{"a": 2}),
    lambda: show(a=1, **{"a": 2}),
    lambda: show(**{1: 2}),
]
for b in bad:
    try:
        b()
    except TypeError as exc:
        print("TypeError:", exc)

def pair(a, b):
    return a * 10 + b

print(pair(*[1, 2]))
print(pair(**{"b": 3, "a": 4}))
try:
    pair(*[1, 2, 3])
except TypeError as exc:
    print("TypeError:", exc)
try:
    pair(1, *[2], **{"a": 0})
except TypeError as exc:
    print("TypeError:", exc)

class Mapping:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, key):
        return key.upper()
show(**Mapping())
print(dict(**Mapping()))
