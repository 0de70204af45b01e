class Money:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("Money.__add__")
        return Money(self.v + (o.v if isinstance(o, Money) else o))
    def __radd__(self, o):
        print("Money.__radd__")
        return Money(self.v + o)
    def __repr__(self):
        return f"{type(self).__name__}({self.v})"

class Euro(Money):
    def __radd__(self, o):
        print("Euro.__radd__")
        return Euro(self.v + (o.v if isinstance(o, Money) else o))

print(Money(1) + Euro(2))
print(Euro(1) + Money(2))
print(5 + Money(3))
print(sum([Money(1), Money(2)]))
print(sum([Euro(1), Euro(2)], Money(0)))

class Num(int):
    def __add__(self, o):
        return "Num.add"
    def __radd__(self, o):
        return "Num.radd"
print(3 + Num(4), Num(4) + 3)

class F(float):
    def __rsub__(self, o):
        return "F.rsub"
print(1.0 - F(2.0), 1 - F(2.0))

class NoRadd:
    def __add__(self, o):
        return NotImplemented
try:
    NoRadd() + NoRadd()
except TypeError as e:
    print("TypeError:", e)
try:
    1 + NoRadd()
except TypeError as e:
    print("TypeError:", e)
