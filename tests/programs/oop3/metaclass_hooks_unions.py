class D:
    def __set_name__(self, owner, name):
        raise ValueError("nope")
try:
    class C:
        x = D()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
class Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int)
    def __subclasscheck__(cls, sub):
        return sub is bool
    def __iter__(cls):
        return iter(["x", "y"])
    def __getitem__(cls, k):
        return f"Meta[{k}]"
    def __len__(cls):
        return 7
    def __or__(cls, other):
        return "custom or"
class IntLike(metaclass=Meta):
    pass
print(isinstance(3, IntLike), isinstance("3", IntLike), issubclass(bool, IntLike), issubclass(int, IntLike))
print(list(IntLike), IntLike[5], len(IntLike), IntLike | int)
print(int | str, type(int | str).__name__, int | None, (int | str) == (str | int))
print(isinstance(3, int | str), isinstance(None, int | None), issubclass(bool, int | str))
class Both:
    def __eq__(self, o):
        return NotImplemented
a = Both()
print(a == a, a == Both(), a != Both(), a != a)
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
print(OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2))
class HashBase:
    def __hash__(self):
        return 1
class EqChild(HashBase):
    def __eq__(self, o):
        return True
print(EqChild.__hash__ is None)
class IAdd:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return IAdd(self.v + o)
x = IAdd(1)
y = x
x += 5
print(x.v, x is y)
class Contains:
    def __contains__(self, k):
        return k
print(0 in Contains(), 5 in Contains(), "" in Contains(), 0 not in Contains())
class PropGetattr:
    @property
    def p(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return f"fallback {name}"
print(PropGetattr().p)
class ClsProp:
    _n = "cls-value"
    @classmethod
    @property
    def n(cls):
        return cls._n
print(ClsProp.n)
class UsesClassCell:
    def m(self):
        return __class__
    def n(self):
        return __class__.__name__
print(UsesClassCell().m() is UsesClassCell, UsesClassCell().n())
class Body:
    print("executing body", __qualname__, __module__)
    a = 1
    b = a + 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(Body.names)
class WithWeak:
    __slots__ = ("v", "__weakref__")
import weakref
w = WithWeak()
r = weakref.ref(w)
print(r() is w)
del w
print(r())
class NoWeak:
    __slots__ = ()
try:
    weakref.ref(NoWeak())
except TypeError as e:
    print("TypeError:", e)
def add_repr(cls):
    cls.__repr__ = lambda self: f"<{cls.__name__} decorated>"
    return cls
@add_repr
class Dec:
    pass
print(Dec())
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"C{self.v}"
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), min(Cmp(3), Cmp(1)), max([Cmp(3), Cmp(5)]))
try:
    Cmp(1) > Cmp(0)
    print("reflected lt works", Cmp(1) > Cmp(0))
except TypeError as e:
    print(e)
try:
    Cmp(1) <= Cmp(2)
except TypeError as e:
    print("TypeError:", e)
print(min([], default="empty"), max([1, 5, 3], key=lambda v: -v))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max(1)
except TypeError as e:
    print("TypeError:", e)
print((int | str) == (str | int), (int | str) != (str | int), (int | str) == (int | float), (int | None) == (None | int))
print(hash(int | str) == hash(str | int), {int | str: 1}[str | int], (int | str) == int, (list[int] | str) == (str | list[int]))
