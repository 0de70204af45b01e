# Descriptors that validate attributes, the way model classes are written.
class Field:
    def __init__(self, kind, *, minimum=None, default=None):
        self.kind = kind
        self.minimum = minimum
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name
        owner._fields = getattr(owner, "_fields", ()) + (name,)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.name} must be >= {self.minimum}, got {value!r}")
        obj.__dict__[self.name] = value

    def __delete__(self, obj):
        raise AttributeError(f"cannot delete field {self.name!r}")


class Model:
    def __init__(self, **values):
        for name in self._fields:
            if name in values:
                setattr(self, name, values.pop(name))
        if values:
            raise TypeError(f"unexpected fields: {', '.join(sorted(values))}")

    def __repr__(self):
        inner = ", ".join(f"{n}={getattr(self, n)!r}" for n in self._fields)
        return f"{type(self).__name__}({inner})"


class Product(Model):
    name = Field(str, default="?")
    price = Field(float, minimum=0.0, default=0.0)
    qty = Field(int, minimum=0, default=0)


print(Product._fields, Product.price.kind.__name__)
print(Product(name="pen", price=1.5, qty=3))
print(Product())
for kwargs in [dict(price=-1.0), dict(qty="3"), dict(name="x", colour="red", size=2), dict(qty=2.5)]:
    try:
        print(Product(**kwargs))
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
p = Product(name="ink")
p.qty = 10
try:
    del p.qty
except AttributeError as e:
    print("AttributeError:", e)
print(p, vars(p))


class Lazy:
    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.fn(obj)
        setattr(obj, self.fn.__name__, value)   # cached: a non-data descriptor is shadowed
        return value


class Report:
    computed = 0

    @Lazy
    def summary(self):
        Report.computed += 1
        return "expensive summary"


r = Report()
print(r.summary, r.summary, Report.computed, "summary" in vars(r), type(Report.summary).__name__)
