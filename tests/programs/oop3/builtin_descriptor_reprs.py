print(repr(int.__add__), repr(str.upper), repr(len), repr(object.__init__))
print(repr(type(None)), NotImplemented, Ellipsis, ..., type(...), type(NotImplemented))
print(repr(property), repr(staticmethod), repr(classmethod), repr(type), repr(super))
print(int.__add__.__name__, str.upper.__qualname__, int.__add__.__qualname__, len.__qualname__)
print(type(int.__add__).__name__, type(str.upper).__name__, type(len).__name__, type((1).__add__).__name__, type([].append).__name__)
print(type(dict.__dict__["fromkeys"]).__name__)
print(int.__dict__["__add__"] is int.__add__, str.__dict__["upper"] is str.upper)
print(object.__eq__(1, 1), object.__eq__(1, 2), object.__ne__(1, 2), int.__eq__(1, 1.0))
print(str.__len__("abc"), list.__getitem__([1, 2], 1), dict.__contains__({1: 2}, 1))
print(int.__new__(int, "5"), float.__new__(float), str.__new__(str, 3))
class A:
    def m(self): pass
print(A.m.__qualname__, A().m.__func__ is A.m, type(A.__dict__["m"]).__name__)
print(callable(A.m), A.__dict__["m"].__get__(None, A) is A.m)
bm = A().m
print(bm == A().m, bm.__self__.__class__.__name__)
print(sorted(set(dir(A())) - set(dir(object))))
print(sorted(vars(A))[:3], A.__dict__["__module__"])
print(type(A.__dict__).__name__)
try:
    A.__dict__["x"] = 1
except TypeError as e:
    print("TypeError:", e)
print(object.__subclasshook__(), bool.__base__, bool.__mro__, int.__subclasses__()[:1])
print(isinstance(A, type), isinstance(type, object), isinstance(object, type), type(type) is type)
print(A.__init__ is object.__init__, A.__repr__ is object.__repr__, A.__hash__ is object.__hash__)
print(str(A.__init__)[:30], str(A.__new__)[:30])
