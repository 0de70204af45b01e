import math
x, y = 3, 4
items = ["a", "b"]
d = {"key": "value", 1: "one"}
print(f"{x + y} {x * y:04d} {math.hypot(x, y):.1f} {items[0]}{items[-1]} {d['key']} {d[1]}")
print(f"{x=} {y = } {x+y=} {items=} {math.pi=:.3f} {x=!s} {'s'=}")
print(f"{'nested ' + f'{x}'} {f'{y!r:>3}'}")
width, prec = 10, 3
print(f"[{math.pi:{width}.{prec}f}] [{math.e:<{width}}] [{'x':^{width}}]")
print(f"{x if x > y else y} {(lambda v: v * 2)(x)} {[i * i for i in range(4)]} {dict(a=1)}")
print(f"{'single'}", f'{"double"}', f"""{'triple'}""", f"{'a' 'b'}")
print(f"{3.0!r} {'abc'!r} {'abc'!s:>5} {'é'!a}")
print(f"{{}} {{x}} {{{x}}}")
class P:
    def __init__(self, name):
        self.name = name
    def __format__(self, spec):
        return f"P<{self.name}|{spec}>"
    def __str__(self):
        return "str-P"
    def __repr__(self):
        return "repr-P"
p = P("z")
print(f"{p} {p:spec} {p!s} {p!r} {p!r:>8}")
print(format(p, "abc"), "{:xyz}".format(p), "{0!s:*^9}".format(p))
import datetime
when = datetime.date(2024, 3, 9)
print(f"{when:%Y/%m/%d} {when:%b %d}")
nums = [1.5, 22.25, 333.125]
for n in nums:
    print(f"{n:>10.2f}|{n:<10.1f}|{n:^+10.0f}|")
total = sum(nums)
print(f"Total: {total:,.2f} ({len(nums)} items, avg {total / len(nums):.3f})")
multi = f"""line1 {x}
line2 {y}"""
print(multi)
