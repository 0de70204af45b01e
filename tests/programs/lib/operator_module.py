# operator: every function, the dunder aliases, the in-place forms, the
# getters and their reprs, errors
import operator as op

a, b = 17, 5
for name in ("lt", "le", "eq", "ne", "ge", "gt", "add", "sub", "mul", "truediv",
             "floordiv", "mod", "pow", "and_", "or_", "xor", "lshift", "rshift",
             "is_", "is_not"):
    f = getattr(op, name)
    print(name, f(a, b), f(b, a), f is getattr(op, "__%s__" % name.rstrip("_"), f))
for name in ("neg", "pos", "abs", "inv", "invert", "not_", "truth", "index"):
    print(name, getattr(op, name)(-6), getattr(op, name)(0))
print(op.index(True), type(op.index(True)).__name__, op.concat([1], [2]), op.concat("ab", "cd"))
print(op.contains("hello", "ell"), op.countOf([1, 1.0, True, 2, "1"], 1), op.indexOf("abcb", "b"))
d = {"k": 1}
op.setitem(d, "j", 2); op.delitem(d, "k"); print(d, op.getitem(d, "j"), op.getitem("xyz", slice(1, None)))
print(op.length_hint([1, 2, 3]), op.length_hint(iter("abcd")), op.length_hint(5), op.length_hint(5, 9))

class Hinted:
    def __init__(self, h): self.h = h
    def __length_hint__(self): return self.h
print(op.length_hint(Hinted(4)), op.length_hint(Hinted(NotImplemented), 2))
for bad in (Hinted(-1), Hinted("x")):
    try:
        op.length_hint(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(op.call(divmod, 17, b=5) if False else op.call(divmod, 17, 5), op.call(dict, x=1))

class Matrix:
    def __init__(self, v): self.v = v
    def __matmul__(self, o): return Matrix(self.v * o.v)
    def __imatmul__(self, o): self.v += o.v; return self
    def __repr__(self): return "M(%r)" % self.v
print(op.matmul(Matrix(2), Matrix(3)), op.imatmul(Matrix(2), Matrix(3)))

lst = [1, 2]
r = op.iadd(lst, [3]); print(r, r is lst, op.iconcat(lst, (4,)), lst)
for name, x, y in (("isub", 10, 3), ("imul", 4, 5), ("itruediv", 7, 2), ("ifloordiv", 7, 2),
                   ("imod", 7, 3), ("ipow", 2, 10), ("iand", 12, 10), ("ior", 12, 3),
                   ("ixor", 12, 10), ("ilshift", 1, 4), ("irshift", 256, 3)):
    print(name, getattr(op, name)(x, y), getattr(op, "__%s__" % name)(x, y))
s = {1, 2}
print(op.ior(s, {3}), s, op.iand(s, {2, 3}), s)

class P:
    def __init__(self, **kw): self.__dict__.update(kw)
    def greet(self, who, punct="!"): return "hi %s%s" % (who, punct)
p = P(name="ann", age=30, inner=P(city="Oslo"))
print(op.attrgetter("name")(p), op.attrgetter("name", "inner.city", "age")(p))
print(op.itemgetter(1)("abc"), op.itemgetter(0, -1)([5, 6, 7]), op.itemgetter("k", "j")({"k": 1, "j": 2}))
print(op.methodcaller("greet", "bob")(p), op.methodcaller("greet", "cy", punct="?")(p))
print(op.attrgetter("a.b", "c"), op.itemgetter(1, "x"), op.methodcaller("f", 1, k=2))
print(sorted([("b", 2), ("a", 3), ("c", 1)], key=op.itemgetter(1)))
print(type(op.itemgetter(1)).__name__, op.attrgetter("x").__reduce__()[1])
for call in (lambda: op.attrgetter(1), lambda: op.attrgetter(), lambda: op.itemgetter(),
             lambda: op.methodcaller(3), lambda: op.concat(1, 2), lambda: op.concat({1}, {2}),
             lambda: op.indexOf([1], 5), lambda: op.index("7"), lambda: op.attrgetter("zz")(p)):
    try:
        call()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print(op.__all__)
