# re: the cases where differential fuzzing of 3.11's newer syntax found pyrun unlike CPython: groups set in a failed lookaround, possessive repeats (each iteration its body's first match; empty ones), conditions inside the group they test, and the lookbehind width error coming last.
import re

def show(pattern, text, flags=0):
    rx = re.compile(pattern, flags)
    m = rx.search(text)
    print(repr(pattern), repr(text), m and (m.span(), m.groups(), m.lastindex),
          [(m.span(), m.groups(), m.lastindex) for m in rx.finditer(text)])

# A negative lookahead's groups, and those of a lookbehind that the rest
# of the pattern fails after, are forgotten (lastindex too).
show(r'(?(1).|(?:(?!(?P<g1>[ab]))|(?!x)))', 'ab c')
show(r'(?:(?<=(a))|(?:\w){1,2}?)', 'aaAab', re.I)
show(r'(?:(?:(?<=(a))[ab]|\w)){1,2}+', 'ca cab', re.M)
show(r'(?!(a))x|(?=(b))', 'axb')
show(r'(?:(?<=(a))x|.)', 'ab')
show(r'(?:(?<=(a))b|.)+', 'abxab')
# Possessive repeats: no backtracking into an iteration, nor fewer of them.
show(r'((?:(?>[^a]).{,2}){2}+)', 'xc')
show(r'(?:(?<!a)(?:(?:\w|\d)){,2}){2}+', 'ab', re.I)
show(r'(?:[\N{LATIN SMALL LETTER A}c]|\A){2}+', 'ab ac')
show(r'(?:(?:\Ab)*?(?:a{1,3}|^)){2}+', 'aab')
show(r'(?:((?(1)[ab]|^))){1,2}+(?(1)(?:(x))*?|(?<!\w))', 'a xxxaAA')
show(r'(?:(?=((?(1).)))){1,2}+', '1')
show(r'(?:(?P<g1>(?:(?(1).|b)){,2}+)){1,2}+', 'ca', re.M)
# A lookbehind of varying width is an error only once the rest is read.
for pattern in [r'((?:(?>a)){1,2}?)(?:(?(2)(?<=\1))){,2}', r'(?<=a*)(', r'(?<=a|bc)(?P<1>x)']:
    try:
        re.compile(pattern)
    except re.error as e:
        print(repr(pattern), e)
