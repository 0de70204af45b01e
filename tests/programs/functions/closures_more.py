def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c1(), c2())
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def outer():
    x = 'outer'
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
def make_adders():
    return [lambda y, n=n: y + n for n in range(3)]
print([a(10) for a in make_adders()])
def cell_after():
    def get():
        return v
    v = 5
    return get()
print(cell_after())
def unbound():
    def get():
        return v
    r = None
    try:
        r = get()
    except NameError as e:
        r = str(e)
    v = 1
    return r
print(unbound())
print(counter().__closure__ is not None, counter.__closure__, c1.__code__.co_freevars)
x = 'global'
def shadow():
    x = 'local'
    def show():
        global x
        return x
    return show()
print(shadow())
