# ** and pow() at the edges: infinities, zero, negative bases, complex
# results, huge exponents of 0, 1 and -1 (and of bools, which give ints).
inf, nan = float("inf"), float("nan")
for base in [inf, -inf, 0.0, -0.0, 2.0, -2.0, 0.5, -1.0]:
    row = []
    for exp in [3.0, 2.0, 0.5, -0.5, -1.0, -2.0, inf, -inf]:
        try:
            row.append(repr(base ** exp))
        except (ZeroDivisionError, OverflowError) as e:
            row.append(type(e).__name__)
    print(f"{base!r:>5}: {' '.join(row)}")
print(True ** 10**20, False ** 10**20, (-1) ** (10**20 + 1), 1 ** -(10**30), type(True ** 2))
print(pow(2, 10, 1000), pow(-2, 3, 5), pow(3, -1, 11), pow(True, True))
for a, b in [(0j, -1), (0j, 1j), (1e300 + 1e300j, 2), (-2 + 3j, 10**20), (1e200j, 3), (inf, 1j),
             (1e-300, -2 + 3j), (2j, -200), (1 + 1j, 0.5), (-1, 0.5), (-8.0, 1 / 3)]:
    try:
        print(f"{a!r} ** {b!r} = {a ** b!r}")
    except (ZeroDivisionError, OverflowError) as e:
        print(f"{a!r} ** {b!r} !! {type(e).__name__}: {e}")
for a, b in [(0, -1), (0.0, -2), (10.0, 400), (2, 0.5), (-2, -0.5)]:
    try:
        print(f"{a!r} ** {b!r} = {a ** b!r}")
    except (ZeroDivisionError, OverflowError) as e:
        print(f"{a!r} ** {b!r} !! {type(e).__name__}: {e}")
