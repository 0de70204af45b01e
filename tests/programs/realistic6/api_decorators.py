# A small web-API style router: decorators with arguments, stacked classmethod/staticmethod/property, __call__ objects as decorators, functools.wraps/update_wrapper/singledispatchmethod/cached_property, and introspection of the wrapped functions.
import functools
import inspect


class Router:
    def __init__(self):
        self.routes = {}

    def route(self, path, *, methods=("GET",)):
        def register(func):
            for m in methods:
                self.routes[(m, path)] = func
            func.route_info = (path, tuple(methods))
            return func
        return register

    def dispatch(self, method, path, **kw):
        handler = self.routes.get((method, path))
        if handler is None:
            return 404, f"no route for {method} {path}"
        try:
            return 200, handler(**kw)
        except PermissionError as e:
            return 403, str(e)
        except (TypeError, ValueError) as e:
            return 400, f"{type(e).__name__}: {e}"


def requires(role):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, user=None, **kwargs):
            if user is None or role not in user.get("roles", ()):
                raise PermissionError(f"{func.__name__} needs role {role!r}")
            return func(*args, **kwargs)
        wrapper.required_role = role
        return wrapper
    return decorator


class CountCalls:
    """A decorator object: counts calls, keeps the wrapped function's identity."""

    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.__wrapped__(*args, **kwargs)

    def __get__(self, obj, objtype=None):
        return self if obj is None else functools.partial(self, obj)


def validate(**checks):
    def decorator(func):
        sig = inspect.signature(func)

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            bound = sig.bind(*args, **kwargs)
            bound.apply_defaults()
            for name, check in checks.items():
                if not check(bound.arguments[name]):
                    raise ValueError(f"invalid {name}: {bound.arguments[name]!r}")
            return func(*bound.args, **bound.kwargs)
        return wrapper
    return decorator


app = Router()


@app.route("/items", methods=("GET", "HEAD"))
@CountCalls
def list_items(limit=3):
    """List the first items."""
    return [f"item{i}" for i in range(limit)]


@app.route("/items/new", methods=["POST"])
@requires("admin")
@validate(name=lambda n: n.isidentifier(), price=lambda p: p > 0)
def create_item(name, price=1.0):
    """Create an item."""
    return {"name": name, "price": price}


for call in [("GET", "/items", {}), ("HEAD", "/items", {"limit": 1}), ("POST", "/items", {}),
             ("POST", "/items/new", {"name": "pen", "price": 2.5}),
             ("POST", "/items/new", {"name": "pen", "user": {"roles": ["admin"]}}),
             ("POST", "/items/new", {"name": "two words", "user": {"roles": ["admin"]}}),
             ("POST", "/items/new", {"name": "x", "price": -1, "user": {"roles": ["admin"]}}),
             ("POST", "/items/new", {"user": {"roles": ["admin"]}}),
             ("GET", "/items", {"limit": 2, "extra": True})]:
    print(call[0], call[1], "->", *app.dispatch(call[0], call[1], **call[2]))
print(list_items.calls, list_items.__name__, list_items.__doc__, list_items.route_info)
print(create_item.__name__, create_item.__doc__, create_item.required_role, create_item.route_info)
print(create_item.__wrapped__.__name__, inspect.signature(create_item.__wrapped__.__wrapped__))
print(inspect.unwrap(create_item).__qualname__, sorted(k for k in vars(create_item) if not k.startswith("_")))


class Temperature:
    _scale_names = {"C": "Celsius", "F": "Fahrenheit", "K": "Kelvin"}

    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"below absolute zero: {value}")
        self._c = value
        self.__dict__.pop("report", None)     # invalidate the cached text

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)

    @staticmethod
    def scale_name(code):
        return Temperature._scale_names.get(code.upper(), "unknown")

    @functools.cached_property
    def report(self):
        print("  (computing report)")
        return f"{self._c:.1f}°C = {self.fahrenheit:.1f}°F"

    @functools.singledispatchmethod
    def add(self, other):
        raise TypeError(f"cannot add {type(other).__name__} to Temperature")

    @add.register
    def _(self, other: int):
        return Temperature(self._c + other)

    @add.register(float)
    def _(self, other):
        return Temperature(round(self._c + other, 2))

    def __repr__(self):
        return f"Temperature({self._c!r})"


# (the class itself can be registered only once it exists)
Temperature.__dict__["add"].register(Temperature, lambda self, other: Temperature(self._c + other._c))
t = Temperature(21)
print(t.report)
print(t.report)
t.celsius = 25
print(t.report, Temperature.from_fahrenheit(212), Temperature.scale_name("k"), t.scale_name("x"))
print(t.add(5), t.add(0.333), t.add(Temperature(-5)))
for bad in ("warm", [1]):
    try:
        t.add(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 0
except AttributeError as e:
    print("AttributeError:", e)
print(type(Temperature.__dict__["from_fahrenheit"]).__name__, type(Temperature.__dict__["scale_name"]).__name__,
      type(Temperature.__dict__["celsius"]).__name__, Temperature.celsius.fset.__name__,
      type(Temperature.__dict__["report"]).__name__, Temperature.report.attrname)


class Service:
    instances = 0

    @CountCalls
    def ping(self, n=1):
        return "pong" * n

    @classmethod
    @functools.lru_cache(maxsize=None)
    def config(cls, key):
        cls.instances += 1
        return f"{cls.__name__}:{key}"


s = Service()
print(s.ping(), s.ping(2), Service.ping.calls, Service.ping.__name__)
print(Service.config("a"), Service.config("a"), Service.config("b"), Service.instances)
print(Service.config.cache_info(), Service.config.__wrapped__.__name__)
