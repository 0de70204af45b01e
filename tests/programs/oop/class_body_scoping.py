x = "global"
class C:
    x = "class"
    y = x + "!"
    items = [x for _ in range(2)]
    def method(self):
        return x
    z = (lambda: x)()
print(C.y, C.items, C().method(), C.z)
class Counter:
    count = 0
    def inc(self):
        self.count += 1
        return self.count
a, b = Counter(), Counter()
a.inc(); a.inc(); b.inc()
print(a.count, b.count, Counter.count, "count" in vars(a))
class Shared:
    items = []
    def add(self, v):
        self.items.append(v)
s1, s2 = Shared(), Shared()
s1.add(1); s2.add(2)
print(Shared.items, s1.items is s2.items)
def make_class(base_value):
    class Inner:
        value = base_value
        def get(self):
            return self.value, base_value
    return Inner
K = make_class(7)
print(K().get(), K.__qualname__, K.__name__, K.__module__)
class Outer:
    class Nested:
        def hi(self):
            return "nested"
    def make(self):
        return self.Nested()
print(Outer().make().hi(), Outer.Nested.__qualname__)
class WithDoc:
    "The docstring."
    attr: int = 5
    untyped: str
print(WithDoc.__doc__, WithDoc.__annotations__, WithDoc.attr, hasattr(WithDoc, "untyped"))
print(sorted(k for k in C.__dict__ if not k.startswith("__")))
class Dyn:
    for i in range(3):
        locals()[f"attr{i}"] = i
print(getattr(Dyn, "attr2", "no"), Dyn.i)
