# Subclasses of the built-in types: what their methods return, and how
# formatting and printing use their overrides.
class Celsius(float):
    def __str__(self):
        return f"{float(self):.1f}°C"

    def __repr__(self):
        return f"Celsius({float(self)!r})"

t = Celsius(21.456)
print(t, repr(t), f"{t}", f"{t:.2f}", "%s / %r" % (t, t), str(t), [t], t + 1, type(t + 1).__name__)

class Tag(str):
    def __str__(self):
        return "<" + super().__str__() + ">"

tag = Tag("b")
print(tag, f"{tag}", f"{tag:>5}", "{}".format(tag), tag.upper(), type(tag.upper()).__name__, tag == "b")

class Count(int):
    def __str__(self):
        return f"#{int(self)}"

c = Count(7)
print(c, f"{c}", f"{c:03d}", c + 1, type(c + 1).__name__, repr(c), "%d %s" % (c, c))

class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        if not self:
            raise IndexError("peek at an empty stack")
        return self[-1]

s = Stack().push(1).push(2).push(3)
print(s, s.peek(), len(s), s[::-1], type(s[::-1]).__name__, type(s + [4]).__name__, s.pop(), s)
try:
    Stack().peek()
except IndexError as e:
    print("IndexError:", e)

class Registry(dict):
    def __missing__(self, key):
        value = self[key] = f"auto-{key}"
        return value

r = Registry(a=1)
print(r["a"], r["b"], r, len(r), "c" in r, r.get("d"), sorted(r))

class Point(tuple):
    __slots__ = ()

    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    x = property(lambda self: self[0])
    y = property(lambda self: self[1])

    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"

p = Point(3, 4)
print(p, p.x, p.y, p == (3, 4), hash(p) == hash((3, 4)), sorted([Point(2, 1), Point(1, 5)]))
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)

class Flags(set):
    def __str__(self):
        return "|".join(sorted(self)) or "-"

f = Flags({"read", "write"})
print(f, Flags(), sorted(f | {"exec"}), type(f | {"exec"}).__name__, "read" in f)
