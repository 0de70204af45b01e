class Dog:
    species = "canis"
    tricks = []
    def __init__(self, name):
        self.name = name
    def add_trick(self, t):
        self.tricks.append(t)

a, b = Dog("a"), Dog("b")
a.add_trick("roll")
print(b.tricks, Dog.tricks is a.tricks)
a.species = "wolf"
print(a.species, b.species, Dog.species)
del a.species
print(a.species)
Dog.species = "changed"
print(b.species)
print(sorted(k for k in a.__dict__), "species" in Dog.__dict__)

class Outer:
    class Inner:
        class Deep:
            pass
    def method(self):
        class Local:
            pass
        return Local
print(Outer.Inner.__qualname__, Outer.Inner.Deep.__qualname__, Outer.Inner.__name__)
print(Outer().method().__qualname__, Outer.method.__qualname__)
print(Outer.__module__, Outer.Inner.Deep)
print(Outer().method())
print(repr(Outer.Inner()).split(" object")[0])

class Changing:
    pass
class Other:
    def who(self):
        return "other"
x = Changing()
x.__class__ = Other
print(type(x).__name__, x.who())
try:
    x.__class__ = int
except TypeError as e:
    print("TypeError:", e)
try:
    (1).__class__ = bool
except TypeError as e:
    print("TypeError:", e)

x.__dict__ = {"fresh": 1}
print(x.fresh)
try:
    x.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
class Doc:
    "A documented class."
    def m(self):
        "method doc"
print(Doc.__doc__, Doc.m.__doc__, Doc().m.__doc__, Dog.__doc__)
print(Doc.__name__, Doc.m.__name__, type(Doc.m).__name__, type(Doc().m).__name__)
Doc.__name__ = "Renamed"
print(Doc, Doc.__qualname__)
try:
    Doc.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
print(type.__name__, object.__name__, int.__qualname__, len.__name__, [].append.__name__)
print(object.__bases__, type.__bases__, bool.__mro__, type(type))
