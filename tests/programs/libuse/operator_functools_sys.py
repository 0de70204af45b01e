import operator, functools, math, random, sys, string
from operator import itemgetter, attrgetter, methodcaller
rows = [("b", 2, {"k": 1}), ("a", 3, {"k": 0}), ("c", 1, {"k": 2})]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0, 1))[0], itemgetter(2)(rows[0]), list(map(itemgetter(-1), ["ab", "cd"])))
class P:
    def __init__(self, n, a): self.name, self.addr = n, a
class A:
    def __init__(self, c): self.city = c
ps = [P("x", A("Oslo")), P("y", A("Bergen"))]
print([attrgetter("addr.city")(p) for p in ps], attrgetter("name", "addr.city")(ps[0]), methodcaller("split", ",")("a,b"), methodcaller("rjust", 5, "*")("x"))
print(itemgetter(1), attrgetter("a.b"), methodcaller("f", 1, k=2))
print(operator.add(1, 2), operator.mul("a", 3), operator.neg(5), operator.truediv(1, 4), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 5), operator.concat([1], [2]), operator.contains([1], 1), operator.getitem("abc", 1), operator.not_(0), operator.truth([]), operator.is_(None, None), operator.lt(1, 2), operator.index(5), operator.length_hint([1, 2]))
for e in ['itemgetter(5)("ab")', 'attrgetter("zz")(1)', 'operator.concat(1, 2)', 'methodcaller()', 'operator.index(1.5)', 'itemgetter()', 'attrgetter(1)']:
    try: print(e, eval(e))
    except Exception as ex: print(e, type(ex).__name__, ex)
class C:
    def m(self, a, b): return (self, a, b)
    pm = functools.partialmethod(m, 1)
print(C().pm(2)[1:], functools.reduce(operator.add, "abc"), functools.reduce(operator.add, [], "init"))
@functools.lru_cache(maxsize=3, typed=True)
def f(x): return type(x).__name__
print(f(1), f(1.0), f(True), f.cache_info(), f.__wrapped__.__name__, f.cache_parameters())
print(math.prod([2, 3], start=10), math.fsum([1e100, 1.0, -1e100]), math.isqrt(2**64), math.comb(5, 6), math.perm(3, 5), math.dist([1, 1, 1], [2, 2, 2]))
print(sys.maxsize, sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.int_info.bits_per_digit, sys.version_info[:2], sys.version_info >= (3, 8), sys.byteorder, type(sys.argv), sys.hash_info.modulus)
print(sys.getrecursionlimit(), sys.platform, sys.implementation.name != "", isinstance(sys.getsizeof(1), int), sys.flags.optimize, sys.stdout.write("w\n"), sys.stdin is not None, sys.maxunicode)
random.seed(3)
lst = list(range(10)); random.shuffle(lst); print(lst, random.sample(range(10), k=0), random.choices([], k=0), random.randint(-5, -5))
for e in ['random.shuffle((1, 2))', 'random.shuffle("ab")', 'random.sample(5, 1)', 'random.choices([1], [1, 2])', 'random.uniform("a", 1)', 'random.seed([1])', 'random.Random("x").randint(1, "2")', 'random.randrange(5, 1)']:
    try: print(e, eval(e))
    except Exception as ex: print(e, type(ex).__name__, ex)
print(string.Formatter().vformat("{0}{x}", (1,), {"x": 2}), string.Formatter().convert_field("x", "r"), string.Formatter().format_field(3.14159, ".2f"))
