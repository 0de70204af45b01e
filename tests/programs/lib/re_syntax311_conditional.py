# re: conditional groups (?(1)yes|no) and (?(name)yes|no) test whether the group has matched so far (inside the group itself, an earlier iteration does not count), and references in lookbehinds take their group's width.
import re

cases = [
    (r'(a)?(?(1)b|c)', 'ab'), (r'(a)?(?(1)b|c)', 'c'), (r'(a)?(?(1)b|c)', 'ac'), (r'(a)?(?(1)b)', 'xa'),
    (r'(?P<q>")?\w+(?(q)")', '"abc"'), (r'(?P<q>")?\w+(?(q)")', 'abc"'), (r'(?P<q>")?\w+(?(q)")', '"abc'),
    (r'^(<)?\w+(?(1)>)$', '<tag>'), (r'^(<)?\w+(?(1)>)$', 'tag>'), (r'(?(1)a|b)(a)', 'ba'),
    (r'(a)|(?(1)a|b)', 'b'), (r'(?:(a)|b)*(?(1)x|y)', 'abx'), (r'(?:(a)|b)*(?(1)x|y)', 'bay'),
    (r'(?:(a)|b)*(?(1)x|y)', 'bby'), (r'(a)?(?(1)|x)', 'x'), (r'(?:(a)|(b))(?(1)1|(?(2)2|3))', 'a1b2'),
    (r'(a)(?(1)(?#note)b|c)', 'ab'), (r'(?x)(a)? (?(1) b | c )', 'c'),
    # inside the group it tests, and in later iterations of a repeat around it
    (r'(a(?(1)b|c))', 'ac'), (r'(?:(a(?(1)b|c)))*', 'acab'), (r'(?:(a(?(1)b|c))x)*', 'acxabx'),
    (r'(?:(a(?(1)b|c))x)*', 'acxacx'), (r'(?:(a(?(1)b|c))x?)*', 'acabacx'),
    (r'(?:((?(1)[ab]|^))){1,2}', 'a x'), (r'(?i)(A)?(?(1)B|C)', 'ab c'),
    # with lookarounds
    (r'(?=(a))?(?(1)ab|b)', 'ab'), (r'(?!(a))(?(1)a|b)', 'b'), (r'(a)?(?<=(?(1)a|b))c', 'ac bc'),
    (r'(a)?(?<=(?(1)bc|cd))(.*)', 'abcd'), (r'(a)?(?<=(?(1)bc|cd))(.*)', 'cdx'),
    # backreferences in lookbehinds look back by their group's width
    (r'(a)(?<=\1)d', 'ad'), (r'(a)(?<=\1)d', 'aad'), (r'(a)(?<=b\1)', 'ba'), (r'(a)(?<=b\1)x', 'abax'),
    (r'(a)(?<=a\1)x', 'aaax'), (r'(a)(?<=a\1)(.)', 'aaax'), (r'(ab)(?<=.\1)(.*)', 'abab'),
    (r'(ab)(?<!.\1)(.*)', 'abab'), (r'(?P<n>a)(?<=(?P=n))', 'a'), (r'(?i)(a)(?<=\1)', 'A'),
    (r'(a|b)(?<=\1)', 'b'), (r'(?<=(?:)*)a', 'a'), (r'(?<=a{2}+)c', 'aac'), (r'(?<=(?>ab))c', 'abc'),
]
for pattern, text in cases:
    m = re.search(pattern, text)
    print(repr(pattern), repr(text), m and (m.span(), m.groups()),
          [(m.span(), m.groups()) for m in re.finditer(pattern, text)])
print(re.sub(r'(\()?\d+(?(1)\))', '#', '(1) 2 (3 4)'), re.split(r'(,)?(?(1)\s|;)', 'a, b;c,d'))
print(re.compile(r'(a)(?(1)b|c)').groups, re.compile(r'(?P<x>a)(?(x)b)').groupindex)
