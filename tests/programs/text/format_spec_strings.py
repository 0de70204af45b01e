name = "Ada"
print(f"[{name:10}] [{name:<10}] [{name:>10}] [{name:^10}] [{name:*^11}] [{name:.2}]")
print(f"[{name:>{8}}] [{name:{'^'}{9}}] [{'x':=<5}]" if False else f"[{name:>{8}}] [{name:{'^'}{9}}]")
print("{:>8}|{:<8}|{:^8}".format("r", "l", "c"))
print("{0}{1}{0}".format("ab", "-"), "{name} is {age}".format(name="Bo", age=7))
print("{0[0]} {0[1]} {1[key]} {2.real}".format([10, 20], {"key": "v"}, 3 + 4j))
print("{!r} {!s} {!a}".format("é", "é", "é"), f"{name!r:>8}")
print("{{literal}} {}".format(1), f"{{}} {{{name}}}")
print("{:,}".format(1234567), "{:_}".format(1234567), "{:_x}".format(0xFFFFFFFF), "{:,.2f}".format(1234.5))
print(format("txt", "s"), format(3, "s") if False else "", format(None, ""), format([1, 2]))
errors = [
    lambda: "{}".format(),
    lambda: "{1}".format(1),
    lambda: "{a}".format(b=1),
    lambda: "{0:d}".format("x"),
    lambda: "{:x}".format(1.5),
    lambda: "{:,s}".format("x"),
    lambda: "{".format(),
    lambda: "}".format(),
    lambda: "{0:.2f".format(1),
    lambda: "{:=}".format("s"),
    lambda: "{} {0}".format(1, 2),
    lambda: format(1, "q"),
    lambda: format("s", "+"),
    lambda: format(1.5, "d"),
    lambda: f"{1:{'.'}2f}",
    lambda: "{0.nope}".format(5),
    lambda: "{0[5]}".format([1]),
    lambda: format(3, ".2s"),
    lambda: format("abc", "#"),
    lambda: "{:c}".format(-1),
    lambda: format(2**40, "c"),
]
for e in errors:
    try:
        print(repr(e()))
    except Exception as exc:
        print(type(exc).__name__, exc)
