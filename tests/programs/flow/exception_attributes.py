try:
    open("/nonexistent/file.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename)
    print(e)
    print(repr(e))
    print(isinstance(e, OSError), e.args)

try:
    {}["k"]
except KeyError as e:
    print(e.args, repr(e))

try:
    [].pop()
except IndexError as e:
    print(e.args)

try:
    int("abc")
except ValueError as e:
    print(e.args)

e = StopIteration(5)
print(e.value, e.args)
e = SystemExit(3)
print(e.code)
e = SystemExit()
print(e.code)
e = OSError(2, "No such file")
print(e.errno, e.strerror, type(e).__name__, e)
e = OSError("just a message")
print(e.errno, e.args)
print(type(OSError(2, "x")).__name__)
e = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(e)
print(e.encoding, e.object, e.start, e.end, e.reason)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
e = AttributeError("msg", name="nm", obj=5)
print(e.name, e.obj)
e = NameError("msg", name="xyz")
print(e.name)
print(ImportError("m", name="mod").name)
