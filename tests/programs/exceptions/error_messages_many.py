cases = [
    "n = None\nn()", "n = None\nn[0]", "for x in None: pass", "{[1]: 2}", "set([[1]])", "1 + None", "'a' * 'b'", "'a' < 1",
    "[1, 2][1:2:0]", "int('')", "float('1,5')", "x = undefined_var", "(1, 2).append(3)", "'abc'.foo()",
    "len(None)", "abs(None)", "max(1)", "min([])", "sum(['a'])", "sorted([1, 'a'])", "next(5)",
    "iter(None)", "list(5)", "dict(5)", "tuple(1)", "set(1)", "str.upper(5)", "'%d' % 'x'", "'{}'.format()",
    "'{0}{1}'.format(1)", "chr('a')", "ord(5)", "round('x')", "divmod('a', 1)", "pow('a', 2)", "hash([])",
    "getattr(1, 'x')", "setattr(1, 'x', 2)", "delattr(1, 'real')", "isinstance(1, 2)", "issubclass(1, int)",
    "[].remove(1)", "{}.pop(1)", "{1}.remove(2)", "'abc'.index('z')", "(1,).index(2)", "range(1, 2, 3)[5]",
    "int(None)", "float(None)", "complex('x')", "bytes('a')", "bytearray(-1)",
    "object.__new__(int)", "type('X', (1,), {})", "super()", "1 / 0.0", "10 % 0.0", "2 ** -1 % 0",
    "import math; math.sqrt(-4)", "import math; math.factorial(-3)", "import math; math.factorial(1.5)",
    "i = None\n[1][i]", "f = 1.0\n'x'[f]", "{}['a']", "a, b = [1]", "a, b = 1", "def f(): return f()\nf()",
    "class A: pass\nA().x", "class A:\n    __slots__ = ()\nA().y = 1", "A = type('A', (), {})\nA.z",
    "f = lambda x: x\nf()", "f = lambda x: x\nf(1, 2)", "def g(a, *, b): pass\ng(1, 2)", "print(end=5)",
    "'x'.join([1])", "'a b'.split(1)", "'abc'.replace(1, 2)", "'x'.center('a')", "[1, 2, 3].sort(key=1)",
    "list.append([], 1, 2)", "int.from_bytes('x', 'big')", "(5).to_bytes(1, 'middle')", "'x'.encode('nope')",
    "b'x'.decode('nope')", "open('/nonexistent/file')", "raise TypeError('custom')", "assert 0, 'msg'",
    "x = 5\nx()", "x = 5\nx[0]", "x = 5\nx[0] = 1", "x = 5\ndel x[0]", "x = 'abc'\ndel x[0]", "x = (1,)\nx[0] = 2",
    "import sys\nsys.exit('bye')", "float('inf') // 1", "int(float('nan'))", "[0] * (2**62)",
]
for src in cases:
    try:
        exec(src, {})
    except BaseException as e:
        print(f'{src!r:45} {type(e).__name__}: {e}')
    else:
        print(f'{src!r:45} ok')
