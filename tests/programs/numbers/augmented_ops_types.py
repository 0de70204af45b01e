x = 5
x += 2; x -= 1; x *= 3; x //= 4; x **= 2; x %= 7; x <<= 3; x >>= 1; x |= 1; x &= 0xF; x ^= 0b101
print(x)
f = 1.5
f += 1; f *= 2; f /= 4; f -= 0.25; f **= 2; f //= 0.5; f %= 2
print(f)
s = "ab"
s += "cd"; s *= 2
print(s)
lst = [1]
alias = lst
lst += [2, 3]
lst *= 2
print(lst, alias is lst)
t = (1,)
t_alias = t
t += (2,)
print(t, t_alias, t is t_alias)
st = {1, 2}
st |= {3}; st &= {1, 3, 4}; st ^= {5}; st -= {1}
print(st)
d = {"a": 1}
d |= {"b": 2}
print(d)
class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print("add")
        return V(self.v + other)
    def __iadd__(self, other):
        print("iadd")
        self.v += other
        return self
class W:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print("W add")
        return W(self.v + other)
v = V(1)
v_id = id(v)
v += 5
print(v.v, id(v) == v_id)
w = W(1)
w_old = w
w += 5
print(w.v, w is w_old)
try:
    n = 1
    n += "s"
except TypeError as e:
    print(e)
try:
    lst += 5
except TypeError as e:
    print(e)
try:
    t += [1]
except TypeError as e:
    print(e)
lst += "xy"
print(lst)
items = [[0]]
items[0] += [1]
print(items)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print(e, tup)
