class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls)

class Alpha(Plugin, name="alpha!"):
    pass
class Beta(Plugin):
    pass
class Gamma(Beta):
    pass
print([c.plugin_name for c in Plugin.registry])

try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(e)

class Gen:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Gen[int], Gen["x"], Gen[1, 2])

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['created_by'] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        return cls
    def __call__(cls, *a, **k):
        print("making", cls.__name__, a)
        return super().__call__(*a, **k)
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"

class W(metaclass=Meta):
    def __init__(self, v):
        self.v = v
w = W(3)
print(w.v, W.created_by, W, type(W).__name__)
print(type(w) is W, isinstance(W, Meta), isinstance(w, W))

class Desc:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)
class Holder:
    x = Desc()
    y = Desc()
h = Holder()
print(h.x)
h.x = 5
print(h.x, h._x, type(Holder.x).__name__)
print(vars(h))
