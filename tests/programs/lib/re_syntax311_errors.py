# re: the errors of 3.11's newer syntax, with CPython's messages and positions: conditional groups, atomic groups, possessive repeats, \N{name}, references in lookbehinds, and the names that still only warn.
import re
import warnings

patterns = [
    r'(?(1)a|b)', r'(a)(?(1)a|b|c)', r'(a)(?(1)a|b|c|d)', r'(a)(?(1)a|b|(c))', r'(a)(?(1)a|b|*)',
    r'(a)(?(1', r'(a)(?(1)', r'(a)(?(1)a', r'(a)(?(1)a|b', r'(?(1)', r'(?(', r'(?(1)a|', r'(?(1)|)',
    r'(?(0)a)', r'(?(-0)a)', r'(?(00)a)', r'(?(-1)a)', r'(?(x)a)', r'(?(1x)a)', r'(?()a)', r'(?(a b)a)',
    r'(?(n)b)(?P<n>a)', r'(a)(?(a)b)(?P<a>c)', r'(?P<a>x)(?(a', r'(?P<a>x)(?(a)', r'(?(\xb2)a)',
    r'(?(2)a))', r'(?(2)a)(?(1)b)', r'(?(2)a)(?(3)b)', r'(?(3)a)(?(2)b)(?(3)c)', r'(?(2)a)\3',
    r'(?(4294967296)a)(', r'(?(1073741823)a)(', r'(?(1073741822)a)(', r'(?(100)a)(',
    r'(?x)(a)(?(1) a | b | c)', r'(a)(?(1)(?#x)a|b)',
    r'(?>a', r'(?>', r'(?>a|', r'(?>a))', r'a*++', r'a**', r'a*?+', r'a+?*', r'a++?', r'a{2}{3}',
    r'(?>a)+*', r'a*+*', r'x{1}?+', r'b{,2}{1,2}+', r'*+', r'^*', r'^++', r'\b+', r'$*', r'\A{2}', r'\Z?',
    r'\N{EMDASH}', r'\N', r'\NA', r'\N{', r'\N{}', r'\N{EM DASH', r'\N{KEYCAP NUMBER SIGN}',
    r'\N{U+0041}', r'\N{ LATIN SMALL LETTER A}', r'\N{cjk unified ideograph-4e00}', '\\N{\xe9}',
    r'[\N{EMDASH}]', r'[\N{', r'[\N{}]', r'[\N]', r'[\N{EM DASH]', r'[a-\N{EMDASH}]',
    r'[\N{LATIN SMALL LETTER C}-\N{LATIN SMALL LETTER A}]',
    r'(?<=(a)\1)d', r'(?<!(a)\1)d', r'(?<=\1)(a)', r'(?<=(?P<n>a)(?P=n))', r'(?<=(?<=(a))\1)',
    r'(?<=(a)(?(1)b|c))', r'(?<=(?P<n>a)(?(n)b|c))', r'(?<=(?(1)b|c))d', r'(?<=a|(?(1)b))(a)',
    r'(a(?<=(?(1)b)))', r'(?<=(a(?(1)b)))', r'(a)(?<=(?(1)b|cd))', r'(a+)(?<=\1)', r'(?<=a++)c',
    r'(?<=a*)(', r'(?<=a*))', r'(?<=a*)(?P<1>)', r'(?<=a*)\2',
    r'((?:(?>a)){1,2}?)(?:(?(2)(?<=\1))){,2}',
]
for pattern in patterns:
    try:
        compiled = re.compile(pattern)
        print(repr(pattern), 'compiles:', compiled.groups, 'groups')
    except re.error as e:
        print(repr(pattern), '->', e.msg, '| pos', e.pos)

for pattern in [rb'\N{EM DASH}', rb'(?(1)a)', rb'(?(\xe9)a)', rb'(a)(?(1)b)', rb'a*+b', rb'(?>a)']:
    try:
        re.compile(pattern)
        print(pattern, 'compiles')
    except re.error as e:
        print(pattern, '->', e)

# Numbers that are no plain ASCII digits still name a group, with a warning.
for pattern in [r'(?(+1)a)', r'(?(1_0)a)', '(a)(?(\u0967)a)', rb'(a)(?( 1)a)', r'(a)(?( 1)a)', r'(?x)(a)(?( 1 )a)']:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            re.compile(pattern)
            outcome = 'compiles'
        except re.error as e:
            outcome = str(e)
    print(repr(pattern), outcome, [(w.category.__name__, str(w.message)) for w in caught])
