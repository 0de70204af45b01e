# re: random nested patterns (named groups and back references, look-aheads, look-behinds, counted and lazy repeats, IGNORECASE/ASCII/MULTILINE/DOTALL, non-ASCII letters) searched, iterated and full-matched; compared with python3.
import random
import re
import sys
random.seed(21)
atoms = ['a', 'b', 'A', 'é', 'É', '.', '[a-cA]', '[^b\\s]', '\\w', '\\W', '\\d', '\\s', '\\b', '^', '$', '\\1', '(?P=g)', '[éa]', '\\.', '-']
def gen(depth=0, groups=[0]):
    k = random.random()
    if depth > 3 or k < 0.3:
        atom = random.choice(atoms)
        if atom in ('\\1', '(?P=g)') and random.random() < 0.5:
            atom = 'a'
        return atom
    if k < 0.5:
        return gen(depth + 1) + gen(depth + 1)
    if k < 0.58:
        return '(' + gen(depth + 1) + ')'
    if k < 0.62:
        return '(?P<g>' + gen(depth + 1) + ')' if random.random() < 0.3 else '(' + gen(depth + 1) + ')'
    if k < 0.7:
        return '(?:' + gen(depth + 1) + '|' + gen(depth + 1) + ')'
    if k < 0.76:
        return random.choice(['(?=', '(?!']) + gen(depth + 1) + ')'
    if k < 0.8:
        return random.choice(['(?<=', '(?<!']) + random.choice(['a', 'b', 'ab', '\\w', '[ab]', 'a|b']) + ')'
    node = gen(depth + 1)
    return '(?:' + node + ')' + random.choice(['*', '+', '?', '{2}', '{0,1}', '{1,2}', '*?', '+?', '??', '{1,3}?', '{3,}', '{0}'])
texts = ['', 'a', 'ab', 'aab', 'abab', 'ba', 'é É a', 'A-b', 'aa.bb', 'b a b', 'aaa bbb', 'a\nb', 'abc\n', '12 ab-cd']
for trial in range(500):
    pattern = gen()
    flags = random.choice([0, re.I, re.M, re.S, re.A, re.I | re.M])
    try:
        rx = re.compile(pattern, flags)
    except re.error as e:
        print(trial, repr(pattern), 'error', e)
        continue
    out = []
    for text in random.sample(texts, 5):
        m = rx.search(text)
        out.append((m.span(), m.groups(), m.groupdict()) if m else None)
        out.append([(x.span(), x.groups()) for x in rx.finditer(text)])
        f = rx.fullmatch(text)
        out.append(f.span() if f else None)
    print(trial, repr(pattern), flags, out)
import re
for p in ['(?P<g>(?P=g))', '((\\1))', '(a\\1)', '(a)(\\2)', '(a)\\1', '(?P<g>a)(?P=g)', '(a|\\1)']:
    try: re.compile(p); print(p, 'ok')
    except re.error as e: print(p, e)
