# re: random patterns (groups, alternation, classes, anchors, look-arounds, greedy and lazy repeats of things that may match empty) searched, found, substituted, split and full-matched in several texts, with finditer spans; compared with python3.
import random
import re
import sys
random.seed(1)
atoms = ['(?P<n>a)', '(?P=n)' if False else 'a', 'A', '[A-Z]', '\\S', '\\D', '\\B', '\\A', '\\Z', 'a', 'b', 'c', '.', '[ab]', '[^a]', '[a-c]', '\\d', '\\w', '\\s', '\\W', 'x', '\\b', '^', '$', '\\.', ' ']
def gen(depth=0):
    k = random.random()
    if depth > 2 or k < 0.35:
        node = random.choice(atoms)
    elif k < 0.55:
        node = gen(depth + 1) + gen(depth + 1)
    elif k < 0.65:
        node = '(' + gen(depth + 1) + ')'
    elif k < 0.7:
        node = '(?:' + gen(depth + 1) + '|' + gen(depth + 1) + ')'
    elif k < 0.75:
        node = '(' + gen(depth + 1) + '|' + gen(depth + 1) + ')'
    elif k < 0.8:
        node = random.choice(['(?=', '(?!', '(?<=', '(?<!']) + random.choice(['a', 'b', 'ab', '\\d']) + ')'
    else:
        node = gen(depth + 1)
        if node[-1:] not in '^$' and not node.endswith('\\b'):
            node = '(?:' + node + ')' + random.choice(['*', '+', '?', '{2}', '{1,3}', '*?', '+?', '??', '{0,2}?', '{2,}'])
    return node
texts = ['', 'a', 'ab', 'abc', 'aab b', 'ba ab\nab', 'xx12 ab.c', 'a1b2c3', 'ABC abc', '  a  ', 'cab\nbac\n', 'aaaa', 'a.b.c']
count = 0
for trial in range(700):
    pattern = gen()
    flags = random.choice([0, re.I, re.M, re.S, re.M | re.S])
    try:
        rx = re.compile(pattern, flags)
    except re.error as e:
        print(trial, repr(pattern), 'error', e)
        continue
    out = []
    for text in random.sample(texts, 4):
        m = rx.search(text)
        out.append((m.span(), m.groups()) if m else None)
        out.append(rx.findall(text))
        out.append(rx.sub('<\\g<0>>', text))
        out.append(rx.split(text) if rx.groups < 3 else None)
        f = rx.fullmatch(text)
        out.append(f.span() if f else None)
        out.append([(m.span(), m.lastindex, m.lastgroup, m.pos) for m in rx.finditer(text, 1)])
    print(trial, repr(pattern), flags, out)
