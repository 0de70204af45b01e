for v in [0, 5, -5, 255, -255, 10**18, -(2**63), 2**63-1, True]:
    for spec in ['', 'd', '05d', '+d', ' d', 'x', '#X', '#o', 'b', '#b', '>8', '^9', '=+8', '*^10', '010', ',', '_x', 'n', 'c' if 0 <= v < 1000 else 'd', 'é>6']:
        print(repr(format(v, spec)), end=' ')
    print()
for v in [0.0, -0.0, 1.5, -2.25, 1234567.891, float('inf'), float('nan')]:
    for spec in ['.2f', '10.3f', '<10.1e', '^12g', '=+10.2f', '08.2f', '%', '.0%', ',.2f', 'é^12.3f']:
        print(repr(format(v, spec)), end=' ')
    print()
