class Animal:
    kingdom = "animalia"
    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
    def speak(self):
        return f"{self.name} says {self.sound}"
    def describe(self):
        return f"{type(self).__name__}({self.name}) of {self.kingdom}"

class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name, "woof")
        self.breed = breed
    def speak(self):
        return super().speak() + "!"

class Puppy(Dog):
    def speak(self):
        base = super().speak()
        return base.upper()

for a in [Animal("generic"), Dog("rex", "lab"), Puppy("bit", "pug")]:
    print(a.speak(), "|", a.describe())
print(Puppy.__mro__)
print(Puppy.__base__, Dog.__bases__, issubclass(Puppy, Animal), isinstance(Puppy("a", "b"), Dog))
p = Puppy("x", "y")
print(super(Puppy, p).speak(), super(Dog, p).speak(), Animal.speak(p))
class Base:
    def __init__(self):
        print("Base.__init__")
class NoInit(Base):
    pass
NoInit()
class Skips(Base):
    def __init__(self):
        print("Skips.__init__ without super")
Skips()
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
try:
    class Bad(A, D):
        pass
except TypeError as e:
    print(e)
class Meta(type):
    pass
print(type(D), D.__class__, type(A) is type)
