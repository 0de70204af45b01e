def f(a, b, *, c): pass
def g(x, /, y): pass
def h(): pass
def k(a, b=1): pass
calls = [
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, c=3, d=4),
    lambda: f(1, 2, c=3, a=5),
    lambda: g(x=1, y=2),
    lambda: h(1),
    lambda: h(a=1),
    lambda: k(),
    lambda: k(1, 2, 3),
    lambda: k(1, **{'b': 2, 'a': 3}),
    lambda: f(*5),
    lambda: f(**[1]),
    lambda: len(),
    lambda: len(1, 2),
    lambda: abs(x=1),
    lambda: [].append(),
    lambda: 'x'.join(),
    lambda: int('1', 2, 3),
    lambda: divmod(1),
    lambda: isinstance(1),
    lambda: sorted([], 1),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(e)
