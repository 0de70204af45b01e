import cmath
z = 3 + 4j
print(z, abs(z), z.real, z.imag, z.conjugate(), -z, +z, z * 1j, z / 2, z ** 2, z == 3 + 4j)
print(complex(1, 2), complex("1+2j"), complex("  -3.5j "), complex(2), complex(), complex("inf+nanj"), complex(1.5, -0.0))
print(1j ** 2, (1 + 1j) ** 0.5, 2 ** 1j, (1+2j) / (3-4j), (0j) ** 0, 1j * 1j == -1)
print(repr(complex(0, -0.0)), repr(-0j), repr(complex(-0.0, 0)), repr(1e20j), repr(complex(1e-5, 1e16)))
print(hash(1 + 0j) == hash(1), 1 + 0j == 1, 2.0 + 0j == 2.0, {1: "a"}[1 + 0j])
print(cmath.sqrt(-1), cmath.phase(-1), cmath.polar(1j), cmath.exp(1j * cmath.pi).real)
print(round(cmath.rect(2, cmath.pi / 2).imag, 10), cmath.isclose(cmath.exp(1j * cmath.pi), -1))
print(f"{z:.2f}", f"{z:>15}", f"{1.5-2.25j:+.1f}", format(1j, ""), str(complex(1, 0)))
for expr in ['z < z', '1j // 2', '1j % 2', 'complex("1+2")', 'complex("j j")', 'int(1j)', 'float(1j)',
             '0j ** -1', '1 / 0j', 'complex("1", 2)', 'complex(1, "2")', 'round(1j)', 'abs(complex(1e308, 1e308))',
             'divmod(1j, 1)', 'max(1j, 2j)', 'complex({})']:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
