# a class body whose namespace is a custom mapping: its __setitem__/__getitem__/__delitem__ see the line of the statement running
import sys
import warnings

class Namespace(dict):
    def __setitem__(self, key, value):
        print("set", key, sys._getframe(1).f_lineno)
        super().__setitem__(key, value)
    def __getitem__(self, key):
        print("get", key, sys._getframe(1).f_lineno)
        return super().__getitem__(key)
    def __delitem__(self, key):
        print("del", key, sys._getframe(1).f_lineno)
        super().__delitem__(key)

class Meta(type):
    @classmethod
    def __prepare__(metacls, name, bases):
        return Namespace()

class Body(metaclass=Meta):
    a = 1
    b = (
        a + 1)
    del a
    c = [
        b,
    ]

class Warner(dict):
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            warnings.warn(f"setting {key}", UserWarning, stacklevel=2)
        super().__setitem__(key, value)

class WarnMeta(type):
    @classmethod
    def __prepare__(metacls, name, bases):
        return Warner()

class Warned(metaclass=WarnMeta):
    first = 1

    second = 2
print(Body.b, Body.c, Warned.second)
