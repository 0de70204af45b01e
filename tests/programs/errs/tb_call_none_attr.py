class Registry:
    def __init__(self):
        self.handlers = {}

    def get(self, name):
        return self.handlers.get(name)

r = Registry()
r.handlers["ok"] = lambda: "fine"
print(r.get("ok")())
r.get("missing")()
