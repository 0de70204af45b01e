class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, o):
        return "mm"
    def __imatmul__(self, o):
        self.rows = "imm"
        return self
    def __ipow__(self, o):
        return "ipow"
    def __ifloordiv__(self, o):
        return NotImplemented
    def __floordiv__(self, o):
        return "floordiv"
    def __ilshift__(self, o):
        return "ilshift"
    def __rmatmul__(self, o):
        return "rmm"
m = Matrix([1])
print(m @ 1, 1 @ m)
m @= 2
print(m.rows)
m **= 2
print(m)
m = Matrix([])
m //= 3
print(m)
m = Matrix([])
m <<= 1
print(m)
lst = [1]
alias = lst
lst += (2, 3)
lst *= 2
print(lst, alias is lst)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
s = {1}
s2 = s
s |= {2}
s &= {2, 3}
s -= {9}
s ^= {7}
print(s, s2 is s)
d = {"a": 1}
d |= {"b": 2}
d |= [("c", 3)]
print(d)
try:
    d |= 5
except TypeError as e:
    print("TypeError:", e)
try:
    lst += 5
except TypeError as e:
    print("TypeError:", e)
x = 5
x **= 2; x //= 3; x %= 5; x <<= 3; x >>= 1; x |= 64; x &= 0xF0; x ^= 1
print(x)
class Counter:
    def __init__(self):
        self.n = 0
c = Counter()
c.n += 1
items = [0, 0]
items[c.n] += 5
print(items, c.n)
class Logged:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        print("get", k)
        return self.d.get(k, 0)
    def __setitem__(self, k, v):
        print("set", k, v)
        self.d[k] = v
lg = Logged()
lg["a"] += 1
lg["a"] *= 10
print(lg.d)
class A:
    def __getattr__(self, n):
        print("getattr", n); return 1
    def __setattr__(self, n, v):
        print("setattr", n, v)
a = A()
a.z += 1
