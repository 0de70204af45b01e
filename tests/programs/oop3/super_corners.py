class Base:
    def __init__(self, **kw):
        self.kw = kw
        print("Base.__init__", sorted(kw))
    @classmethod
    def create(cls):
        return f"Base.create for {cls.__name__}"
    def hello(self):
        return "Base.hello"

class Mid(Base):
    def __init__(self, a, **kw):
        self.a = a
        super().__init__(**kw)
    @classmethod
    def create(cls):
        return "Mid>" + super().create()
    def hello(self):
        def inner():
            return super(Mid, self).hello()
        return "Mid>" + inner()

class Leaf(Mid):
    def __init__(self):
        super().__init__(1, x=2, y=3)

leaf = Leaf()
print(leaf.a, leaf.kw)
print(Leaf.create())
print(leaf.hello())
try:
    super(Leaf, leaf).missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    super(int, "x")
except TypeError as e:
    print("TypeError:", e)
class Sneaky(Base):
    def m(self):
        def nested():
            return super().hello()
        return nested()
try:
    Sneaky().m()
except RuntimeError as e:
    print("RuntimeError:", e)
class S2(Base):
    @staticmethod
    def st():
        return super().hello()
try:
    S2.st()
except RuntimeError as e:
    print("RuntimeError:", e)
print(super(Mid, Leaf).create())
print(repr(super(Mid, leaf)).startswith("<super: <class 'Mid'>, <Leaf object>>"))
class Cls:
    def __repr__(self):
        return "Cls-repr " + super().__repr__()[:10]
print(repr(Cls()))
class WithSuperAttr(Base):
    def m(self):
        return super().__class__.__name__, super().__init__.__name__
print(WithSuperAttr().m())
class CountInit:
    def __init_subclass__(cls):
        print("subclass", cls.__name__)
        super().__init_subclass__()
class K1(CountInit): pass
class K2(K1): pass
class ListLogger(list):
    def append(self, x):
        print("append", x)
        super().append(x)
ll = ListLogger()
ll.append(1)
ll += [2]
print(ll, type(ll).__name__)
