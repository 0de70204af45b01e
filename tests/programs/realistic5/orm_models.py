# An ORM-like model layer: metaclass, __init_subclass__, descriptors, __getattr__/__setattr__, __set_name__.
class ValidationError(ValueError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


class Field:
    creation_counter = 0

    def __init__(self, *, default=None, required=True):
        self.default = default
        self.required = required
        Field.creation_counter += 1
        self.order = Field.creation_counter

    def __set_name__(self, owner, name):
        self.name = name
        self.storage = "_f_" + name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance.__dict__.get(self.storage, self.default)

    def __set__(self, instance, value):
        value = self.validate(value)
        instance.__dict__[self.storage] = value

    def validate(self, value):
        return value

    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"


class IntField(Field):
    def __init__(self, *, minimum=None, **kw):
        super().__init__(**kw)
        self.minimum = minimum

    def validate(self, value):
        if not isinstance(value, int) or isinstance(value, bool):
            raise ValidationError(self.name, f"expected int, got {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValidationError(self.name, f"{value} < {self.minimum}")
        return value


class StrField(Field):
    def __init__(self, *, max_length=20, **kw):
        super().__init__(**kw)
        self.max_length = max_length

    def validate(self, value):
        if not isinstance(value, str):
            raise ValidationError(self.name, "expected str")
        if len(value) > self.max_length:
            raise ValidationError(self.name, f"too long ({len(value)} > {self.max_length})")
        return value.strip()


class ModelMeta(type):
    registry = {}

    def __new__(mcls, name, bases, namespace, **kwargs):
        table = kwargs.pop("table", name.lower() + "s")
        cls = super().__new__(mcls, name, bases, namespace)
        fields = {}
        for base in reversed(cls.__mro__[1:]):
            fields.update(getattr(base, "_fields", {}))
        own = sorted(
            ((k, v) for k, v in namespace.items() if isinstance(v, Field)),
            key=lambda kv: kv[1].order,
        )
        fields.update(own)
        cls._fields = fields
        cls._table = table
        if name != "Model":
            mcls.registry[name] = cls
        return cls

    def __repr__(cls):
        return f"<model {cls.__name__} table={cls._table!r}>"

    def __len__(cls):
        return len(cls._fields)


class Model(metaclass=ModelMeta):
    _rows = None

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__()
        cls._rows = []
        cls._next_id = 1

    def __init__(self, **values):
        object.__setattr__(self, "_dirty", set())
        for name, field in self._fields.items():
            if name in values:
                setattr(self, name, values.pop(name))
            elif field.required and field.default is None:
                raise ValidationError(name, "is required")
        if values:
            raise TypeError(f"unknown fields: {', '.join(sorted(values))}")
        self._dirty.clear()
        object.__setattr__(self, "id", None)

    def __setattr__(self, name, value):
        if name not in self._fields and name != "id":
            raise AttributeError(f"{type(self).__name__} has no field {name!r}")
        super().__setattr__(name, value)
        if name in self._fields:
            self._dirty.add(name)

    def __getattr__(self, name):
        if name.startswith("get_") and name[4:] in self._fields:
            field_name = name[4:]
            return lambda: getattr(self, field_name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def save(self):
        cls = type(self)
        if self.id is None:
            self.id = cls._next_id
            cls._next_id += 1
            cls._rows.append(self)
        changed = sorted(self._dirty)
        self._dirty.clear()
        return changed

    @classmethod
    def where(cls, **conditions):
        return [r for r in cls._rows if all(getattr(r, k) == v for k, v in conditions.items())]

    def __repr__(self):
        body = ", ".join(f"{k}={getattr(self, k)!r}" for k in self._fields)
        return f"{type(self).__name__}(id={self.id}, {body})"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, k) == getattr(other, k) for k in self._fields)

    __hash__ = None


class Person(Model, table="people"):
    name = StrField(max_length=12)
    age = IntField(minimum=0)
    city = StrField(default="Nowhere", required=False)


class Employee(Person):
    salary = IntField(minimum=1000, default=1000, required=False)


print(Person, len(Person), list(Person._fields))
print(Employee, len(Employee), list(Employee._fields))
print(sorted(ModelMeta.registry))
print(Person.name, Employee.salary)

alice = Person(name="  Alice ", age=31)
print(alice, alice.save())
bob = Employee(name="Bob", age=45, city="Oslo", salary=5200)
print(bob.save(), bob)
bob.salary += 300
bob.city = "Bergen"
print(bob.save(), bob.get_salary(), bob.get_city())
carol = Person(name="Carol", age=31, city="Oslo")
carol.save()

for bad in [dict(name="Dan", age=-1), dict(name="Eve"), dict(name="x" * 13, age=3),
            dict(name="Fay", age=True), dict(name="Gus", age=2, nick="g")]:
    try:
        Person(**bad)
    except ValidationError as e:
        print("invalid:", e, "| field:", e.field)
    except TypeError as e:
        print("type error:", e)

try:
    alice.nickname = "Al"
except AttributeError as e:
    print("attr:", e)
try:
    alice.get_nothing
except AttributeError as e:
    print("attr:", e)

print(Person.where(age=31))
print(Employee.where(city="Bergen"))
print(Person._rows is Employee._rows, len(Person._rows), len(Employee._rows))
print(alice == Person(name="Alice", age=31), alice == bob, alice != carol)
try:
    hash(alice)
except TypeError as e:
    print("hash:", e)
print(isinstance(Person, ModelMeta), type(Employee).__name__, Employee.__mro__[1].__name__)
print(vars(alice).keys() - {"_dirty"} == {"_f_name", "_f_age", "id"})
