class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"'Record' has no field '{name}'") from None
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError("private")
        self._fields[name] = value
    def __delattr__(self, name):
        print("deleting", name)
        del self._fields[name]
r = Record(a=1, b=2)
print(r.a, r.b)
r.c = 3
print(r._fields)
del r.a
print(r._fields)
try:
    r.zzz
except AttributeError as e:
    print(e)
try:
    r._hidden = 1
except AttributeError as e:
    print(e)
class Logged:
    def __init__(self):
        self.x = 10
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return super().__getattribute__(name)
l = Logged()
print(l.x)
try:
    l.missing
except AttributeError as e:
    print(e)
class Fallback:
    present = "here"
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("nope")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback for {name}"
f = Fallback()
print(f.present, f.secret, f.other)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.__class__.__name__)
