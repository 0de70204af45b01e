class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person("Ann", 30)
print(p.name, p.age, vars(p))
try:
    p.age = "old"
except TypeError as e:
    print(e)
print(Person.name.name, type(Person.age).__name__)

class ReadOnly:
    def __get__(self, obj, objtype=None):
        return "computed"
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Host:
    ro = ReadOnly()
    nd = NonData()
h = Host()
h.__dict__["nd"] = "instance wins"
h.__dict__["ro"] = "instance wins too"
print(h.nd, h.ro)
class DataDesc:
    def __get__(self, obj, objtype=None):
        return "data descriptor wins"
    def __set__(self, obj, value):
        raise AttributeError("read-only")
class Host2:
    dd = DataDesc()
h2 = Host2()
h2.__dict__["dd"] = "shadow"
print(h2.dd)
try:
    h2.dd = 1
except AttributeError as e:
    print(e)
class Method:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *a: self.f(obj, *a)
class UsesMethod:
    @Method
    def hello(self, who):
        return f"hello {who} from {type(self).__name__}"
print(UsesMethod().hello("you"))
class Init:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        print("subclass", cls.__name__, tag)
class Sub1(Init, tag="one"):
    pass
class Sub2(Init):
    pass
print(Sub1.tag, Sub2.tag)
