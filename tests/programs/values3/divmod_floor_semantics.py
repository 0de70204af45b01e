pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (7.5, 2), (-7.5, 2), (7, 0.5), (0, 5), (5, 7), (-5, 7), (2**65, 3), (-(2**65), 7)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(f"{a!r:>22} {b!r:>4}: // {a // b!r:>22} % {a % b!r:>4} divmod {(q, r)} check {q * b + r == a}")
print(-7 // 2 == (-7) // 2, -(7 // 2), int(-7 / 2), -7 % 2, (-7) % -2, 7 % -2.0, -0.0 % 5, 0.0 % -5, 1e300 % 7, 5 % float("inf"), -5 % float("inf"))
minutes = 12345
h, m = divmod(minutes, 60)
d, h = divmod(h, 24)
print(f"{d}d {h:02d}h {m:02d}m", divmod(100, 7.0), divmod(-1, 10**30), divmod(True, 2))
for e in ['divmod(1, 0)', 'divmod(1.0, 0.0)', '5 // 0.0', '5 % 0', 'divmod("a", 2)', 'divmod(1, 1j)', '0 ** -1', '0.0 ** -2']:
    try: print(e, eval(e))
    except Exception as ex: print(e, type(ex).__name__, ex)
