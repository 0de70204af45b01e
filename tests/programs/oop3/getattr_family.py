class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])
    def __getattr__(self, name):
        self._log.append(name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self._log.append("set " + name)
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self._log.append("del " + name)
        delattr(self._target, name)

class T:
    pass
t = T()
t.a = 1
p = Proxy(t)
print(p.a)
p.b = 2
print(t.b)
del p.a
print(hasattr(t, "a"), p._log)
try:
    p.nothing
except AttributeError as e:
    print("AttributeError:", e)

class Counted:
    def __init__(self):
        self.hits = 0
    def __getattribute__(self, name):
        if name != "hits":
            object.__setattr__(self, "hits", object.__getattribute__(self, "hits") + 1)
        return object.__getattribute__(self, name)
    def method(self):
        return "m"
c = Counted()
c.method(); c.method; c.__class__
print(c.hits)

class Fallback:
    x = 1
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("no boom here")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"fallback:{name}"
f = Fallback()
print(f.x, f.boom, f.other)
print(getattr(f, "zzz"), getattr(T(), "zzz", "dflt"))
try:
    getattr(T(), "zzz")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(T(), 5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(T(), 5, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    object().foo = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1).real = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del T().x
except AttributeError as e:
    print("AttributeError:", e)
try:
    T.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    int.nope
except AttributeError as e:
    print("AttributeError:", e)
print(vars(t), sorted(vars(T).keys() & {"__module__", "__dict__"}))
class R:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    hasattr(R(), "x")
except KeyError as e:
    print("KeyError:", e)
