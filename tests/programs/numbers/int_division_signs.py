pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (6, 3), (-6, 3), (1, 7), (10**20, 7), (-10**20, 7)]
for a, b in pairs:
    print(f"{a} // {b} = {a // b}, {a} % {b} = {a % b}, divmod = {divmod(a, b)}, / = {a / b}")
for a, b in [(7.5, 2), (-7.5, 2), (7, -2.5), (-0.0, 1), (5, 0.3)]:
    print(a, b, a // b, a % b, divmod(a, b))
for bad in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    for op in ("/", "//", "%", "divmod"):
        try:
            if op == "/":
                bad[0] / bad[1]
            elif op == "//":
                bad[0] // bad[1]
            elif op == "%":
                bad[0] % bad[1]
            else:
                divmod(*bad)
        except ZeroDivisionError as e:
            print(op, bad, "->", e)
print(-1 % 10**30, (-10**30) % 7, 2**100 // -3, -(2**100) % -3)
