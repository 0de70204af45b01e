class Money:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.v + other.v)
        if isinstance(other, int):
            return Money(self.v + other)
        return NotImplemented
    def __radd__(self, other):
        return self.__add__(other)
    def __eq__(self, other):
        return isinstance(other, Money) and self.v == other.v
    def __repr__(self):
        return f'Money({self.v})'
print(Money(1) + Money(2), Money(1) + 5, 5 + Money(1), sum([Money(1), Money(2)]))
try:
    Money(1) + 'x'
except TypeError as e:
    print(e)
try:
    'x' + Money(1)
except TypeError as e:
    print(e)
print(Money(1) == Money(1), Money(1) != Money(2), Money(1) == 1)
try:
    hash(Money(1))
except TypeError as e:
    print(e)
class Base:
    def __lt__(self, other):
        return 'Base.lt'
class Derived(Base):
    def __gt__(self, other):
        return 'Derived.gt'
print(Base() < Derived(), Derived() > Base())
