items = list(range(10))
del items[0]
del items[-1]
del items[2:4]
del items[::2]
print(items)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)

class Box:
    def __init__(self):
        self.x = 1
        self.y = 2
b = Box()
del b.x
print(vars(b))
try:
    del b.x
except AttributeError as e:
    print(e)

a, c = 1, 2
del a, c
try:
    print(a)
except NameError as e:
    print(e)

nested = [[1, 2], [3, 4]]
del nested[1][0]
print(nested)

t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print(e)
try:
    del items[100]
except IndexError as e:
    print(e)

def f():
    v = 1
    del v
    try:
        del v
    except UnboundLocalError as e:
        print(e)
f()
g = 5
def h():
    global g
    del g
h()
print("g" in globals())
x = [1, 2, 3]
y = x
del x
print(y)
