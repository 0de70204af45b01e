def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = counter()
inc(); inc(5)
print(get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars)

def make_adders():
    return [lambda x: x + i for i in range(3)]
print([f(10) for f in make_adders()])
def make_adders_fixed():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders_fixed()])

def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    return middle(), x
print(outer())

def late():
    def show():
        return value
    value = "bound later"
    return show()
print(late())

def unbound():
    def show():
        return value
    try:
        return show()
    except NameError as e:
        return f"NameError: {e}"
    value = 1
print(unbound())

x = "global"
def shadow():
    print(x)
    x = "local"
try:
    shadow()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def g():
    global newglobal
    newglobal = 42
g()
print(newglobal)

def deleted():
    v = 1
    def f():
        return v
    del v
    try:
        f()
    except NameError as e:
        print("NameError:", e)
deleted()

class C:
    y = 10
    vals = [y for _ in range(2)] if False else None
    def m(self):
        try:
            return y
        except NameError as e:
            return f"NameError: {e}"
print(C().m())

def gen_scope():
    n = 3
    return list(i * n for i in range(n))
print(gen_scope())
def cell_vs_local():
    a = 1
    def f():
        a = 2
        return a
    f()
    return a
print(cell_vs_local())
