# numeric errors: float and int conversions and limits, math domain and range errors, division by zero, complex
def t(src):
    try:
        exec(src, {})
    except BaseException as e:
        print(f'{src!r}: {type(e).__name__}: {e} {e.args!r}')
    else:
        print(f'{src!r}: ok')

for s in [
 "float('nan1')", "float('infinity2')", "int(float('inf'))", "int(float('-inf'))", "int(float('nan'))",
 "float(10**400)", "10**400 / 1", "1 / 10**400", "10.0 ** 400", "(-8) ** 0.5 + ''", "2.0 ** 10000",
 "import math; math.exp(1000)", "import math; math.log(0)", "import math; math.log(-1)", "import math; math.sqrt(-1)",
 "import math; math.acos(2)", "import math; math.log(1, 1)", "import math; math.log(1, 0)", "import math; math.pow(0, -1)",
 "import math; math.fmod(1, 0)", "import math; math.gcd(1.5)", "import math; math.comb(-1, 2)", "import math; math.isqrt(-1)",
 "import math; math.ldexp(1.0, 100000)", "import math; math.floor('a')", "import math; math.ceil(float('inf'))",
 "import math; math.floor(float('nan'))", "import math; math.factorial(10**20)", "import math; math.perm(1, -1)",
 "import math; math.cosh(1000)", "import math; math.lgamma(-1)", "import math; math.gamma(0)", "import math; math.atanh(1)",
 "1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "1.0 // 0", "1.0 % 0", "0.0 ** -1", "0 ** -1", "divmod(1.0, 0.0)",
 "1j / 0", "(1+2j) % 2", "(1+1j) // 1", "int(1j)", "float(1j)", "abs(1j) < 1j", "round(1j)",
 "(1).__add__('a')", "int.__add__('a', 1)", "str.join(1, [])", "list.append(1, 2)", "dict.get([], 1)",
 "object.__setattr__(1, 'x', 2)", "object.__getattribute__(1, 2)", "type.__call__(1)",
]:
    t(s)
