log = []
class Field:
    def __set_name__(self, owner, name):
        log.append(f"set_name {owner.__name__}.{name}")
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(f"prepare {name} {kw}")
        return {}
    def __new__(mcls, name, bases, ns, **kw):
        log.append(f"meta new {name}")
        cls = super().__new__(mcls, name, bases, ns)
        log.append(f"meta new done {name}")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        log.append(f"meta init {name}")
        super().__init__(name, bases, ns)
class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        log.append(f"init_subclass {cls.__name__} {kw}")
def deco(cls):
    log.append(f"decorator {cls.__name__}")
    return cls
@deco
class Child(Base, flavour="x"):
    log.append("body")
    f = Field()
    g = Field()
print("\n".join(log))
class A:
    def __init_subclass__(cls, required, **kw):
        super().__init_subclass__(**kw)
        cls.required = required
try:
    class B(A):
        pass
except TypeError as e:
    print("TypeError:", e)
class C(A, required=3):
    pass
print(C.required)
try:
    class D(object, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
class Ordered:
    z = 1
    a = 2
    m = 3
print([k for k in Ordered.__dict__ if not k.startswith("__")])
def make_class(n):
    class Dyn:
        value = n
        def get(self):
            return self.value * n
    return Dyn
print(make_class(3)().get(), make_class(4).__qualname__)
print(type("X", (), {"__slots__": ("a",)})().__class__.__slots__)
class WithClassVarMut:
    registry = []
    def __init_subclass__(cls):
        cls.registry = cls.registry + [cls.__name__]
class S1(WithClassVarMut): pass
class S2(S1): pass
print(WithClassVarMut.registry, S1.registry, S2.registry)
