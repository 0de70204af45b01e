# functools.singledispatchmethod: what reading it gives, on an instance
# and on the class, bound as each kind of descriptor; abstractness; the
# wrapper's look; registration through an instance
import abc
from functools import singledispatchmethod


class Shapes:
    @singledispatchmethod
    def describe(self, arg):
        """Describes arg."""
        return f'{type(self).__name__}: something ({arg!r})'

    @describe.register
    def _(self, arg: int):
        return f'an int {arg}'

    @singledispatchmethod
    @classmethod
    def make(cls, arg):
        return (cls.__name__, 'default', arg)

    @make.register(list)
    @classmethod
    def _(cls, arg):
        return (cls.__name__, 'list', len(arg))

    @singledispatchmethod
    @staticmethod
    def plain(arg):
        return ('static', arg)

    @plain.register
    @staticmethod
    def _(arg: str):
        return ('static str', arg.upper())


class MoreShapes(Shapes):
    pass


s = MoreShapes()
print(s.describe(3), s.describe('x'), s.describe(True), s.describe(2.5))
print(Shapes.make([1, 2]), MoreShapes.make('q'), s.make([]))
print(Shapes.plain('ab'), s.plain(7))
print(Shapes.describe(s, 4), Shapes.describe(s, None))

bound = s.describe
print(bound.__name__, bound.__qualname__, bound.__doc__, bound.__wrapped__.__name__)
print(bound.__isabstractmethod__, s.describe is s.describe, callable(bound.register))
print(type(Shapes.__dict__['describe']).__name__, Shapes.__dict__['describe'].func.__name__)

# registering through an instance adds to the class's dispatcher
s.describe.register(float, lambda self, arg: f'a float {arg}')
print(Shapes().describe(1.5), s.describe(1.5))
print(sorted(c.__name__ for c in Shapes.__dict__['describe'].dispatcher.registry))

try:
    s.describe()
except Exception as e:
    print(type(e).__name__, e)


class Base(abc.ABC):
    @singledispatchmethod
    @abc.abstractmethod
    def handle(self, arg):
        ...


class Concrete(Base):
    def handle(self, arg):
        return 'handled'


print(Base.__abstractmethods__, Base.__dict__['handle'].__isabstractmethod__)
print(Shapes.__dict__['describe'].__isabstractmethod__, Concrete().handle(1))
try:
    Base()
except TypeError as e:
    print('TypeError', e)
for bad in (3, 'text', None):
    try:
        singledispatchmethod(bad)
    except TypeError as e:
        print('TypeError', e)
