class LoudDict(dict):
    def __setitem__(self, k, v):
        print("setitem", k)
        super().__setitem__(k, v.upper() if isinstance(v, str) else v)
    def __getitem__(self, k):
        return super().__getitem__(k)
d = LoudDict(a="x")
d["b"] = "y"
d.update(c="z")
d.setdefault("e", "w")
print(d, type(d).__name__, isinstance(d, dict))
print(d | {"q": 1}, type(d | {"q": 1}).__name__)
print(dict(d) == d, repr(d))

class DefaultZero(dict):
    def __missing__(self, k):
        self[k] = 0
        return 0
dz = DefaultZero()
for ch in "hello":
    dz[ch] += 1
print(dz, dz.get("zz"), "zz" in dz)

class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), s[1:], type(s[1:]).__name__, type(s + s).__name__, len(s))
print(s == [1, 2, 3, 4], sorted(s, reverse=True))

class Tag(str):
    def shout(self):
        return self.upper() + "!"
t = Tag("hi")
print(t.shout(), t + "x", type(t + "x").__name__, t * 2, "%s" % t, f"{t:>4}", t == "hi", hash(t) == hash("hi"))

class Bag(set):
    def __repr__(self):
        return "Bag(" + ", ".join(map(str, sorted(self))) + ")"
b = Bag([3, 1, 2])
print(b, b | {9}, type(b | {9}).__name__, Bag() == set())

class Flags(int):
    def __repr__(self):
        return f"Flags({int(self):#b})"
f = Flags(5)
print(repr(f), f | 2, type(f | 2).__name__, f"{f}", str(f), f == 5)

class Attr(dict):
    __getattr__ = dict.__getitem__
    __setattr__ = dict.__setitem__
a = Attr(x=1)
a.y = 2
print(a.x, a.y, a)
try:
    a.z
except KeyError as e:
    print("KeyError:", e)

class T(tuple):
    pass
print(T((1, 2)), T() == (), type(T((1,)) + (2,)).__name__)
class Err(ValueError):
    pass
print(repr(Err("m")), Err("m").args, isinstance(Err(), Exception))
