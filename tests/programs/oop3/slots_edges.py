class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)
q = P.__new__(P)
try:
    q.x
except AttributeError as e:
    print("AttributeError:", e)
del p.x
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", e)
print(type(P.x).__name__)
print(P.__slots__)

class Q(P):
    pass
q = Q(3, 4)
q.extra = 5
print(q.extra, q.__dict__)

class R(P):
    __slots__ = ("z",)
r = R(1, 2)
r.z = 3
print(r.x, r.y, r.z)
try:
    r.w = 1
except AttributeError as e:
    print("AttributeError:", e)

class S:
    __slots__ = "only"
s = S()
s.only = 1
print(s.only)

class T:
    __slots__ = ("a", "__dict__")
t = T()
t.a = 1
t.b = 2
print(t.a, t.__dict__)

try:
    class U:
        __slots__ = ("a",)
        a = 5
except ValueError as e:
    print("ValueError:", e)
