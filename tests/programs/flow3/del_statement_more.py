a = 1
del a
try:
    a
except NameError as e:
    print("NameError:", e)
try:
    del a
except NameError as e:
    print("NameError:", e)
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[::2]
print(lst)
del lst[1:]
print(lst)
try:
    del lst[5]
except IndexError as e:
    print("IndexError:", e)
d = {"a": 1, "b": 2}
del d["a"]
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
print(d)
class C:
    cls_attr = 1
c = C()
c.x = 1
del c.x
try:
    del c.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    del c.cls_attr
except AttributeError as e:
    print("AttributeError:", e)
del C.cls_attr
print(hasattr(C, "cls_attr"))
x, y = 1, 2
del x, y
print("x" in dir(), "y" in dir())
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
def f():
    z = 1
    del z
    try:
        return z
    except UnboundLocalError as e:
        return str(e)
print(f())
g = {"k": [1, 2, 3]}
del g["k"][1]
print(g)
try:
    del int.real
except TypeError as e:
    print("TypeError:", e)
try:
    del (1).real
except AttributeError as e:
    print("AttributeError:", e)
