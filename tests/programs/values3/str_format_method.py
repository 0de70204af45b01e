print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age} years".format(name="Ann", age=30))
print("{0[1]} {0[0]} {1[key]}".format(["x", "y"], {"key": "v"}))
class P:
    x = 3
    y = 4
print("{0.x},{0.y}".format(P()))
print("{:>{}}|".format("r", 5), "{:{}{}}|".format("c", "^", 7))
print("{!r} {!s} {!a}".format("q", "q", "ü"))
print("{:,} {:_x} {:.3}".format(10**9, 2**32, "abcdef"))
print("{{}} {{{}}}".format("in"))
d = {"a": 1, "b": 2}
print("{a}+{b}".format(**d), "{a}".format_map(d))
class Default(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a} {zz}".format_map(Default(a=5)))
cases = [
    ("{} {}", (1,), {}),
    ("{0} {}", (1, 2), {}),
    ("{} {0}", (1, 2), {}),
    ("{x}", (), {}),
    ("{5}", (1,), {}),
    ("{", (), {}),
    ("}", (), {}),
    ("{0!x}", (1,), {}),
    ("{0.missing}", (1,), {}),
    ("{0[5]}", ([1],), {}),
    ("{0[k]}", ({},), {}),
    ("{:d}", ("s",), {}),
    ("{0:{1}}", (1, "zz"), {}),
    ("{!}", (1,), {}),
    ("{0!rr}", (1,), {}),
    ("{0[}", (1,), {}),
    ("{:{:{}}}", (1, 2, 3), {}),
    ("{:{:}}", (1, 2), {}),
    ("{:{}}|{:>{}}", (1, 4, "r", 3), {}),
]
for fmt, args, kw in cases:
    try:
        print(repr(fmt.format(*args, **kw)))
    except Exception as e:
        print(repr(fmt), type(e).__name__ + ":", e)
