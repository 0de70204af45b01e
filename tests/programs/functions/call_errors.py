def f(a, b, c=1, *, k):
    pass
def g(x, /):
    pass
def h():
    pass
tests = [
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3, 4, k=1),
    lambda: f(1, 2, k=1, z=2),
    lambda: f(1, 2, a=1, k=0),
    lambda: g(x=1),
    lambda: h(1),
    lambda: f(),
    lambda: (lambda a, b, c: 0)(1),
    lambda: (lambda: 0)(1, 2),
    lambda: f(1, 2, 3, 4, 5, k=1),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
