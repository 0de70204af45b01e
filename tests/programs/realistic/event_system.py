# An event bus with observers, decorators for registration, context
# managers for transactions, and finally an unhandled error whose
# traceback goes through several layers.

class EventBus:
    def __init__(self):
        self.handlers = {}
        self.history = []

    def on(self, event):
        def register(func):
            self.handlers.setdefault(event, []).append(func)
            return func
        return register

    def emit(self, event, **payload):
        self.history.append(event)
        results = []
        for handler in self.handlers.get(event, []):
            results.append(handler(**payload))
        return results


class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.snapshot = dict(self.store.data)
        print("  begin")
        return self.store

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("  commit")
            return False
        self.store.data = self.snapshot
        print(f"  rollback because of {exc_type.__name__}: {exc}")
        return exc_type is KeyError


class Store:
    def __init__(self):
        self.data = {}

    def transaction(self):
        return Transaction(self)


bus = EventBus()
store = Store()
audit = []


@bus.on("user.created")
def welcome(name, **extra):
    return f"welcome {name}"


@bus.on("user.created")
def remember(name, age=None):
    store.data[name] = age
    audit.append(("created", name))
    return len(store.data)


@bus.on("user.deleted")
def forget(name):
    del store.data[name]
    audit.append(("deleted", name))
    return name


print(bus.emit("user.created", name="ann", age=31))
print(bus.emit("user.created", name="bob"))
print(bus.emit("nothing.here"))
with store.transaction() as s:
    s.data["carl"] = 40
print(store.data)
with store.transaction() as s:
    s.data["dora"] = 22
    bus.emit("user.deleted", name="zed")
print("after swallowed KeyError:", store.data)
try:
    with store.transaction() as s:
        s.data.clear()
        raise ValueError("not allowed")
except ValueError as e:
    print("propagated:", e)
print(store.data, audit, bus.history)


class Pipeline:
    def __init__(self, *stages):
        self.stages = stages

    def run(self, value):
        for stage in self.stages:
            value = stage(value)
        return value


def parse_age(record):
    return {**record, "age": int(record["age"])}


def check_adult(record):
    if record["age"] < 18:
        raise ValueError(f"{record['name']} is a minor")
    return record


pipeline = Pipeline(parse_age, check_adult)
print(pipeline.run({"name": "eve", "age": "44"}))
bus.on("user.import")(lambda record: pipeline.run(record))
bus.emit("user.import", record={"name": "tim", "age": "12"})
