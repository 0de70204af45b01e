def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter(10)
inc(); inc(5)
print(get())
print(inc.__closure__[0].cell_contents)
print(get.__code__.co_freevars, make_counter.__code__.co_cellvars)

def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner
    x = 2
    return mid()
print(outer()())

funcs = []
for i in range(3):
    funcs.append(lambda i=i: i * 10)
print([f() for f in funcs])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])

def acc():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
a = acc()
print(a(1), a(2), a(3))

def broken():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 5
    return inner()
print(broken())

x = "global"
def reader():
    return x
def shadow():
    x = "local"
    def r():
        return x
    return r()
print(reader(), shadow())

def gl():
    global newglobal
    newglobal = 42
gl()
print(newglobal)

def nl_chain():
    a = 0
    def l1():
        def l2():
            nonlocal a
            a += 1
        l2(); l2()
    l1()
    return a
print(nl_chain())
def cell_del():
    v = 1
    def f():
        return v
    del v
    try:
        f()
    except NameError as e:
        print(e)
cell_del()
