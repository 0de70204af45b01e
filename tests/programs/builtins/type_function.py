T = type('T', (), {'x': 1, 'f': lambda self: self.x * 2})
t = T()
print(T.__name__, t.x, t.f(), type(t) is T, T.__bases__)
U = type('U', (T,), {})
print(U().f(), U.__mro__[1] is T, isinstance(U(), T))
print(type(1) is int, type(True) is bool, type(type) is type, type(object) is type, type.__name__)
try:
    type('X', 1, {})
except TypeError as e:
    print(e)
try:
    type(1, 2)
except TypeError as e:
    print(e)
print(id(t) == id(t), id(1) != id(2) or True, isinstance(id(t), int))
print(vars(T)['x'], sorted(vars(t)), object().__class__.__name__)
try:
    object().x = 1
except AttributeError as e:
    print(e)
class W:
    __slots__ = ('a',)
w = W(); w.a = 1
try:
    w.b = 2
except AttributeError as e:
    print(e)
