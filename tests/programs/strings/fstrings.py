name, n, pi = 'world', 42, 3.14159
print(f'hello {name}!', f'{n:5d}|{n:<5}|{n:^5}|{n:>5}|', f'{pi:.2f} {pi:10.3f} {pi:e}')
print(f'{n!r} {name!r} {name!s} {"é"!a}', f'{n:x} {n:X} {n:o} {n:b} {n:#x} {n:08.3f}')
print(f'{1234567:,} {1234567:_} {0.25:%} {0.5:.1%}', f'{{literal}}', f'{n=}', f'{name = }')
w = 10
print(f'{name:>{w}}|', f'{pi:{w}.{2}f}|', f'{"nested" if n > 40 else "no"}')
print(f'{3 + 4}', f'{[1, 2][1]}', f'{ {"a": 1}["a"] }', f"{'quoted'}")
print(f'{-0.0:z.1f}', f'{12:+d}', f'{-12: d}', f'{12: d}', f'{1e10:g}', f'{1e-10:g}', f'{123.456:g}')
