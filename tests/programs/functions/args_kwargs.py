def f(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, kwargs)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2], **{'c': 3, 'z': 0}))
def g(x, y, /, z, *, w):
    return x, y, z, w
print(g(1, 2, 3, w=4), g(1, 2, z=3, w=4))
def h(*args, **kwargs):
    return args, kwargs
print(h(), h(1, k=2), h(*'ab', **dict(x=1)))
def defaults(a, b=[]):
    b.append(a)
    return b
print(defaults(1), defaults(2))
print(f.__name__, f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount)
