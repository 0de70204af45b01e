class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        cls.tag = kw.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("creating", cls.__name__, args)
        return super().__call__(*args, **kwargs)
    def __repr__(cls):
        return f"<R {cls.__name__}>"

class Base(metaclass=Registry):
    def __init__(self, v=0):
        self.v = v

class Child(Base, tag="kid"):
    pass

c = Child(5)
print(c.v, Child.tag, Base.tag)
print(Registry.classes)
print(repr(Child), type(Child).__name__, type(Registry).__name__)
print(isinstance(Child, Registry), isinstance(Child, type))

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"injected": 1}
class WithPrep(metaclass=Meta):
    x = injected + 1
print(WithPrep.x)

Dyn = type("Dyn", (object,), {"hello": lambda self: "hi", "n": 3})
print(Dyn().hello(), Dyn.n, Dyn.__name__)
try:
    type("Bad", (1,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)

class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class Both(A1, A2): pass
except TypeError as e:
    print("TypeError:", e)
