# inspect: signatures of every kind of callable (partials, classes with
# __new__/__init__/a metaclass, callable objects, wrapped functions,
# __signature__), binding and its errors, building Signature and Parameter
# objects by hand and their checks
import inspect, functools, typing
from inspect import Parameter as P, Signature as S

def foo(a, b, *args, c, d=4, **kw): pass
def posonly(x, y=2, /, z=3, *, w): pass
for p in [functools.partial(foo, a='spam'), functools.partial(foo, 1, 2, 3, e=4),
          functools.partial(foo, 1, c=2), functools.partial(posonly, 1),
          functools.partial(functools.partial(foo, 1), 2, d=5)]:
    print(inspect.signature(p))
try: inspect.signature(functools.partial(foo, 1, a=2))
except ValueError as e: print("ValueError", str(e).split(" has ")[1])

class Meta(type):
    def __call__(cls, q, r=1): return super().__call__()
class WithMeta(metaclass=Meta): pass
class New:
    def __new__(cls, n, *, o): return super().__new__(cls)
class InitAfterNew(New):
    def __init__(self, zz): pass
class Plain: pass
class FromDict(dict): pass
class Callable:
    def __call__(self, x, *, y): pass
for obj in [WithMeta, New, InitAfterNew, Plain, Callable(), Callable().__call__, Callable.__call__]:
    print(inspect.signature(obj))
for obj in [FromDict, type, 3, Callable, "text"]:
    try: print(inspect.signature(obj))
    except (ValueError, TypeError) as e: print(type(e).__name__, e)

def wrapper_of(f):
    @functools.wraps(f)
    def inner(*a, **k): return f(*a, **k)
    return inner
@wrapper_of
def wrapped(x, y=2) -> int: pass
print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False))
wrapped.__signature__ = S([P("only", P.KEYWORD_ONLY)])
print(inspect.signature(wrapped))
wrapped.__signature__ = "nonsense"
try: inspect.signature(wrapped)
except TypeError as e: print(e)

# binding
sig = inspect.signature(foo)
for args, kwargs in [((1, 2, 3, 4), {"c": 5, "e": 6}), ((1,), {"b": 2, "c": 3}), ((), {})]:
    try:
        bound = sig.bind(*args, **kwargs)
        print(bound, bound.args, bound.kwargs)
    except TypeError as e: print("TypeError", e)
for args, kwargs in [((1,), {"a": 1, "c": 1}), ((1, 2), {"zz": 1, "c": 3}), ((1, 2), {})]:
    try: sig.bind(*args, **kwargs)
    except TypeError as e: print("TypeError", e)
ps = inspect.signature(posonly)
for args, kwargs in [((1,), {"w": 2}), ((1,), {"x": 1, "w": 2}), ((1, 2, 3, 4), {"w": 1}), ((), {"w": 1})]:
    try: print(ps.bind(*args, **kwargs))
    except TypeError as e: print("TypeError", e)
def kwtail(a, /, **rest): pass
print(inspect.signature(kwtail).bind(1, a=2))
partial_bound = sig.bind_partial(b=2, c=3)
print(partial_bound, partial_bound.args, partial_bound.kwargs)
partial_bound.apply_defaults(); print(partial_bound)
print(sig.bind(1, 2, c=3) == sig.bind(1, 2, c=3), sig.bind(1, 2, c=3) == sig.bind(1, 3, c=3))
print(inspect.signature(lambda: 0).bind())

# Signature and Parameter objects
for params in [[P('a', P.POSITIONAL_ONLY, default=1), P('b', P.POSITIONAL_OR_KEYWORD)],
               [P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_ONLY)],
               [P('a', P.POSITIONAL_OR_KEYWORD), P('a', P.KEYWORD_ONLY)],
               [P('a', P.POSITIONAL_ONLY), P('b', P.VAR_POSITIONAL), P('c', P.KEYWORD_ONLY, default=None)]]:
    try: print(S(params))
    except ValueError as e: print("ValueError", e)
for args, kwargs in [(('if', P.POSITIONAL_OR_KEYWORD), {}), (('if', P.POSITIONAL_ONLY), {}),
                     (('x', 7), {}), ((3, 1), {}), (('a b', 1), {}), (('x', P.VAR_POSITIONAL), {"default": 3}),
                     (('x', True), {}), (('t', P.KEYWORD_ONLY), {"annotation": int, "default": 0})]:
    try: print(repr(P(*args, **kwargs)))
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
p = P('x', P.POSITIONAL_OR_KEYWORD, default=1)
print(p.replace(name='y'), p.replace(kind=P.KEYWORD_ONLY, default=P.empty), p.replace(annotation='str'))
print(p == P('x', 1, default=1), p == P('x', 1), hash(p) == hash(P('x', 1, default=1)), p == "x")
k = P.KEYWORD_ONLY
print(repr(k), str(k), k.description, k.name, k.value, int(k), k == 3, list(type(k)))
print(inspect._ParameterKind(2), len(inspect._ParameterKind))
s1 = S([P('a', P.KEYWORD_ONLY), P('b', P.KEYWORD_ONLY)]); s2 = S([P('b', P.KEYWORD_ONLY), P('a', P.KEYWORD_ONLY)])
print(s1 == s2, hash(s1) == hash(s2), s1 == S([P('a', P.POSITIONAL_ONLY)]), s1 != 3)
print(sig.replace(return_annotation=int), sig.replace(parameters=[]), S(), repr(S(return_annotation="x")))
print(list(sig.parameters), type(sig.parameters).__name__, sig.return_annotation is S.empty, S.empty, P.empty)
print(S.from_callable(foo) == sig)

# annotations as signatures show them
def annotated(x: typing.List[typing.Dict[str, int]], y: 'str', z: list[int], v: Plain,
              w: typing.Optional[int] = None, *rest: int, u: "typing.Any" = 1) -> typing.Generic: pass
print(inspect.signature(annotated))
print(inspect.formatannotation(Plain), inspect.formatannotation(Plain, "__main__"), inspect.formatannotation(3))
print(inspect.getfullargspec(annotated))
print(inspect.getfullargspec(Callable().__call__))
try: inspect.getfullargspec(3)
except TypeError as e: print(e)
print(inspect.getcallargs(foo, 1, 2, 3, c=4, z=5))
for args, kwargs in [((1,), {"c": 1}), ((), {"c": 1}), ((1, 2), {"a": 1, "c": 1}), ((1, 2), {})]:
    try: inspect.getcallargs(foo, *args, **kwargs)
    except TypeError as e: print("TypeError", e)
def few(a, b=1, *, k, m): pass
def fixed(a): pass
def many(a, b, c, *rest): pass
for f, args, kwargs in [(few, (1, 2, 3), {"k": 1}), (few, (1, 2, 3), {}), (few, (), {}),
                        (fixed, (1, 2), {}), (fixed, (), {"a": 1, "b": 2}), (many, (1,), {}),
                        (few, (1,), {"k": 1}), (fixed, (), {}), (few, (1, 2, 3, 4), {"k": 1, "m": 2})]:
    try: print(inspect.getcallargs(f, *args, **kwargs))
    except TypeError as e: print("TypeError", e)
class WithMethod:
    def method(self, x, y=0): pass
w = WithMethod(); print(inspect.getcallargs(w.method, 5) == {'self': w, 'x': 5, 'y': 0}, list(inspect.getcallargs(w.method, 5)))
