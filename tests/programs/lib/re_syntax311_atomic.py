# re: atomic groups (?>...) and possessive repeats *+ ++ ?+ {m,n}+ never give back what they matched: search, fullmatch, findall, sub and groups, each iteration of a possessive repeat its body's first match.
import re

cases = [
    (r'(?>a*)a', 'aaa'), (r'a*+a', 'aaa'), (r'a*+b', 'aaab'), (r'a++b', 'xaab'), (r'a?+a', 'a'),
    (r'x{2,3}+x', 'xxxx'), (r'x{2,3}+x', 'xxx'), (r'x{2}+x', 'xxx'), (r'x{,2}+', 'xxx'), (r'x{2,}+y', 'xxxy'),
    (r'(?>a|ab)c', 'abc'), (r'(?:a|ab)c', 'abc'), (r'(?>ab|a)c', 'abc'), (r'(?>(a+))b', 'aab'),
    (r'(?>a*?)b', 'aab'), (r'(?>a*?)', 'aa'), (r'(\w)++', 'abc'), (r'(?>(\w)+)', 'abc'),
    (r'(?:(?>a)|b)+$', 'abab'), (r'(?:a|)*+b', 'aab'), (r'(?:a|)*+', 'aa'), (r'(a|)*+', 'aa'),
    (r'(a|)++', 'aa'), (r'(a?)*+', 'aa'), (r'(a|b?)*+c', 'abc'), (r'(a++)+b', 'aaab'),
    (r'(?:a|ab){2}+', 'abab'), (r'(?>(?:a|ab){2})', 'abab'), (r'(?:a|ab){1,2}+$', 'abab'),
    (r'(?:a|ab)*+$', 'abab'), (r'(?:ab|a)*+$', 'aab'), (r'(?:(c)|A)*+', 'cAc'), (r'(?:(c)x)*+', 'cxcy'),
    (r'(?:(c)x|A)?+', 'cxcy'), (r'(?:(c)x){1,2}+', 'cxcy'), (r'(?:(c)x)*+(c)', 'cxcy'),
    (r'((c)x)*+', 'cxcy'), (r'(?:(c)(x))*+', 'cxcy'), (r'(?>(?:(c)x|A))*', 'cxcy'),
    (r'"(?>[^"\\]+|\\.)*"', r'say "a \"b\" c" now'), (r'(?>\d+)\.\d', '12.5 and 123'),
    (r'\b(?>integer|insert|in)\b', 'an insert in integers'), (r'(?i)(?>A+)a', 'aAa'),
    (r'(?:(?:a|b)++)c', 'ababc'), (r'[ab]{2,}+b', 'abab'), (r'(?s).*+x', 'a\nx'),
]
for pattern, text in cases:
    m = re.search(pattern, text)
    full = re.fullmatch(pattern, text)
    print(repr(pattern), repr(text), m and (m.span(), m.groups()), re.findall(pattern, text),
          full and full.regs, re.sub(pattern, '<\\g<0>>', text))

# A condition on whether a group has matched, or a repeat count, inside them.
print(re.findall(r'(?>(a)|b)(?(1)x|y)', 'axbyaybx'))
print(re.match(r'(?>(?:a|(b))+)(?(1)c|d)', 'aabc').groups(), re.match(r'(?:a|(b))++(?(1)c|d)', 'aad'))
# The empty iterations: one that only reaches the minimum does not end the repeat.
for quantifier in ['*+', '++', '{1,2}+', '{2,3}+', '{0,1}+', '{1}+', '{3}+', '?+', '*', '+', '{1,2}']:
    m = re.match(r'(?:((?(1)a|)))' + quantifier, 'aaaa')
    print(quantifier, m.span(), m.regs)
for quantifier in ['*+', '++', '{1,5}+', '{2,5}+', '{3,5}+', '{2}+', '{2,5}']:
    m = re.match(r'(?:(?(2)(?(1)a|())|(b)))' + quantifier, 'baaa')
    print(quantifier, m.span(), m.regs)
# finditer after an empty match, and fullmatch, cannot backtrack into them either.
print([m.span() for m in re.finditer(r'(?>a*)', 'aab')], [m.span() for m in re.finditer(r'a*+', 'baa')])
print(re.fullmatch(r'(?>a*?)', 'aa'), re.fullmatch(r'(?>a|aa)', 'aa'), re.fullmatch(r'a{1,2}+a', 'aa'))
print(re.split(r'(?>,\s*)', 'a, b,c'), re.sub(r'\s++', ' ', 'a  b \t c'))
