class AppError(Exception):
    pass
class ConfigError(AppError):
    def __init__(self, key, msg="bad config"):
        super().__init__(f"{msg}: {key}")
        self.key = key

try:
    try:
        raise ConfigError("port")
    except AppError as e:
        e.add_note("while loading settings.ini")
        e.add_note("line 12")
        raise
except ConfigError as e:
    print(e, e.key, e.__notes__, e.args)
e = ValueError("x")
try:
    e.add_note(5)
except TypeError as err:
    print("TypeError:", err)
print(hasattr(ValueError(), "__notes__"))
e.__notes__ = "not a list"
try:
    e.add_note("y")
except TypeError as err:
    print("TypeError:", err)
print(repr(ConfigError("k")), str(ConfigError("k", "missing")))
print(ConfigError.__mro__[1:3])
class WithStr(Exception):
    def __str__(self):
        return "custom str"
print(str(WithStr(1, 2)), repr(WithStr(1, 2)), WithStr(1, 2).args)
print(repr(Exception()), str(Exception()), str(Exception("a", 1)), repr(KeyError("k")), str(KeyError("k")))
print(str(KeyError()), str(KeyError(1, 2)))
err = OSError(2, "No such file")
print(err.errno, err.strerror, str(err), type(err).__name__)
print(type(OSError(2, "x", "f.txt")).__name__, str(OSError(2, "x", "f.txt")))
print(isinstance(FileNotFoundError(), OSError), IOError is OSError, EnvironmentError is OSError)
s = StopIteration(5)
print(s.value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(u, u.start, u.reason)
a = AttributeError("x", name="nm", obj=3)
print(a.name, a.obj)
n = NameError("q", name="q")
print(n.name)
print(BaseException.__subclasses__().__len__() > 3)
