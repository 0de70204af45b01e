x = a or b or c
x = (a or b) or c
x = a and b and not c
x = not not a
x = a < b <= c == d != e > f >= g is h is not i in j not in k
x = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m ** n
x = -a + +b - ~c
x = -a ** -b ** c
x = await_ = 1
x = a if b else c if d else e
x = lambda: 0
x = lambda a, b=1, /, c=2, *d, e, f=3, **g: a
x = lambda *, a: a
x = lambda *a, **k: 0
x = (y := 10)
print(z := 1, w := 2)
x = [y := f(x), y ** 2]
x = a[b := 1]
x = f(a)(b)(c)
x = f(*args, **kwargs)
x = f(a, *b, c=1, *d, **e)
x = f(x for x in y)
x = f((x for x in y))
x = f(a=1, b=2,)
x = obj.attr.attr2
x = obj[0][1:2][::3][a:b:c][:, 1][..., None]
x = obj[1:2, 3]
x = obj[*a]
x = obj[*a, b]
x = obj[a,]
x = [1, 2, *rest]
x = (1, 2, *rest)
x = (1,)
x = ()
x = []
x = {}
x = {1, 2, *s}
x = {'a': 1, **d, 'b': 2}
x = {**a, **b}
x = [i for i in range(10) if i % 2 if i > 3 for j in range(i)]
x = {i for i in s}
x = {k: v for k, v in d.items()}
x = (i for i in g)
x = [(yield)]
x = ...
x = None, True, False
x = *a, *b
x = *a,
x = 1_000_000 + 0x_FF + 0o17 + 0b1010 + 1e10 + 1.5e-3 + 1_0.0_1e+1_0j + 3j + .5 + 5.
x = 123456789012345678901234567890 + 0xFFFFFFFFFFFFFFFFFFFF + 0o7777777777777777777777 + 0b1111111111111111111111111111111111111111111111111111111111111111
x = 9223372036854775807 + 9223372036854775808 + 1e999 + 1e999j + 0.1 + 1e16 + 1e-5
x = 'single' "double" '''triple''' """triple"""
x = u'kind' 'concat'
x = 'no kind' u'u'
x = b'bytes' B'more' rb'\d' Rb"\n"
x = r'\d\n' R"\t"
x = '\a\b\f\n\r\t\v\\\'\"\0\7\77\777\x41\u00e9\U0001F600\N{BULLET}\N{latin small letter a}'
x = '\ud800\udc80 lone surrogates'
x = b'\x00\xff\377\n'
x = 'unknown \escape \8 kept'
x = 'line \
continuation'
x = """multi
line"""
x = 'é', '中文', '\u200b', '\x7f'
x = f'{a}{b!r}{c!s}{d!a}{e:>10}{f!r:^{width}.{precision}}'
x = f'{x=}{ y = }{z=!s}{w=:.2f}'
x = f'{{literal}} {"nested"} {f"{inner}"}'
x = f'a' 'b' f'{c}' 'd'
x = rf'\d{x}' fR'{y}\n' F'{z}'
x = f'{a, b}' f'{a for a in b}' f'{yield}' f'{(lambda: 1)}'
x = f'''{
    a
}'''
x = f'{3!r:}' f'{x:}'
x = f'\N{BULLET} {x}'
x = f''
x = '' f''
µ = ﬁ = 1
x = µ + ﬁ
match = case = _ = type = 1
match(x)
match[1] = 2
match.x = 3
print(match, case, _)
