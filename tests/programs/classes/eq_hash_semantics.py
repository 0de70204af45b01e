class P:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        if not isinstance(o, P): return NotImplemented
        return self.v == o.v
print(P(1) == P(1), P(1) != P(2), P(1) == 1, P(1) != 'x', P.__hash__)
try:
    hash(P(1))
except TypeError as e:
    print(e)
class Q(P):
    __hash__ = object.__hash__
print(type(hash(Q(1))).__name__)
class Rev:
    def __eq__(self, o):
        print('Rev.__eq__ called')
        return True
print(1 == Rev(), Rev() == 1, [Rev()] == [5])
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
print(Cmp(1) < Cmp(2), Cmp(2) > Cmp(1), Cmp(1) <= Cmp(1), Cmp(3) >= Cmp(2))
try:
    Cmp(1) < 5
except AttributeError as e:
    print(e)
class NoCmp: pass
try:
    NoCmp() < NoCmp()
except TypeError as e:
    print(e)
a = NoCmp()
print(a == a, a != a, a == NoCmp(), a is a)
