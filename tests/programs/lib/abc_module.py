# abc: abstract methods (and the deprecated wrappers), register, __subclasshook__
import abc
from abc import ABC, ABCMeta, abstractmethod


def attempt(label, action):
    try:
        print(label, action())
    except Exception as error:
        print(label, type(error).__name__, error)


class Shape(ABC):
    @abstractmethod
    def area(self):
        return 0

    @property
    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f'{self.name} of area {self.area()}'


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2 + super().area()

    @property
    def name(self):
        return 'square'


class Half(Shape):
    def area(self):
        return 1


print(Square(3).describe(), sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__))
print(Square.__abstractmethods__, isinstance(Square(1), Shape), issubclass(Square, ABC))
attempt('abstract', lambda: Shape())
attempt('half', lambda: Half())


class Legacy(metaclass=ABCMeta):
    @abc.abstractclassmethod
    def build(cls):
        return cls.__name__

    @abc.abstractstaticmethod
    def helper():
        return 'help'

    @abc.abstractproperty
    def size(self):
        return 0


print(sorted(Legacy.__abstractmethods__), Legacy.build(), Legacy.helper())
print(type(Legacy.__dict__['build']).__name__, Legacy.__dict__['build'].__isabstractmethod__,
      Legacy.__dict__['helper'].__func__.__isabstractmethod__, isinstance(Legacy.__dict__['size'], property))


class Stack(ABC):
    @abstractmethod
    def push(self, item):
        ...


class ListStack:
    def push(self, item):
        pass


print(issubclass(ListStack, Stack), isinstance(ListStack(), Stack))
print(Stack.register(ListStack) is ListStack, issubclass(ListStack, Stack), isinstance(ListStack(), Stack))


@Stack.register
class Other:
    pass


print(Other.__name__, issubclass(Other, Stack), Stack.register(Stack) is Stack)


class SubStack(Stack):
    pass


attempt('cycle', lambda: SubStack.register(Stack))
attempt('not a class', lambda: Stack.register(3))
attempt('issubclass arg', lambda: issubclass(3, Stack))
print(issubclass(bool, Stack), issubclass(ListStack, SubStack))


class Drawable(ABC):
    @classmethod
    def __subclasshook__(cls, other):
        if cls is Drawable:
            return any('draw' in klass.__dict__ for klass in other.__mro__)
        return NotImplemented


class Canvas:
    def draw(self):
        pass


class Empty:
    pass


print(issubclass(Canvas, Drawable), issubclass(Empty, Drawable), isinstance(Canvas(), Drawable))
print(abc.get_cache_token() is not None, ABC.__slots__, type(ABC).__name__)
