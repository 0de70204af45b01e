# A zoo registry: ABCs and abstract properties, __slots__ inheritance, super() in class/static contexts, __class_getitem__, property deleters, weakrefs, __init_subclass__ keywords and copy.
import abc
import copy
import weakref
from collections.abc import MutableMapping, Iterator


class Animal(abc.ABC):
    registry = {}
    __slots__ = ("name", "age", "__weakref__")

    def __init_subclass__(cls, /, sound=None, legs=4, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.sound = sound or "..."
        cls.legs = legs
        if not getattr(cls, "__abstractmethods__", None) or sound:
            Animal.registry[cls.__name__.lower()] = cls

    def __init__(self, name, age):
        self.name = name
        self.age = age

    @property
    @abc.abstractmethod
    def diet(self):
        ...

    @abc.abstractmethod
    def move(self):
        ...

    def speak(self):
        return f"{self.name} says {self.sound}"

    @classmethod
    def create(cls, spec):
        kind, name, age = spec.split(":")
        return cls.registry[kind](name, int(age))

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, {self.age})"

    def __copy__(self):
        return type(self)(self.name, self.age)


class Mammal(Animal):
    __slots__ = ("fur",)

    def __init__(self, name, age, fur="short"):
        super().__init__(name, age)
        self.fur = fur

    def move(self):
        return "walks"


class Dog(Mammal, sound="woof"):
    __slots__ = ()
    diet = "omnivore"

    def speak(self):
        return super().speak().upper() + "!"


class Bat(Mammal, sound="squeak", legs=2):
    __slots__ = ("wingspan",)

    @property
    def diet(self):
        return "insects"

    def move(self):
        return "flies and " + super().move()


class Penguin(Animal, sound="honk", legs=2):
    __slots__ = ("_weight",)

    def __init__(self, name, age, weight=20.0):
        super().__init__(name, age)
        self._weight = weight

    diet = property(lambda self: "fish")

    def move(self):
        return "waddles"

    @property
    def weight(self):
        return self._weight

    @weight.setter
    def weight(self, value):
        if value <= 0:
            raise ValueError("weight must be positive")
        self._weight = round(value, 1)

    @weight.deleter
    def weight(self):
        print(f"  forgetting {self.name}'s weight")
        del self._weight


class Enclosure(MutableMapping):
    def __init__(self, label):
        self.label = label
        self._animals = {}

    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{getattr(item, '__name__', item)}]"

    def __getitem__(self, key):
        return self._animals[key]

    def __setitem__(self, key, animal):
        if not isinstance(animal, Animal):
            raise TypeError(f"only animals, not {type(animal).__name__}")
        self._animals[key] = animal

    def __delitem__(self, key):
        del self._animals[key]

    def __iter__(self) -> Iterator:
        return iter(sorted(self._animals))

    def __len__(self):
        return len(self._animals)


print(sorted(Animal.registry), Dog.legs, Bat.legs, Bat.sound, Mammal.sound)
print(sorted(Mammal.__abstractmethods__), Dog.__abstractmethods__ == frozenset(), Penguin.__mro__[1].__name__)
for cls in (Animal, Mammal):
    try:
        cls("x", 1)
    except TypeError as e:
        print("TypeError:", e)

zoo = [Animal.create(s) for s in ["dog:Rex:3", "bat:Vlad:7", "penguin:Pingu:2"]]
for a in zoo:
    print(f"{a!r:22} {a.speak():24} {a.move():18} eats {a.diet}")
rex, vlad, pingu = zoo
vlad.wingspan = 0.3
for target, attr in [(rex, "wingspan"), (pingu, "fur"), (rex, "nickname")]:
    try:
        setattr(target, attr, 1)
    except AttributeError as e:
        print("AttributeError:", e)
print(hasattr(rex, "__dict__"), Dog.__slots__, Bat.__slots__, "fur" in dir(vlad), vlad.fur)

pingu.weight = 21.26
print(pingu.weight)
try:
    pingu.weight = -1
except ValueError as e:
    print("ValueError:", e)
del pingu.weight
try:
    pingu.weight
except AttributeError as e:
    print("AttributeError:", e)

pen = Enclosure("north")
pen["rex"] = rex
pen["vlad"] = vlad
pen.update(pingu=pingu)
print(list(pen), len(pen), "rex" in pen, pen.get("nobody", "-"), dict(pen.items()) == {k: pen[k] for k in pen})
print(pen.pop("vlad"), pen.setdefault("rex", None) is rex, list(pen.keys()), Enclosure[Dog], Enclosure[int])
try:
    pen["rock"] = "rock"
except TypeError as e:
    print("TypeError:", e)
print(isinstance(pen, MutableMapping), issubclass(Enclosure, dict), Enclosure.__mro__[1].__name__)

ref = weakref.ref(rex)
proxies = weakref.WeakValueDictionary({"rex": rex, "pingu": pingu})
print(ref() is rex, sorted(proxies.keys()), weakref.getweakrefcount(rex))
twin = copy.copy(rex)
print(twin, twin is rex, twin.fur if hasattr(twin, "fur") else "no fur set")
del pen["rex"], zoo, rex
print(ref(), sorted(proxies.keys()))


class Meta(abc.ABCMeta):
    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        obj.tag = f"#{cls.__name__[:3].lower()}"
        return obj


class Tagged(metaclass=Meta):
    def __init__(self, v):
        self.v = v


@Animal.register
class Robot:
    def move(self):
        return "rolls"


t = Tagged(5)
print(t.tag, t.v, type(Tagged).__name__, isinstance(Robot(), Animal), issubclass(Robot, Mammal))
print(Animal.registry.get("robot"), [c.__name__ for c in Mammal.__subclasses__()])
