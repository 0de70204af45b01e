# calling user functions, methods, lambdas and classes with wrong arguments
def t(src):
    try:
        exec(src, g)
    except BaseException as e:
        print(f'{src!r}: {type(e).__name__}: {e}')
    else:
        print(f'{src!r}: ok')

g = {}
exec('''
def f(a, b): pass
def d(a, b=1, c=2): pass
def po(a, b, /, c): pass
def ko(a, *, k): pass
def kod(a, *, k=1, j): pass
def va(a, *args, k): pass
def kw(a, **kw): pass
def none(): pass
def many(a, b, c, d, e): pass
class A:
    def m(self, x): pass
    def n(self): pass
    @staticmethod
    def s(x): pass
    @classmethod
    def c(cls, x): pass
    def __init__(self, p): pass
class B:
    def __init__(self): pass
class C:
    pass
class D:
    def __new__(cls, x): return super().__new__(cls)
lam = lambda x, y: 0
def outer():
    def inner(q): pass
    return inner
inner = outer()
''', g)
for s in [
 "f()", "f(1)", "f(1, 2, 3)", "f(1, b=2, a=3)", "f(1, c=2)", "f(1, 2, b=3)", "f(b=1)", "f(1, 2, c=3, d=4)",
 "d()", "d(1, 2, 3, 4)", "d(1, d=5)", "d(1, 2, b=2)", "po(1, 2)", "po(1, b=2, c=3)", "po(a=1, b=2, c=3)",
 "po(1, 2, 3, a=1)", "ko(1, 2)", "ko(1)", "ko(k=1)", "kod(1)", "kod(1, 2)", "kod(1, 2, 3, j=1)", "va(1)", "va(1, 2, 3)",
 "kw()", "kw(1, 2)", "kw(1, a=2)", "none(1)", "none(x=1)", "none(1, x=1)", "many(1)", "many(1, 2, 3)", "many()",
 "A(1).m()", "A(1).m(1, 2)", "A(1).m(x=1, y=2)", "A(1).n(1)", "A.m(1)", "A.m()", "A.n()", "A(1).s()", "A.s(1, 2)",
 "A.c()", "A(1).c(1, 2)", "A()", "A(1, 2)", "A(p=1, q=2)", "B(1)", "C(1)", "C(x=1)", "D()", "D(1, 2)", "lam(1)",
 "lam(1, 2, 3)", "lam(1, z=2)", "inner()", "inner(1, 2)", "inner(r=1)", "f(*[1, 2, 3])", "f(**{'a': 1})", "f(*1)",
 "f(**1)", "f(**{1: 2})", "f(1, **{'a': 2})", "f(a=1, **{'a': 2})", "f(*[1], **{'b': 2, 'c': 3})", "int(*1)",
 "print(**[])", "dict(**{1: 2})", "f(1, *None)", "len(*[1, 2])", "A(1).m(*[1, 2])", "object.__init__(A(1), 1)",
 "object.__new__(C, 1)", "C.__init__(C(), 1)", "type.__new__(type)", "int.__new__(1)", "A.__init__()",
 "sorted([], lambda x: x)", "[].sort(lambda x: x)", "'a'.split(',', 1, 2)", "'a'.split(sepp=',')", "[].index(x=1)",
 "divmod(1, b=2)", "int('1', bas=2)", "max(1, 2, kee=1)", "dict.fromkeys([], 1, 2)", "'{}'.format(*[], **{})",
 "f(1, 2)(3)", "None()", "(1)()", "'a'()", "[]()", "A(1)()", "A(1).x()", "C()()", "f.__call__()",
 "import functools\nfunctools.partial(f, 1, 2)(3)", "import functools\nfunctools.partial(f, b=2)(1, 2)",
 "import functools\nfunctools.reduce(f, [])", "import functools\nfunctools.reduce(lambda a: a, [1, 2])",
 "import functools\n@functools.wraps(f)\ndef w(): pass\nw(1)", "import functools\nfunctools.lru_cache(maxsize='a')",
 "import functools\nfunctools.lru_cache(f)(1)", "import functools\nfunctools.lru_cache()(f)(1, 2, 3)",
]:
    t(s)
