from collections import *
import json, re, random, math, functools, itertools, heapq, bisect, string, textwrap
class MyInt(int):
    def __str__(self): return "MyInt!"
    def __repr__(self): return "MyInt(%d)" % int(self)
class MyStr(str):
    def __str__(self): return "custom"
class MyFloat(float): pass
print(format(MyInt(3)), format(MyInt(3), "d"), f"{MyInt(3)}", f"{MyInt(3)!s}", "%s %d %r" % (MyInt(3), MyInt(3), MyInt(3)), str(MyInt(5)), [MyInt(1)])
print(format(MyStr("x")), f"{MyStr('x')}", "%s" % MyStr("x"), str(MyStr("y")), MyStr("a") + "b", type(MyStr("a") + "b"))
print(MyFloat(1.5), repr(MyFloat(2.5)), MyFloat(1.5) + 1, type(MyFloat(1.5) * 2))
print(OrderedDict(a=1), OrderedDict(), defaultdict(int, a=1), deque([1, 2], maxlen=3), deque(), Counter(), Counter(a=-1))
d = deque([1,2,3])
for e in ['d[5]', 'd.index(9)', 'd.remove(9)', 'deque([1], maxlen=-1)', 'd.rotate("a")', 'deque(1)', 'd.insert(9, 1) or d', 'd + [1]', 'd * "a"', 'd[1:2]']:
    try: print(e, eval(e))
    except Exception as ex: print(e, type(ex).__name__, ex)
print(json.dumps({"a": [1, {"b": None}]}, indent=4, separators=(",", ": ")), json.dumps(10**30), json.dumps(1.0e-7), json.dumps("\u2028\x7f"), json.dumps("é", ensure_ascii=True))
print(json.dumps([1.5, float("-inf")]), json.loads("-0"), json.loads("-0.0"), json.loads("1E2"), json.dumps({"a": 1}, indent=None, separators=(",", ":")))
print(re.sub(r"(\d+)", lambda m: str(int(m.group(1)) * 2), "a1 b22 c333"), re.findall(r"\b\w", "hi there you"), re.split(r"(\s)", "a b"), re.sub(r"\s+", " ", "a  \n b"))
print(re.match(r"(?P<a>x)?(y)", "y").groupdict(), re.match(r"(x)?(y)", "y").groups("-"), re.search("z", "abc"), repr(re.compile(r"\d+", re.I)))
m = re.match(r"(\w+) (\w+)", "hello world")
print(m, m.expand(r"\2 \1"), m.group(1, 2), m.regs if hasattr(m, "regs") else "", m.pos, m.endpos, m.re.pattern, m.string)
random.seed(1)
print(random.sample(range(10), k=3, counts=None) if False else random.sample(["a", "b"], counts=[2, 3], k=4), random.randrange(10, 100, 7), random.choices([1, 2, 3]), random.random())
random.seed(b"bytes"); print(random.random()); random.seed(2**100); print(random.random()); random.seed(-5); print(random.random())
r = random.Random(); r.seed(10); print(r.randint(0, 10**30), r.uniform(-1, 1), r.vonmisesvariate(1, 2), r.gammavariate(2, 3), r.lognormvariate(0, 1), r.weibullvariate(1, 2), r.binomialvariate(10, 0.5) if hasattr(r, "binomialvariate") else "")
print(math.comb(100, 50), math.perm(10, 0), math.isqrt(0), math.gcd(-4, 6), math.lcm(-4, 6), math.factorial(0), math.trunc(-0.5), math.log(1024, 2), math.log(100, 10), math.exp(-1000), math.atan(math.inf))
print(heapq.nsmallest(0, [1]), heapq.nlargest(5, [3, 1]), heapq.nsmallest(2, [(1, "b"), (1, "a")]), list(heapq.merge([3, 1], [2], key=lambda x: -x)))
print(textwrap.fill("a " * 30, 20), textwrap.wrap("word " * 3, 5, break_long_words=False), textwrap.fill("x\ty", 10, expand_tabs=True), textwrap.fill("Hello.  World.", fix_sentence_endings=True))
print(string.Template("${a}b $c").substitute({"a": 1}, c=2), "{0:{fill}>{w}}".format(7, fill="0", w=4))
print(functools.reduce(lambda acc, x: acc + [x * 2], [1, 2], []), functools.partial(sorted, reverse=True)([1, 3, 2]), repr(functools.partial(int, "5")))
