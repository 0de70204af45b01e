def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9))
print(f(*[1, 2, 3], **{'c': 0, 'z': 1}))
def g(x, y, /, z, *, w):
    return x, y, z, w
print(g(1, 2, 3, w=4), g(1, 2, z=3, w=4))
def h(items=[]):
    items.append(1)
    return items
print(h(), h(), h([]))
def defaults(a, b=[1], c={'k': 1}, d=None):
    return a, b, c, d
print(defaults(0), defaults.__defaults__, g.__kwdefaults__, f.__kwdefaults__)
print(f.__name__, f.__qualname__, f.__code__.co_argcount, f.__code__.co_varnames[:3])
