# __getattr__ / properties / descriptors interplay with inheritance and super
class Lazy:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__
    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value
class Data:
    calls = 0
    @Lazy
    def expensive(self):
        Data.calls += 1
        return sum(range(10))
d = Data()
print(d.expensive, d.expensive, Data.calls, "expensive" in vars(d))
class Base:
    @property
    def kind(self):
        return "base"
class Derived(Base):
    @property
    def kind(self):
        return "derived+" + super().kind
print(Derived().kind)
class Config:
    defaults = {"color": "red", "size": 3}
    def __init__(self, **kw):
        self.__dict__["_values"] = dict(self.defaults, **kw)
    def __getattr__(self, name):
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(f"no setting {name!r}") from None
    def __setattr__(self, name, value):
        if name not in self.defaults:
            raise AttributeError(f"unknown setting {name!r}")
        self._values[name] = value
    def __dir__(self):
        return sorted(self._values)
c = Config(size=5)
print(c.color, c.size, dir(c))
c.color = "blue"
print(c.color)
for attempt in (lambda: c.weight, lambda: setattr(c, "weight", 1)):
    try:
        attempt()
    except AttributeError as e:
        print("AttributeError:", e)
print(getattr(c, "weight", "n/a"), hasattr(c, "size"))
class Chain:
    def __init__(self, path=()):
        self.path = path
    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return Chain(self.path + (name,))
    def __call__(self, *args):
        return f"{'.'.join(self.path)}{args}"
print(Chain().api.users.get(5))
class Readonly:
    __slots__ = ("_v",)
    def __init__(self, v):
        object.__setattr__(self, "_v", v)
    def __setattr__(self, n, v):
        raise AttributeError(f"{type(self).__name__} is read-only")
    @property
    def v(self):
        return self._v
r = Readonly(4)
print(r.v)
try:
    r.v = 5
except AttributeError as e:
    print("AttributeError:", e)
