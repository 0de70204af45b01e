class Registry(type):
    classes = []
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.classes.append(name)
        return cls
class Base(metaclass=Registry):
    pass
class A(Base):
    pass
class B(A):
    x = 1
print(Registry.classes, type(B).__name__, B.x)
T = type('T', (object,), {'attr': 5, 'get': lambda self: self.attr})
print(T().get(), T.__name__)
class WithInit:
    def __init_subclass__(cls, tag='none', **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Tagged(WithInit, tag='hello'):
    pass
print(Tagged.tag, WithInit.__dict__.get('tag'))
