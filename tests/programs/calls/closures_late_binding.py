funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])

funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

def make_multipliers():
    result = []
    for n in range(1, 4):
        def mul(x, n=n):
            return x * n
        result.append(mul)
    return result
print([m(10) for m in make_multipliers()])

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
print(get())
print(inc.__closure__[0].cell_contents)
print(inc.__code__.co_freevars)

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()
print(outer()())

def shadow():
    value = 1
    def read():
        return value
    value = 2
    r1 = read()
    value = 3
    return r1, read()
print(shadow())

def unbound_free():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 5
    return inner()
print(unbound_free())

def del_cell():
    z = 1
    def get():
        return z
    del z
    try:
        get()
    except NameError as e:
        print(e)
del_cell()
