import functools, heapq, bisect, string, math
def deco(f):
    @functools.wraps(f)
    def w(*a, **k): return f(*a, **k)
    return w
@deco
def target(a: int, b: str = "x") -> str:
    """Doc of target."""
    return b * a
print(target.__name__, target.__qualname__, target.__doc__, target.__annotations__, target.__module__, target.__wrapped__ is not None, target(2))
class Svc:
    calls = 0
    @functools.lru_cache(maxsize=None)
    def slow(self, n):
        Svc.calls += 1
        return n * 2
    @functools.cached_property
    def conf(self):
        return {"a": 1}
    @staticmethod
    @functools.cache
    def sq(n): return n * n
s = Svc()
print(s.slow(2), s.slow(2), Svc.calls, Svc.slow.cache_info().hits, Svc.sq(4), Svc.sq(4), Svc.sq.cache_info(), s.conf is s.conf)
ci = target.__wrapped__
print(type(functools.lru_cache(maxsize=1)(abs).cache_info()).__name__, functools.lru_cache(abs)(-3))
print(list(heapq.merge([1, 5, 9], [2, 2, 10], [0])), heapq.nsmallest(3, "hello world"), heapq.nlargest(2, [1, 2, 3], key=lambda x: -x))
h = []
for v in [5, 3, 8, 1]:
    heapq.heappush(h, -v)
print([-heapq.heappop(h) for _ in range(len(h))])
a = [10, 20, 30, 40]
print(bisect.bisect_left(a, 25, 1, 3), bisect.bisect_right(a, 40, lo=2), bisect.bisect(a, 5, hi=0), bisect.insort_right(a, 25) or a, bisect.bisect_left([], 1))
for e in ['bisect.bisect(5, 1)', 'bisect.bisect([1], 1, -1)', 'bisect.insort(None, 1)', 'heapq.heapify((1,))', 'functools.reduce(1, [1, 2])', 'functools.reduce(max, 5)', 'functools.lru_cache(1)(abs)(-2)']:
    try: print(e, eval(e))
    except Exception as ex: print(e, type(ex).__name__, ex)
t = string.Template("$a.$b $$ ${c}d")
print(t.substitute(a=1, b=2, c=3), t.safe_substitute(a=1), t.template, t.get_identifiers(), t.is_valid())
for bad in ["$1", "${", "$"]:
    try: string.Template(bad).substitute()
    except (ValueError, KeyError) as e: print(type(e).__name__, e)
print(string.capwords(" a  b\tc "), string.ascii_letters.index("Z"), string.digits[::-1], string.printable[-6:].encode())
