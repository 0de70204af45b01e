def f(a, b, c=3, *, d, e=5):
    return (a, b, c, d, e)

print(f(1, 2, d=4))
print(f(1, b=2, d=4, e=6))
for call in [
    lambda: f(1, 2),
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3, 4, d=1),
    lambda: f(1, 2, a=1, d=1),
    lambda: f(1, 2, d=1, z=3),
    lambda: f(1, 2, d=1, **{'e': 1, 'q': 2}),
    lambda: f(*[1, 2], **{'d': 4, 'b': 9}),
]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)

def g(x, y, /, z):
    return x + y + z
print(g(1, 2, 3), g(1, 2, z=3))
try:
    g(1, y=2, z=3)
except TypeError as e:
    print(e)
try:
    g(x=1, y=2, z=3)
except TypeError as e:
    print(e)

def h(*, only):
    return only
try:
    h(1)
except TypeError as e:
    print(e)
try:
    h()
except TypeError as e:
    print(e)

def k(a, b, c, d):
    pass
try:
    k(1)
except TypeError as e:
    print(e)
try:
    k(1, 2, 3, 4, 5, 6)
except TypeError as e:
    print(e)
def k2(a, b=2):
    pass
try:
    k2(1, 2, 3)
except TypeError as e:
    print(e)
def k3(a, *, b=1, c=2):
    pass
try:
    k3(1, 2, 3)
except TypeError as e:
    print(e)
try:
    k3(1, 2, b=3)
except TypeError as e:
    print(e)
def k4(*, a, b, c):
    pass
try:
    k4(b=1)
except TypeError as e:
    print(e)
