# A subclass on the right goes first only if it overrides the reflected
# method itself (an inherited __rmul__ does not jump the queue).
class Base:
    def __mul__(self, o): return "Base.mul"
    def __rmul__(self, o): return "Base.rmul"
    def __sub__(self, o): return "Base.sub"
    def __rsub__(self, o): return "Base.rsub"
class Inherits(Base):
    pass
class Overrides(Base):
    def __rsub__(self, o): return "Overrides.rsub"
class Fresh(Base):
    def __rmul__(self, o): return "Fresh.rmul"
print(Base() * Inherits(), Base() - Overrides(), Base() * Fresh(), Base() - Inherits(), Inherits() * Base())
class Num(int):
    def __radd__(self, o): return "Num.radd"
class Plain(int):
    pass
print(1 + Num(2), 1 + Plain(2), Num(2) + 1, type(1 + Plain(2)).__name__)
