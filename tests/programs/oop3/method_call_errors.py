class Calc:
    def add(self, a, b):
        return a + b
    def kwonly(self, *, scale):
        return scale
    def posonly(self, a, /):
        return a
    @staticmethod
    def st(x):
        return x
    @classmethod
    def cm(cls, x, y=1):
        return x

c = Calc()
tries = [
    lambda: c.add(1),
    lambda: c.add(1, 2, 3),
    lambda: c.add(1, 2, b=3),
    lambda: c.add(1, c=3),
    lambda: c.kwonly(1),
    lambda: c.kwonly(),
    lambda: c.posonly(a=1),
    lambda: Calc.add(1, 2),
    lambda: Calc.st(),
    lambda: c.st(1, 2),
    lambda: Calc.cm(),
    lambda: c.cm(1, 2, 3),
    lambda: Calc.add(),
    lambda: c.add(*[1, 2, 3]),
    lambda: c.add(**{"a": 1, "b": 2, "self": 3}),
    lambda: c.add(1, **{"a": 2}),
    lambda: c.missing(),
    lambda: Calc.missing,
    lambda: c.add(1, 2)(),
    lambda: c.add(1, **[1]),
    lambda: c.add(*5),
    lambda: c.add(1, **{1: 2}),
]
for t in tries:
    try:
        print(t())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print(c.add(b=1, a=2), Calc.add(c, 1, 2), c.posonly(5))
