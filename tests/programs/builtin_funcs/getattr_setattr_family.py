class Config:
    debug = False
    def __init__(self):
        self.name = "app"
c = Config()
print(getattr(c, "name"), getattr(c, "debug"), getattr(c, "missing", "dflt"), hasattr(c, "name"), hasattr(c, "zz"))
setattr(c, "level", 3)
print(c.level, vars(c))
delattr(c, "level")
print(vars(c), hasattr(c, "level"))
try:
    getattr(c, "missing")
except AttributeError as e:
    print(e)
try:
    delattr(c, "missing")
except AttributeError as e:
    print(e)
try:
    getattr(c, 5)
except TypeError as e:
    print(e)
try:
    setattr(1, "x", 2)
except AttributeError as e:
    print(e)
try:
    setattr("s", "upper", None)
except AttributeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
try:
    (1).real = 5
except AttributeError as e:
    print(e)
try:
    vars(5)
except TypeError as e:
    print(e)
print(getattr([], "append").__name__, getattr(str, "upper")("x"), getattr(Config, "debug"))
print(sorted(k for k in vars(Config) if not k.startswith("__")))
print([a for a in dir(c) if not a.startswith("_")])
print("__init__" in dir(Config), "append" in dir(list), len(dir(object)) > 10)
class Dyn:
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:]
        raise AttributeError(f"no {name}")
d = Dyn()
print(d.get_thing(), hasattr(d, "get_x"), hasattr(d, "other"), getattr(d, "other", "fallback"))
try:
    d.other
except AttributeError as e:
    print(e)
