# types: the type names, new_class / prepare_class / resolve_bases with
# metaclasses and __mro_entries__, DynamicClassAttribute, coroutine
import types

print(types.__all__)
print(all(isinstance(getattr(types, n), type) for n in types.__all__ if n[0].isupper()))
print(types.LambdaType is types.FunctionType, types.NoneType is type(None))

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], kw)
        return {"prepared": True}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(ns), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

A = types.new_class("A", (), {"metaclass": Meta, "flavour": "x"}, lambda ns: ns.update(v=1))
print(A.__name__, type(A).__name__, A.prepared, A.v)
B = types.new_class("B", (A,), {"flavour": "y"})
print(type(B).__name__, B.__mro__[1].__name__)
print(types.new_class("Plain"), types.new_class("Plain").__mro__)
meta, ns, kw = types.prepare_class("C", (A,), {"metaclass": type, "k": 1})
print(meta.__name__, ns, kw)
meta, ns, kw = types.prepare_class("D")
print(meta, ns, kw)

class OtherMeta(type):
    pass
O = OtherMeta("O", (), {})
try:
    types.new_class("Bad", (A, O))
except TypeError as e:
    print("TypeError:", e)

class Stands:
    def __mro_entries__(self, bases):
        return (int, Mixin)
class Mixin:
    def hello(self): return "mixin"
bases = (Stands(), object)
print([b.__name__ for b in types.resolve_bases(bases)])
plain = (int, str)
print(types.resolve_bases(plain) is plain)
C = types.new_class("C", (Stands(),))
print(C.__mro__, C(5).hello(), type(C.__orig_bases__[0]).__name__)
class Wrong:
    def __mro_entries__(self, bases): return [int]
try:
    types.resolve_bases((Wrong(),))
except TypeError as e:
    print("TypeError:", e)

class Shape:
    def __init__(self): self._size = 3
    @types.DynamicClassAttribute
    def size(self):
        "the size"
        return self._size
    @size.setter
    def size(self, v): self._size = v
s = Shape()
print(s.size, Shape.__dict__["size"].__doc__)
s.size = 9
print(s.size)
try:
    Shape.size
except AttributeError as e:
    print("AttributeError", repr(e))
try:
    del s.size
except AttributeError as e:
    print("AttributeError:", e)

@types.coroutine
def ticker():
    yield "tick"
print(list(ticker()))
try:
    types.coroutine(5)
except TypeError as e:
    print("TypeError:", e)
ns = types.SimpleNamespace(x=1, y=[2])
print(ns, repr(types.SimpleNamespace()), ns == types.SimpleNamespace(y=[2], x=1))
mod = types.ModuleType("made", "its doc")
print(mod.__name__, mod.__doc__)

# DynamicClassAttribute: the refusals, getter()'s doc, an abstract one
class Panel:
    def read(self):
        "read doc"
        return 1
    ro = types.DynamicClassAttribute(read)
    wo = types.DynamicClassAttribute(None, lambda self, v: print("set", v))
    documented = types.DynamicClassAttribute(read, doc="own doc")
p = Panel()
for action in (lambda: setattr(p, "ro", 1), lambda: delattr(p, "ro"), lambda: p.wo):
    try:
        action()
    except AttributeError as e:
        print("refused:", e)
p.wo = 5
def other(self):
    "other doc"
    return 2
print(Panel.__dict__["ro"].getter(other).__doc__, Panel.__dict__["documented"].getter(other).__doc__)
print(Panel.__dict__["ro"].overwrite_doc, Panel.__dict__["documented"].overwrite_doc)
import abc
def abstract_get(self): return 3
abc.abstractmethod(abstract_get)
d = types.DynamicClassAttribute(abstract_get)
print(d.__isabstractmethod__, d.__get__(None, Panel) is d, d.__get__(p, Panel))
