# operators on mismatched types: binary, unary, comparison, augmented
def t(src):
    try:
        exec(src, {})
    except BaseException as e:
        print(f'{src!r}: {type(e).__name__}: {e}')
    else:
        print(f'{src!r}: ok')

def report(src, e):
    print(f'{src!r}: {type(e).__name__}: {e}')

def t_all(cases):
    """Each case in its own try statement, all in one program: one compile."""
    program = []
    for src in cases:
        body = '\n'.join('    ' + line for line in src.split('\n'))
        program.append(f'try:\n{body}\nexcept Exception as e:\n    report({src!r}, e)\n'
                       f'else:\n    print(repr({src!r}) + ": ok")\n')
    exec(''.join(program), {'report': report})

ops = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '@', '<', '<=', '>', '>=']
pairs = [('1', "'s'"), ("'s'", '1'), ('[1]', 'None'), ('None', 'None'), ('1.5', "b'x'"), ('{}', '{}'),
         ('(1,)', '[1]'), ('{1}', '1'), ('1j', '1j'), ('1.5', '1.5'), ("b'x'", "'s'")]
t_all([f'{a} {op} {b}' for a, b in pairs for op in ops])
t_all([f'{op}{v}' for op in ['-', '+', '~'] for v in ["'s'", '[1]', 'None', '{}', '1.5', "b'x'", '1j']])
cases = []
for op in ['+=', '-=', '*=', '/=', '//=', '%=', '**=', '<<=', '>>=', '&=', '|=', '^=', '@=']:
    cases += [f"x = 's'\nx {op} 1", f"x = [1]\nx {op} None"]
t_all(cases)
t("class A: pass\nclass B: pass\nA() < B()")
t("class A: pass\nA() + A()")
t("class A: pass\n-A()")
t("class A: pass\nA() @ 1")
t("class A: pass\n1 in A()")
t("1 in 5")
t("'a' in [1] + 1")
t("1 in 'abc'")
t("[] in 'abc'")
t("None in {}")
t("[] in {}")
t("[] in {1}")
t("{} in {1: 2}")
t("1 < 2 < 'a'")
t("x = None\nx.y += 1")
t("x = [1]\nx[5] += 1")
t("x = {}\nx['k'] += 1")
t("x = (1,)\nx[0] += 1")
t("x = 'ab'\nx[0] += 'c'")
t("[1] * 1.5")
t("'a' * 1.5")
t("'a' * -1 + None")
t("(1,) * 'a'")
t("[1] * [1]")
t("'%d' % ()")
t("not_defined + 1")
t("divmod(A(), 1)")
t("abs(A())")
t("int(A())")
t("float(A())")
t("complex(A())")
t("len(A())")
t("A()[0]")
t("A()[0] = 1")
t("del A()[0]")
t("iter(A())")
t("reversed(A())")
t("hash(A()) and A()()")
t("bool(1) + [] ")
t("True + 'x'")
t("1 << -1")
t("1 >> -1")
t("1 << 10**20")
t("1.5 << 1")
t("~1.5")
t("[1] < [1, 'a'] < [1, 2]")
t("[1, 'a'] < [1, 2]")
t("(1, 'a') < (1, 2)")
t("{1: 2} < {1: 2}")
t("{1} < [1]")
t("None < None")
t("1j < 1j")
t("object() < object()")
t("sorted([{}, {}])")
t("min(None, None)")
t("[3, 1, None].sort()")
