print(isinstance(1, int), isinstance(1, (str, int)), isinstance(1, float), isinstance(True, int))
print(isinstance("s", (list, (tuple, str))), isinstance(None, type(None)), isinstance(1, int | str))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(KeyError, LookupError), issubclass(int, int | None))
print(type(1), type("s"), type([]), type(None), type(type), type(int), type(print), type(len))
print(type(1) is int, type(True) is int, type(True) == bool, type(1.0).__name__, type(lambda: 0).__name__)
class A: pass
class B(A): pass
b = B()
print(isinstance(b, A), isinstance(b, B), type(b) is A, issubclass(B, A), issubclass(A, B), issubclass(B, (int, A)))
print(type(b).__name__, type(b).__qualname__, B.__bases__, B.__mro__, A.__subclasses__())
for bad in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: isinstance(1, (int, 1)),
            lambda: issubclass(int, "x"), lambda: isinstance(1, list[int])]:
    try:
        print(bad())
    except TypeError as e:
        print(e)
X = type("X", (A,), {"value": 5, "get": lambda self: self.value * 2})
x = X()
print(X.__name__, x.get(), isinstance(x, A), X.__mro__)
print(type.__name__, object.__name__, int.__class__, callable(int), callable(1), callable(len), callable(b))
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == "magic"
class Magic(metaclass=Meta):
    pass
print(isinstance("magic", Magic), isinstance("other", Magic))
