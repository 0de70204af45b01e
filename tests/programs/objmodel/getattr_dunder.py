class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(("get", name))
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        delattr(self._target, name)

class T:
    pass
t = T()
p = Proxy(t)
p.a = 1
print(p.a, t.a)
del p.a
try:
    p.a
except AttributeError as e:
    print("AttributeError:", e)
print(p.log)

class Strict:
    __slots__ = ("x",)
s = Strict()
try:
    s.x
except AttributeError as e:
    print(e)
try:
    s.y = 1
except AttributeError as e:
    print(e)
s.x = 5
del s.x
try:
    del s.x
except AttributeError as e:
    print(e)

class GA:
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"no peeking at {name}")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"fallback:{name}"
g = GA()
g.visible = 1
print(g.visible, g.secret_x, g.other)
print(getattr(g, "missing", "dflt"), hasattr(g, "anything"))

try:
    object().foo
except AttributeError as e:
    print(e)
try:
    (1).foo = 2
except AttributeError as e:
    print(e)
try:
    "s".upper = 1
except AttributeError as e:
    print(e)
try:
    int.foo = 1
except TypeError as e:
    print(e)
try:
    T.nothing
except AttributeError as e:
    print(e)
class WithDict:
    pass
w = WithDict()
w.__dict__["k"] = 9
print(w.k, w.__dict__)
w.__dict__ = {"z": 1}
print(w.z)
try:
    w.__dict__ = 5
except TypeError as e:
    print(e)
